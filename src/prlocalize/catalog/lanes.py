"""prlocalize.catalog.lanes
~~~~~~~~~~~~~~~~~~~~~~~~~

A road's lanes as each language counts them: Japanese by direction ('片側2車線', two each
way) or in all ('4車線', '往復4車線'), Korean in all ('왕복 4차선', '4차선 도로') or by
direction ('편도 2차로'), English by direction ('two lanes each way', 'two lanes in each
direction') or in all ('a four-lane road', 'four lanes'). '片側2車線' and '왕복 4차선' are
one road, which figures.py, comparing the figures, reported as 4 changed to 2; and 'two
lanes each way' given as 'two lanes' halves the road while its figure stays.

Each count is read as the lanes in all, and two texts are compared only where both count
lanes: a total of the source that the translation never gives, beside one of the
translation's that the source never gives, is a road changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prlocalize.lazy_patterns import lazy_compile

# the word that says a count is of one direction's lanes, before it in Japanese and Korean
_EACH_WAY_CJK = frozenset(("片側", "편도"))
_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "八": 8}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "ten": 10, "twelve": 12,
}  # fmt: skip
_JA = lazy_compile(r"(片側|往復|上下)?\s?(\d{1,2}|[一二三四五六八])\s?車線")
# '차로' after a number is also a round ('1차로 선발'): a road's only after '왕복' or '편도',
# or before the road it counts
_KO = lazy_compile(
    r"(왕복|편도|양방향)\s?(\d{1,2})\s?(?:차선|차로)"
    r"|(?<![\d.])(\d{1,2})\s?(?:차선|차로(?=\s?(?:도로|고속도로|터널|교량|다리)))"
)
_EN = lazy_compile(
    rf"\b(\d{{1,2}}|{'|'.join(_WORDS)})[- ]lanes?\b"
    r"((?:,? (?:in )?(?:each|either|both|per) (?:way|direction)s?|,? each way))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Lanes:
    """A count of a road's lanes as a text writes it."""

    total: int  # the lanes in all, both directions
    written: str
    start: int
    end: int
    # the lanes in all it may also be: an English count without its direction where the
    # text counts by direction elsewhere ('widened from two lanes to three lanes in each
    # direction', whose 'each direction' is said once for both)
    also: int = 0

    @property
    def totals(self) -> frozenset[int]:
        return frozenset((self.total, self.also)) - {0}


def may_count_lanes(text: str) -> bool:
    """The cheap test before reading: a word for a lane in any of the languages."""
    return "車線" in text or "차선" in text or "차로" in text or "lane" in text or "Lane" in text


def lanes(text: str) -> list[Lanes]:
    """Every count of a road's lanes in ``text``, as the lanes in all."""
    if not may_count_lanes(text):
        return []
    found: list[Lanes] = []
    for match in _JA.finditer(text):
        number = _KANJI.get(match[2]) or int(match[2])
        each_way = match[1] in _EACH_WAY_CJK
        found.append(Lanes(number * (2 if each_way else 1), match[0], match.start(), match.end()))
    for match in _KO.finditer(text):
        number = int(match[2] or match[3])
        each_way = match[1] in _EACH_WAY_CJK
        found.append(Lanes(number * (2 if each_way else 1), match[0], match.start(), match.end()))
    english = list(_EN.finditer(text))
    by_direction = any(match[2] for match in english)
    for match in english:
        said = match[1].lower()
        number = _WORDS[said] if said in _WORDS else int(said)
        also = 2 * number if by_direction and not match[2] else 0
        total = number * (2 if match[2] else 1)
        found.append(Lanes(total, match[0], match.start(), match.end(), also))
    return found


def lanes_changed(source: str, target: str) -> tuple[str, int, str, int] | None:
    """(the source's count as written, its lanes in all, the translation's, its lanes in
    all) where the translation counts a road's lanes to another total than the source."""
    if not may_count_lanes(source) or not may_count_lanes(target):
        return None
    mine, theirs = lanes(source), lanes(target)
    if not mine or not theirs:
        return None
    their_totals = frozenset().union(*(count.totals for count in theirs))
    my_totals = frozenset().union(*(count.totals for count in mine))
    lost = [count for count in mine if not count.totals & their_totals]
    added = [count for count in theirs if not count.totals & my_totals]
    if not lost or not added:
        return None
    return lost[0].written, lost[0].total, added[0].written, added[0].total
