"""A bilingual PDF set side by side, as its text comes out (``pdftotext -layout``): each
line holds a line of the English column, a wide gap, and a line of the Japanese or
Korean column. Read across, every sentence would mix the two; :func:`side_by_side` tells
such a page apart and gives each column's lines, so that a reader reads the left column
and then the right one (one version after the other), every line still pointing at its
place in the file.
"""

from __future__ import annotations

import re
import unicodedata
from statistics import median

# a piece of a line's text: words with at most two spaces (one full-width) between them
_PART = re.compile(r"[^ \t\u3000](?:[^ \t\u3000]| {1,2}(?=[^ \t\u3000])|\u3000(?=[^ \t\u3000]))*")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_MIN_LINES = 3  # lines that show the two columns in two scripts, at least
_SHARE = 0.5  # ... and that share of the page's lines of text
_SLACK = 4  # display columns a right column's lines may start before the usual one

Line = tuple[int, int] | None  # (start, end) in the file of a column's text on one line


def side_by_side(raws: list[str], skip: set[int]) -> tuple[list[Line], list[Line]] | None:
    """The left and the right column's text, line by line (None where a column is blank),
    when ``raws`` (the file's lines; ``skip``: its page furniture) set two languages side
    by side: most lines hold two pieces apart, one in Latin letters and one in Japanese
    or Korean, the same way round. None for any other text."""
    if not _CJK.search("".join(raws)):
        return None  # (most files): no second script to set beside the first
    found: list[list[re.Match[str]]] = []
    splits: list[int] = []
    order: dict[tuple[str, str], int] = {}
    for number, raw in enumerate(raws):
        found.append([] if number in skip else list(_PART.finditer(raw)))
        parts = found[-1]
        if len(parts) == 2:
            scripts = (_script(parts[0].group()), _script(parts[1].group()))
            if None not in scripts and scripts[0] != scripts[1]:
                key = (str(scripts[0]), str(scripts[1]))
                order[key] = order.get(key, 0) + 1
                splits.append(_width(raw[: parts[1].start()]))
    if len(order) != 1:
        return None  # no two scripts side by side, or not the same way round
    (count,) = order.values()
    if count < _MIN_LINES or count < _SHARE * sum(1 for parts in found if parts):
        return None
    split = median(splits) - _SLACK
    left: list[Line] = []
    right: list[Line] = []
    offset = 0
    for raw, parts in zip(raws, found, strict=True):
        spans = [(m.start(), m.end()) for m in parts]
        at = [_width(raw[: m.start()]) >= split for m in parts]
        lefts = [span for span, r in zip(spans, at, strict=True) if not r]
        rights = [span for span, r in zip(spans, at, strict=True) if r]
        left.append((offset + lefts[0][0], offset + lefts[-1][1]) if lefts else None)
        right.append((offset + rights[0][0], offset + rights[-1][1]) if rights else None)
        offset += len(raw) + 1
    return left, right


def _script(text: str) -> str | None:
    latin = len(_LATIN.findall(text))
    cjk = len(_CJK.findall(text))
    if cjk and cjk >= latin:
        return "cjk"
    if latin and not cjk:
        return "latin"
    return None


def _width(text: str) -> int:
    """The columns ``text`` takes on a terminal (a Japanese or Korean letter two)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
