"""prlocalize.catalog.collaborations
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A collaboration's names in their order: 'KAZENE × HAN SEOYOON', 'BRAND x ARTIST', as
fashion, sneaker and character goods releases name a joint line. The order is the
contract's (the house first, or the guest): a translation that writes 'HAN SEOYOON ×
KAZENE' keeps every name, so no name check sees it.

Only names written in Latin letters on both sides are compared (they are kept as the
brands write them); a side is the capitalised words next to the '×' (or a lower-case
'x' between spaces), and two collaborations are the same where each side shares a word.
A text that writes the pair both ways is not judged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, remembered, silent
from prlocalize.lazy_patterns import lazy_compile

# a side: up to five capitalised words or figures ('HAN SEOYOON', 'Maison Kitsuné', 'A.P.C.')
_WORD = r"[A-Z0-9À-ÞĀ-ɏ][A-Za-z0-9À-ɏ&.-]*"
# (a side opens where a word does: tried inside a word, a long one, a run of digits, would
# be read again from each of its letters)
_SIDE = rf"(?<![A-Za-z0-9À-ɏ&.-]){_WORD}(?: {_WORD}){{0,4}}"
_PAIR = lazy_compile(rf"(?P<a>{_SIDE}) ?[×✕] ?(?P<b>{_SIDE})|(?P<c>{_SIDE}) [xX] (?P<d>{_SIDE})")
_SIGNS = ("×", "✕", " x ", " X ")


@dataclass(frozen=True, slots=True)
class Collaboration:
    """A pair of names joined by '×', each side as a set of its words."""

    first: frozenset[str]
    second: frozenset[str]
    written: str
    start: int = 0  # where ``written`` stands in its text
    end: int = 0


@dataclass(frozen=True, slots=True)
class PairReversed:
    """A collaboration the source names in one order and the translation in the other."""

    source: str
    target: str


def collaborations_reversed(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[PairReversed]:
    """The source's collaborations that the translation names only the other way round."""
    if silent(memo, "collaborations.collaborations_reversed"):
        return []
    mine = remembered(memo, "collaborations.pairs", _pairs, source)
    if not mine:
        keep_silent(memo, "collaborations.collaborations_reversed")
        return []
    theirs = _pairs(target)
    found: list[PairReversed] = []
    for pair in mine:
        if any(_same(pair, other) for other in theirs) or any(_turned(pair, o) for o in mine):
            continue
        turned = next((other for other in theirs if _turned(pair, other)), None)
        if turned is not None:
            found.append(PairReversed(pair.written, turned.written))
    return found


def collaborations(text: str) -> list[Collaboration]:
    """The collaborations ``text`` names ('KAZENE × HAN SEOYOON'), each with its place."""
    return _pairs(text)


def turned(one: Collaboration, other: Collaboration) -> bool:
    """Whether two collaborations name the same partners in the other order."""
    return _turned(one, other)


def _same(one: Collaboration, other: Collaboration) -> bool:
    return bool(one.first & other.first) and bool(one.second & other.second)


def _turned(one: Collaboration, other: Collaboration) -> bool:
    return bool(one.first & other.second) and bool(one.second & other.first)


def _pairs(text: str) -> list[Collaboration]:
    if not any(sign in text for sign in _SIGNS):
        return []
    found = []
    for match in _PAIR.finditer(text):
        a, b = ("a", "b") if match["a"] else ("c", "d")
        first = _names(match[a].split()[::-1])[::-1]
        second = _names(match[b].split())
        if first and second:
            sign = text[match.end(a) : match.start(b)]
            written = f"{' '.join(first)}{sign}{' '.join(second)}".strip(_TRIM)
            start = text.find(written, match.start(), match.end())
            end = start + len(written) if start >= 0 else match.end()
            found.append(
                Collaboration(_key(first), _key(second), written, max(start, match.start()), end)
            )
    return found


_TRIM = ".'’-&"
# capitalised words that open a sentence or a headline before a name, not of it
_NOT_NAMES = frozenset(("the", "a", "an", "new", "this", "our", "its", "all-new", "with", "and"))


def _names(words: list[str]) -> list[str]:
    """A side's words from the sign outwards, up to the first holding a figure (a size,
    'W310×D190', '3 × 4', is no collaboration; '× KAZENE 9월' names KAZENE) or opening a
    sentence ('The KAZENE × …')."""
    names = []
    for word in words:
        if any(char.isdigit() for char in word) or word.casefold() in _NOT_NAMES:
            break
        names.append(word)
    return names


def _key(words: list[str]) -> frozenset[str]:
    return frozenset(word.strip(_TRIM).lower() for word in words) - {""}
