"""prlocalize.align.anchors
~~~~~~~~~~~~~~~~~~~~~~~~~

What survives translation and so ties a sentence to its translation whatever the
lengths say: numbers, dates and amounts by value (the comparison PR404 makes,
:mod:`prlocalize.catalog.compare`), URLs and e-mail addresses as written, glossary
entries found on both sides, and Latin-script words kept in CJK text (names, brands,
acronyms: "iPark", "R&D", "CEO").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prlocalize.catalog.compare import Value, links, missing_values, numbers

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher

# a Latin word in CJK text: letters, digits and the joiners of names and acronyms
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[&'’.\-][A-Za-z0-9]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# one anchor that agrees is strong evidence; one that disagrees is weaker (a translator
# may spell a number out, drop a URL or write a name in katakana)
MATCH_BONUS = 70.0
MISS_COST = 25.0  # a Latin word or glossary term on one side only
MISS_VALUE_COST = 60.0  # a number or an address on one side only: translators keep those


@dataclass(frozen=True, slots=True)
class Anchors:
    numbers: tuple[Value, ...] = ()
    links: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()  # glossary entry ids
    latin: frozenset[str] = frozenset()  # casefolded Latin words
    cjk: bool = False  # the text is CJK: its Latin words are names kept as written
    # names by reading (readings.name_key): of the proper nouns of a Japanese text, of
    # the capitalised words of a Latin-script one; they only ever count for a pair
    names: frozenset[str] = frozenset()

    def __add__(self, other: Anchors) -> Anchors:
        return Anchors(
            self.numbers + other.numbers,
            self.links + other.links,
            self.terms + other.terms,
            self.latin | other.latin,
            self.cjk or other.cjk,
            self.names | other.names,
        )

    @property
    def count(self) -> int:
        return len(self.numbers) + len(self.links) + len(self.terms) + self._latin_count

    @property
    def _latin_count(self) -> int:
        return len(self.latin) if self.cjk else 0


EMPTY = Anchors()


_NOT_ADDRESS = re.compile(r"[^\x21-\x7e]")


def addresses(text: str) -> list[tuple[str, int, int]]:
    """URLs and e-mail addresses as :func:`~prlocalize.catalog.compare.links` finds them,
    cut where CJK text runs on without a space ("https://x.krでご確認")."""
    out = []
    for value, start, end in links(text):
        cut = _NOT_ADDRESS.search(value)
        if cut is not None:
            value = value[: cut.start()].rstrip(".,;:!?")
            end = start + len(value)
        if value:
            out.append((value, start, end))
    return out


def extract(
    text: str, matcher: TermMatcher | None = None, *, lang: str = "", readings: bool = False
) -> Anchors:
    """The anchors of one sentence (plain text, no markup); ``readings``: with the
    readings of names (Japanese proper nouns, capitalised Latin words)."""
    found_links = addresses(text)
    cjk = _CJK.search(text) is not None
    if cjk:
        masked = text
        for _, start, end in found_links:
            masked = masked[:start] + " " * (end - start) + masked[end:]
        latin = frozenset(w.casefold() for w in _LATIN_WORD.findall(masked) if len(w) > 1)
    else:
        latin = frozenset(w.casefold() for w in _LATIN_WORD.findall(text))
    terms = tuple(m.entry.id for m in matcher.find(text)) if matcher is not None else ()
    names: frozenset[str] = frozenset()
    if readings:
        names = _names(text, lang, cjk)
    return Anchors(
        tuple(numbers(text)) if any(c.isdigit() for c in text) else (),
        tuple(t for t, _, _ in found_links),
        terms,
        latin,
        cjk,
        names,
    )


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\b")


def _names(text: str, lang: str, cjk: bool) -> frozenset[str]:
    from prlocalize.glossary import readings

    if not cjk:
        return frozenset(readings.name_key(w) for w in _CAPITALISED.findall(text))
    if lang != "ja":
        return frozenset()
    return frozenset(
        key
        for t in readings.japanese_tokens(text)
        if t.name and len(key := readings.japanese_key(t.romaji)) >= 2
    )


def agreement(source: Anchors, target: Anchors) -> tuple[int, int, int]:
    """(anchors on both sides, numbers and addresses on one side only, other anchors on one
    side only)."""
    matched = missed = 0
    if source.numbers or target.numbers:
        lost = len(missing_values(source.numbers, target.numbers))
        both = len(source.numbers) - lost
        matched += both
        missed += lost + max(len(target.numbers) - both, 0)
    if source.links or target.links:
        both = sum((Counter(source.links) & Counter(target.links)).values())
        matched += both
        missed += len(source.links) + len(target.links) - 2 * both
    values_missed, missed = missed, 0
    if source.terms or target.terms:
        s, t = set(source.terms), set(target.terms)
        matched += len(s & t)
        missed += len(s ^ t)
    # Latin words of a CJK side must reappear on the other side; the words of an
    # English side are mostly ordinary words and prove nothing by their absence
    for one, other in ((source, target), (target, source)):
        if one.cjk and one.latin:
            both = len(one.latin & other.latin)
            matched += both
            missed += len(one.latin) - both
    if source.cjk and target.cjk:  # each side counted the words both have
        matched -= len(source.latin & target.latin)
    elif source.names and target.names:
        matched += len(source.names & target.names)
    return matched, values_missed, missed


def cost(source: Anchors, target: Anchors) -> float:
    if not (source.count or target.count or source.names or target.names):
        return 0.0
    matched, values_missed, missed = agreement(source, target)
    return MISS_VALUE_COST * values_missed + MISS_COST * missed - MATCH_BONUS * matched


def gap_cost(one: Anchors) -> float:
    """What leaving a unit unpaired loses: its anchors find no counterpart."""
    values = len(one.numbers) + len(one.links)
    return MISS_VALUE_COST * values + MISS_COST * (one.count - values)
