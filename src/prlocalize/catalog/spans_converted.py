"""prlocalize.catalog.spans_converted
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A span of time given in another unit that says the same length exactly: '14 days' as
'2週間' or '2주', '90 minutes' as '1時間30分' or '1시간 30분', '24 months' as '2年間', '120
minutes' as '2시간', '3.5 hours' as '3時間半' or '3시간 반', as a translator writes a
trial, a lesson or a course the way the readers' market counts it. The figure changes,
the span does not.

Only exact conversions count: minutes, hours, days and weeks with each other, months with
years ('12 weeks' as '3か月' is three months, near enough for a reader, not the same
span). A clock's minutes ('10時15分', '10시 15분') are no span, and a Korean bare '일' or
'년' is as often a date's, so only '일간', '일 동안', '년간', '년 동안' are read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Protocol

from prlocalize.lazy_patterns import lazy_compile


class _Figure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# each unit → (its family, its length in the family's least unit)
_UNITS = {
    "minute": ("time", 1), "hour": ("time", 60), "day": ("time", 1440),
    "week": ("time", 10080), "month": ("months", 1), "year": ("months", 12),
}  # fmt: skip
_SPAN = lazy_compile(
    # (a clock's minutes, '10時15分', '10시 15분', are no span of time)
    r"(?<![\d.,])(?<!時)(?<!時 )(?<!시)(?<!시 )(\d{1,4}(?:,\d{3})*(?:\.\d+)?)[ -]?"
    r"(?:(?P<minute>minutes?\b|mins?\b|分間?|분(?!기|야|석|할|류|리|의|산))"
    r"|(?P<hour>hours?\b|hrs?\b|時間|시간)"
    r"|(?P<day>days?\b|日間|일간|일\s?동안)"
    r"|(?P<week>weeks?\b|週間|주(?:간|일)?(?![식주당요]))"
    r"|(?P<month>months?\b|[カヶケかヵ]月(?:間)?|개월)"
    r"|(?P<year>years?\b|年間|년간|년\s?동안|年(?=半)|년(?=\s?반)))"
    # and a half of it ('3時間半', '3시간 반', '1年半', '1년 반이': 3.5 hours, a year and a
    # half; not '반도체')
    r"(?P<half>\s?(?:半|반(?=[이을의에은가만]?(?![가-힣])|동안|간)))?",
    re.IGNORECASE,
)
_GATE = lazy_compile(
    r"minute|min\b|hour|hr|day|week|month|year|分|時間|日間|週間|[カヶケかヵ]月|年間|"
    r"분|시간|일간|일\s?동안|주|개월|년간|년\s?동안|年半|년\s?반",
    re.IGNORECASE,
)
# an hour and its minutes said together ('1時間30分', '1시간 30분', '1 hour 30 minutes')
_JOIN = lazy_compile(r"\s?(?:and\s)?")

_Span = tuple[int, int, str, Decimal]  # start, end, family, length in the family's least unit


def _spans(text: str) -> list[_Span]:
    out: list[_Span] = []
    for match in _SPAN.finditer(text):
        unit = next(u for u in _UNITS if match[u] is not None)
        try:
            value = Decimal(match[1].replace(",", "")) + (Decimal("0.5") if match["half"] else 0)
        except InvalidOperation:
            continue
        family, size = _UNITS[unit]
        out.append((match.start(), match.end(), family, value * size))
    # an hour and its minutes (a day and its hours) said together are one span too
    joined = []
    for first, second in itertools.pairwise(out):
        between = text[first[1] : second[0]]
        if first[2] == second[2] == "time" and first[3] > second[3] and _JOIN.fullmatch(between):
            joined.append((first[0], second[1], "time", first[3] + second[3]))
    return out + joined


def may_convert_spans(source: str, target: str) -> bool:
    """Cheap test: both texts may say a span of time."""
    return _GATE.search(source) is not None and _GATE.search(target) is not None


def spans_converted(
    source: str,
    target: str,
    missing: Sequence[_Figure],
    have: Sequence[_Figure],
    used: list[bool],
) -> set[int]:
    """The ``id`` of each missing source figure of a span the target gives in another unit
    of the same length; the target's figures that say it are marked used."""
    mine = _spans(source)
    if not mine:
        return set()
    theirs = _spans(target)
    said: set[int] = set()
    for start, end, family, length in mine:
        inside = [item for item in missing if start <= item.start and item.end <= end]
        if not inside:
            continue
        # (a span whose figures another figure of the source took says nothing more)
        other = next(
            (
                free
                for s, e, f, n in theirs
                if f == family
                and n == length
                and (free := [i for i, h in enumerate(have) if s <= h.start and h.end <= e])
                and not all(used[i] for i in free)
            ),
            None,
        )
        if other is None:
            continue
        said.update(id(item) for item in inside)
        for index in other:
            used[index] = True
    return said
