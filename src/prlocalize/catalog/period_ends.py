"""prlocalize.catalog.period_ends
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A period whose ends the translation gives the other way round: 'from April 2027 to March
2031' as '2031年3月～2027年4月', '2027년 4월부터 2031년 3월까지' as 'from March 2031 to April
2027'. Both dates are in the translation, so the figure checks find each; a works' term,
a contract's or a campaign's now ends before it starts.

A period is two dates with their years joined by what says a span ('to', 'until',
'through', '–', 'between … and'; '～', 'から', 'より'; '부터', '에서', '~'). Only a period of
the translation that runs backwards, whose two dates the source gives the other way as a
period, is reported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from prlocalize.catalog.figures import Item, items
from prlocalize.lazy_patterns import lazy_compile

# what stands between a period's two dates, whole
_JOIN = lazy_compile(
    r"\s?(?:[～〜~\-–—]|から|より|부터|에서)\s?|\s(?:to|until|till|through|and)\s",
    re.IGNORECASE,
)
# the cheap test: a date's last character (a digit, 月, 월, 日, 일) before a joining word
_GATE = lazy_compile(
    r"[\d月월日일]\s?(?:[～〜~\-–—]|から|より|부터|에서|(?:to|until|till|through|and)\s)"
)

_BETWEEN = lazy_compile(r"\bbetween\s$", re.IGNORECASE)

_Key = tuple[int, int, int]


def _key(item: Item) -> _Key | None:
    if item.kind != "date" or item.date is None:
        return None
    year, month, day = item.date
    return None if year is None else (year, month or 0, day or 0)


def _periods(text: str) -> Iterator[tuple[_Key, _Key, str]]:
    """(the first date, the second, as written) of each period of ``text``."""
    dated = [(key, item) for item in items(text) if (key := _key(item)) is not None]
    for (first, a), (second, b) in itertools.pairwise(dated):
        join = _JOIN.fullmatch(text, a.end, b.start) if a.end <= b.start else None
        if join is None:
            continue
        # ('in April 2027 and March 2031' lists two months; 'between' makes them a period)
        if join[0].strip().lower() == "and" and not _BETWEEN.search(text, 0, a.start):
            continue
        yield first, second, text[a.start : b.end]


def period_turned(source: str, target: str) -> tuple[str, str] | None:
    """(the source's period, the translation's) where the translation gives a period of
    the source from its end to its start."""
    if _GATE.search(target) is None or _GATE.search(source) is None:
        return None
    forward = {(first, second): said for first, second, said in _periods(source) if first < second}
    if not forward:
        return None
    for first, second, said in _periods(target):
        if first > second and (second, first) in forward:
            return forward[(second, first)], said
    return None


def backward_periods(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text``'s periods that end before they start, both dates with their
    years ('2025年9月10日～2024年12月19日': a table's production period, from and to
    typed the other way or a year slipped), for the release's own check (PR310)."""
    if _GATE.search(text) is None:
        return
    dated = [(key, item) for item in items(text) if (key := _key(item)) is not None]
    for (first, a), (second, b) in itertools.pairwise(dated):
        join = _JOIN.fullmatch(text, a.end, b.start) if a.end <= b.start else None
        if join is None or first <= second:
            continue
        if join[0].strip().lower() == "and" and not _BETWEEN.search(text, 0, a.start):
            continue
        if first[1] == 0 or second[1] == 0:
            continue  # (years alone, 'FY2025–2024', are no dates to order)
        yield a.start, b.end
