"""prlocalize.render.dates
~~~~~~~~~~~~~~~~~~~~~~~~

Datelines: read the date a release gives ("May 10, 2024", "10 May 2024",
"2024-05-10", "2024年5月10日", "2024년 5월 10일") and write it in a locale's own
long form through :mod:`babel.dates`.

>>> parse_date("May 10, 2024")
datetime.date(2024, 5, 10)
>>> localize_date(parse_date("Sept. 5, 2024"), "ja")
'2024年9月5日'
"""

from __future__ import annotations

import datetime
import re
from functools import cache

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([A-Za-z]{3,9})\.?"
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b")
_DAY_FIRST = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(\d{{4}})\b")


@cache
def _english_months() -> dict[str, int]:
    from babel import Locale

    months: dict[str, int] = {}
    locale = Locale.parse("en")
    for width in ("wide", "abbreviated"):
        for number, name in locale.months["format"][width].items():
            months[name.lower().rstrip(".")] = number
    months["sept"] = 9  # the AP style abbreviation Babel does not list
    return months


def _make(year: str, month: int | str, day: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(text: str) -> datetime.date | None:
    """The first calendar date written in ``text``, or None when there is none."""
    if match := _ISO.search(text):
        return _make(*match.groups())
    if match := _CJK.search(text):
        return _make(*match.groups())
    months = _english_months()
    if match := _MONTH_FIRST.search(text):
        month = months.get(match.group(1).lower())
        if month is not None:
            return _make(match.group(3), month, match.group(2))
    if match := _DAY_FIRST.search(text):
        month = months.get(match.group(2).lower())
        if month is not None:
            return _make(match.group(3), month, match.group(1))
    return None


def localize_date(date: datetime.date, locale: str, *, format: str = "long") -> str:
    """``date`` in ``locale``'s own ``format`` ("long": 2024年5月10日, 2024년 5월 10일)."""
    from babel.dates import format_date

    return format_date(date, format=format, locale=locale.replace("-", "_"))


def localize_dateline(text: str, locale: str) -> str | None:
    """The dateline ``text`` with its date written for ``locale``; None when it holds no date.

    Only a dateline that is the date alone is replaced whole; in a longer line
    ("Tokyo, May 10, 2024") just the date is swapped, the rest kept for a translator.
    """
    date = parse_date(text)
    if date is None:
        return None
    localized = localize_date(date, locale)
    for pattern in (_ISO, _CJK, _MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if match and parse_date(match.group(0)) == date:
            rest = (text[: match.start()] + text[match.end() :]).strip(" ,.\t")
            if not rest:
                return localized
            return text[: match.start()] + localized + text[match.end() :]
    return localized
