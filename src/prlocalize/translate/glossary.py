"""prlocalize.translate.glossary
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The ``glossary`` backend answers only for a segment that is wholly glossary
material: one term ("Shonan iPark"), a roster line of a person and their titles
and organisations ("Hiroaki Ueno, President, Japan Pharmaceutical Manufacturers
Association" → "日本製薬工業協会 会長 上野 裕明"), a date ("May 10, 2024" →
"2024年5月10日"), or a cell of figures with no word ("12,040", "+8.8%": the target
locale's separators, :mod:`prlocalize.translate.wordless`). Anything else gets no
answer, so the chain moves on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from prlocalize.glossary.model import Glossary, Kind
from prlocalize.translate.base import Candidate, language_of
from prlocalize.translate.dates import localise_date
from prlocalize.translate.masking import protected_form
from prlocalize.translate.wordless import localise_wordless

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch, TermMatcher

# what may stand between the terms of a roster line
_SEPARATORS = re.compile(r"[\s,;、，/・]*")

# Languages that write a roster line organisation → title → person, the reverse of
# the English "person, title, organisation"; the others keep the source order.
_TITLE_FIRST = frozenset({"ja", "ko", "zh"})


# texts whose matches are remembered: about 500 bytes each, so at most ~2 MB however big
# the archive (memory must not grow with the number of releases)
_REMEMBERED = 4_096
_FINDS: dict[int, tuple[TermMatcher, Callable[[str], Sequence[TermMatch]]]] = {}


def cached_find(matcher: TermMatcher) -> Callable[[str], Sequence[TermMatch]]:
    """``matcher.find``, remembered for the run: the catalogs of one release in every
    locale share their texts, and the glossary and memory backends look at the same ones."""
    held = _FINDS.get(id(matcher))
    if held is None or held[0] is not matcher:
        find = lru_cache(maxsize=_REMEMBERED)(lambda text: tuple(matcher.find(text)))
        held = _FINDS[id(matcher)] = (matcher, find)
    return held[1]


class GlossaryBackend:
    name = "glossary"

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._matchers: dict[str, TermMatcher] = {}

    def _matcher(self, locale: str) -> TermMatcher:
        if locale not in self._matchers:
            from prlocalize.glossary.matcher import TermMatcher

            self._matchers[locale] = TermMatcher.build(self.glossary, locale)
        return self._matchers[locale]

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Candidate | None]:
        if not texts:
            return []
        matcher = self._matcher(source) if len(self.glossary) else None
        return [self._one(text, source, target, matcher) for text in texts]

    def _one(
        self, text: str, source: str, target: str, matcher: TermMatcher | None
    ) -> Candidate | None:
        date = localise_date(text, source, target)
        if date is not None:
            return Candidate(date, self.name, needs_review=False)
        figures = localise_wordless(text, source, target)
        if figures is not None:
            return Candidate(figures, self.name, needs_review=False)
        if matcher is None or not text.strip():
            return None
        matches = cached_find(matcher)(text)
        composed = compose(text, matches, target, source)
        if not composed:
            return None
        parts: tuple[str, ...] = ()
        if len(matches) > 1:  # an order and separators of ours, not only the sheet's forms
            parts = tuple(
                slot.target for m in matches if (slot := protected_form(m, target)) is not None
            )
        return Candidate(composed, self.name, needs_review=False, composed_of=parts)


def compose(
    text: str, matches: Sequence[TermMatch], target: str, source: str | None = None
) -> str | None:
    """The segment composed from approved target forms, or None if it is not all glossary.
    Between two languages that give titles before names (Japanese and Korean), the parts
    keep the source's order: '丸岡精機株式会社 代表取締役社長 加藤幹夫' is '마루오카정기
    주식회사 대표이사 사장 가토 미키오', the company before its title."""
    if not matches or not _wholly_covered(text, matches):
        return None
    people: list[str] = []
    others: list[str] = []
    in_order: list[str] = []
    for match in matches:
        slot = protected_form(match, target)
        if slot is None or slot.flagged:  # no approved form: a translator must decide
            return None
        (people if match.entry.kind is Kind.PERSON else others).append(slot.target)
        in_order.append(slot.target)
    if len(people) > 1:
        return None  # two people on one line is prose, not a roster entry
    if len(matches) == 1:
        return (people or others)[0]
    if source is not None and {language_of(source), language_of(target)} <= _TITLE_FIRST:
        return " ".join(in_order)
    if language_of(target) in _TITLE_FIRST:
        return " ".join([*reversed(others), *people])
    return ", ".join([*people, *others])


def _wholly_covered(text: str, matches: Sequence[TermMatch]) -> bool:
    pos = 0
    for match in matches:
        if match.start < pos or not _SEPARATORS.fullmatch(text[pos : match.start]):
            return False
        pos = match.end
    return bool(_SEPARATORS.fullmatch(text[pos:]))
