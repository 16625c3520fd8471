"""prlocalize.spaced_names
~~~~~~~~~~~~~~~~~~~~~~~~~

Japanese names set out in the columns of a plain-text table, as personnel notices and
lists of officers write them: spaced letter by letter ('加　藤　幹　雄', what 均等割付
does to a column by hand), or a short name padded to the column's width ('森　　一郎').
Glossary matching and the
name rules read names written solid or with one space between family and given name;
:func:`closed_up` gives them a view of the text with that spacing taken out and the way
back to the text's offsets. The spacing itself is layout: no rule reports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_LETTER = "\u3005\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff"
_GAP = "[ \u3000]"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What :func:`closed_up` looks for at least (two letters apart by a run of spaces,
    or three each alone between spaces); names spaced out letter by letter (three letters
    or more, each alone between spaces: '加　藤　幹　雄', '森　　一　郎'); and runs of
    spaces between two words of letters ('森　　一郎': a name padded to its column).
    Compiled when first needed: a class of all the kanji costs milliseconds to compile
    (Python builds its bitmap letter by letter), which a release in English never pays."""
    letter = f"[{_LETTER}]"
    maybe = re.compile(f"{letter}(?:{_GAP}{{2,4}}{letter}|{_GAP}{letter}{_GAP}{letter})")
    spaced_out = re.compile(f"(?<!{letter}){letter}(?:{_GAP}{{1,4}}{letter}){{2,}}(?!{letter})")
    padding = re.compile(f"(?<={letter}){_GAP}{{2,4}}(?={letter})")
    return maybe, spaced_out, padding


@dataclass(frozen=True, slots=True)
class ClosedUp:
    """``text`` as the name rules read it, and where each of its characters (and its end)
    is in the text it was made from."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of ``text[start:end]``."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def closed_up(text: str) -> ClosedUp | None:
    """``text`` with names spaced out letter by letter written solid (one space where the
    widest gap, if one is wider than the others, parts family and given name) and runs
    of spaces between two words of letters made one; None when it has neither."""
    if text.isascii() or (" " not in text and "\u3000" not in text):
        return None
    maybe, spaced_out, padding = _patterns()
    if maybe.search(text) is None:
        return None
    keep = [True] * len(text)
    space_at: set[int] = set()  # kept spaces of a run shown as one plain space
    for match in spaced_out.finditer(text):
        gaps = [(g.start(), g.end()) for g in re.finditer(f"{_GAP}+", match.group())]
        widths = [end - start for start, end in gaps]
        widest = max(widths)
        parting = widths.index(widest) if widths.count(widest) == 1 else -1
        for i, (start, end) in enumerate(gaps):
            for at in range(match.start() + start, match.start() + end):
                keep[at] = False
            if i == parting:
                keep[match.start() + start] = True
                space_at.add(match.start() + start)
    for match in padding.finditer(text):
        if not keep[match.start()] or match.start() in space_at:
            continue  # inside a name spaced out
        for at in range(match.start() + 1, match.end()):
            keep[at] = False
        space_at.add(match.start())
    if not space_at and all(keep):
        return None
    chars: list[str] = []
    origin: list[int] = []
    for at, char in enumerate(text):
        if keep[at]:
            chars.append(" " if at in space_at else char)
            origin.append(at)
    origin.append(len(text))
    return ClosedUp("".join(chars), tuple(origin))


def spaced_like(written: str, form: str) -> str | None:
    """``form`` set out as ``written`` is ('加藤 幹雄' as '加　藤　幹　男' is: '加　藤　幹　雄'),
    or None when their letters do not pair one to one."""
    letters = [c for c in form if not c.isspace()]
    if len(letters) != sum(1 for c in written if not c.isspace()):
        return None
    out: list[str] = []
    taken = iter(letters)
    for char in written:
        out.append(char if char.isspace() else next(taken))
    return "".join(out)
