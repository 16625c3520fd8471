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
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

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


def find_date(text: str, date: datetime.date) -> tuple[int, int] | None:
    """Where ``text`` writes ``date`` (in any form :func:`parse_date` reads), when it
    writes it exactly once; else None.

    >>> find_date("2024年5月10日に発表", datetime.date(2024, 5, 10))
    (0, 10)
    """
    found = {
        match.span()
        for pattern in (_ISO, _CJK, _MONTH_FIRST, _DAY_FIRST)
        for match in pattern.finditer(text)
        if parse_date(match.group(0)) == date
    }
    return found.pop() if len(found) == 1 else None


def localize_date(date: datetime.date, locale: str, *, format: str = "long") -> str:
    """``date`` in ``locale``'s own ``format`` ("long": 2024年5月10日, 2024년 5월 10일)."""
    from babel.dates import format_date

    return format_date(date, format=format, locale=locale.replace("-", "_"))


def localize_dateline(
    text: str,
    locale: str,
    *,
    source_lang: str = "en",
    places: Mapping[str, str] | None = None,
) -> str | None:
    """The dateline ``text`` written whole for ``locale``, or None when it holds no date
    or a part that cannot be localised with certainty (the translator's, then).

    The date comes from CLDR through Babel; a place before it ("TOKYO, April 1, 2025",
    "Seoul, South Korea, …") from ``places`` (the glossary's places: source form →
    approved form), else from CLDR's city and country names. A dateline is never
    half localised: "TOKYO, 2025年4月1日" is not a Japanese dateline.

    >>> localize_dateline("TOKYO, April 1, 2025", "ja")
    '東京、2025年4月1日'
    """
    date = parse_date(text)
    if date is None:
        return None
    for pattern in (_ISO, _CJK, _MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if match and parse_date(match.group(0)) == date:
            break
    else:
        return None
    if text[match.end() :].strip(_AROUND):
        return None  # a wire credit or a time after the date: the translator's call
    localized = localize_date(date, locale)
    place = text[: match.start()].strip(_AROUND + "—–-:")
    if not place:
        return localized
    names = [
        _place(part.strip(), source_lang, locale, places or {})
        for part in _PLACE_PARTS.split(place)
        if part.strip()
    ]
    if any(name is None for name in names):
        return None
    separator = _SEPARATORS.get(_language(locale), ", ")
    return separator.join([*(n for n in names if n), localized])


_AROUND = " ,.\t\u3000、，"
_PLACE_PARTS = re.compile(r"[,、，]")
_SEPARATORS = {"ja": "、", "zh": "，", "yue": "，"}


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def _place(name: str, source_lang: str, locale: str, places: Mapping[str, str]) -> str | None:
    key = name.casefold()
    if key in places:
        return places[key]
    return _cldr_places(_language(source_lang), locale.replace("-", "_")).get(key)


def _city(locale: Locale, zone: str) -> str | None:
    """CLDR's exemplar city of a time zone; English names not listed are the zone id's."""
    city = locale.time_zones.get(zone, {}).get("city")
    if city is None and locale.language == "en" and "/" in zone and not zone.startswith("Etc/"):
        city = zone.rsplit("/", 1)[1].replace("_", " ")
    return str(city) if city else None


@cache
def _cldr_places(source_lang: str, locale: str) -> dict[str, str]:
    """City (time-zone exemplar cities) and country names of CLDR: source → ``locale``."""
    from babel import Locale, UnknownLocaleError

    try:
        source, target = Locale.parse(source_lang), Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return {}
    names: dict[str, str] = {}
    for zone in sorted({*source.time_zones.keys(), *target.time_zones.keys()}):
        known, city = _city(source, zone), _city(target, zone)
        if known and city:
            names.setdefault(known.casefold(), city)
    for code, country in target.territories.items():
        known = source.territories.get(code)
        if known and code.isalpha():
            names.setdefault(known.casefold(), country)
    return names
