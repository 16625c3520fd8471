"""prlocalize.translate.dates
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Recognise a segment that is only a date ("May 10, 2024", "10 May 2024",
"2024-05-10", "May 2024", "2024年5月10日", "令和6年5月10日", "2024년 5월 10일") in the
source language, using Babel's month names for that language, so that the glossary
backend can write it the target locale's way.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton


@lru_cache(maxsize=16)
def _month_table(source: str) -> dict[str, int]:
    try:
        locale = Locale.parse(source.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return {}
    table: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in locale.months[context][width].items():
                table[name.casefold().rstrip(".")] = number
    return table


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_FIRST = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?,?\s+(\d{4})")
# a Japanese or Korean date, its year in the Western calendar or in a Japanese era
# ('令和8年', '令和元年': a Korean or English release gives the Western year)
_CJK_DATE = re.compile(
    r"(?:(\d{4})\s*[年년]|(令和|平成)\s*(元|\d{1,2})\s*年)\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
)
_ERA_START = {"令和": 2018, "平成": 1988}


def parse_date(text: str, source: str) -> dt.date | None:
    """The date when ``text`` (stripped) is exactly one date written in ``source``."""
    text = text.strip()
    try:
        if m := _ISO.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _CJK_DATE.fullmatch(text):
            year = int(m[1]) if m[1] else _ERA_START[m[2]] + (1 if m[3] == "元" else int(m[3]))
            return dt.date(year, int(m[4]), int(m[5]))
        months = _month_table(source)
        if m := _MONTH_FIRST.fullmatch(text):
            month = months.get(m[1].casefold())
            return dt.date(int(m[3]), month, int(m[2])) if month else None
        if m := _DAY_FIRST.fullmatch(text):
            month = months.get(m[2].casefold())
            return dt.date(int(m[3]), month, int(m[1])) if month else None
    except ValueError:  # 31 February and the like
        return None
    return None


def first_date(text: str, source: str) -> dt.date | None:
    """The first full date written in ``text`` in ``source`` (a dateline's
    'TOKYO, March 5, 2026 –', '2026年3月5日', '2026-03-05'), or None."""
    found = [
        (m.start(), date)
        for pattern in (_ISO, _CJK_DATE, _MONTH_FIRST, _DAY_FIRST)
        for m in pattern.finditer(text)
        if (date := parse_date(m[0], source)) is not None
    ]
    return min(found)[1] if found else None


# a Japanese or Korean month of a year ('2026年3月', '2026년 3월')
_CJK_MONTH = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]")


def parse_month(text: str, source: str) -> dt.date | None:
    """The first day of the month when ``text`` is exactly "May 2024" written in ``source``
    (or '2024年5月', '2024년 5월')."""
    if m := _CJK_MONTH.fullmatch(text.strip()):
        return dt.date(int(m[1]), int(m[2]), 1) if 1 <= int(m[2]) <= 12 else None
    m = _MONTH_YEAR.fullmatch(text.strip())
    month = _month_table(source).get(m[1].casefold()) if m else None
    return dt.date(int(m[2]), month, 1) if m and month else None


def localise_date(text: str, source: str, target: str) -> str | None:
    """``text`` written as the target locale writes dates, or None if it is no date.

    A full date takes the locale's long format ("2024年5月10日"); a month and year its
    year-month skeleton ("2024年5月", "2024년 5월").
    """
    locale = target.replace("-", "_")
    try:
        if (date := parse_date(text, source)) is not None:
            return format_date(date, format="long", locale=locale)
        if (month := parse_month(text, source)) is not None:
            return format_skeleton("yMMMM", month, locale=locale)
    except (UnknownLocaleError, ValueError):
        return None
    return None
