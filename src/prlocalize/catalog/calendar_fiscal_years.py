"""prlocalize.catalog.calendar_fiscal_years
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Korean year said as a fiscal year. Korea's state keeps its accounts by the calendar
year (a fiscal year runs from January 1 to December 31), and so do most of its companies,
so a ministry's '2027년 예산' is the Japanese '2027年度予算' and the English 'fiscal 2027
budget', and its '2027년도 예산' is 'the 2027 budget'. A Japanese fiscal year, which
starts in April, is not read so: only a source written in Korean is, and only a year
named by no month it ends in ('2027년 3월기' is another year's accounts).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from prlocalize.lazy_patterns import lazy_compile


class _Figure(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def end(self) -> int: ...
    @property
    def keys(self) -> frozenset[object]: ...
    @property
    def currency(self) -> str: ...
    @property
    def percent(self) -> bool: ...


# the counter a Korean calendar year is written with, right after its digits
_YEAR_AFTER = lazy_compile(r"\s?년(?!도)")
_HANGUL = lazy_compile("[가-힣]")


def may_say_fiscal_years(source: str) -> bool:
    """Whether ``source`` may name a year in Korean (a cheap test before the search)."""
    return "년" in source or "연도" in source


def fiscal_years_said(
    source: str, missing: Sequence[_Figure], have: Sequence[_Figure], used: list[bool]
) -> set[int]:
    """The ids of the Korean years of ``missing`` that an unused item of ``have`` names as
    the same fiscal year ('2027년' as '2027年度', '2027년도' as '2027'); each such item
    is marked used."""
    said: set[int] = set()
    for item in missing:
        wanted = _wanted(item, source)
        if wanted is None:
            continue
        for index, other in enumerate(have):
            if not used[index] and _names(other, *wanted):
                used[index] = True
                said.add(id(item))
                break
    return said


def _names(other: _Figure, kind: str, key: object) -> bool:
    """Whether ``other`` is a ``kind`` item that says ``key``: a fiscal year only as itself,
    not one named by the month it ends in ('2027年3月期')."""
    if other.kind != kind or other.currency or other.percent:
        return False
    return other.keys == {key} if kind == "fiscal" else key in other.keys


def _wanted(item: _Figure, source: str) -> tuple[str, object] | None:
    """The kind and keys of the other reading of a Korean year, if ``item`` is one."""
    if item.currency or item.percent or len(item.keys) != 1:
        return None
    key = next(iter(item.keys))
    if item.kind == "number" and isinstance(key, Decimal) and _a_year(key):
        if _YEAR_AFTER.match(source, item.end):
            return "fiscal", ("fy", int(key))
        return None
    # '2027년도', '2027회계연도' (not '2027年度')
    if item.kind == "fiscal" and isinstance(key, tuple) and _HANGUL.search(item.text):
        return "number", Decimal(key[1])
    return None


def _a_year(value: Decimal) -> bool:
    return value == value.to_integral() and 1990 <= value <= 2100
