"""prlocalize.catalog.hours
~~~~~~~~~~~~~~~~~~~~~~~~~~~

An afternoon hour given in a Japanese translation as the same number on the 24-hour
clock: '2 p.m.' as '2時' (2 a.m.) where the sentence says no half of the day. A Japanese
release that writes no 午前/午後 counts hours to 24 ('14時から16時'), so '2時' is two in
the morning; figures.py takes '2 p.m.' to be said by either 2 or 14 (the half may be said
once for a range, '午後2時～4時') and so cannot tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prlocalize.lazy_patterns import lazy_compile

# a word that says which half of the day, or the time of day, an hour is in
_HALF_SAID = lazy_compile(
    r"午前|午後|正午|朝|昼|夕|晩|夜|深夜|未明|a\.?m\.?|p\.?m\.?", re.IGNORECASE
)
# an afternoon time as the source writes it: '2 p.m.', '4:30 PM', '午後2時', '오후 2시'
_AFTERNOON = lazy_compile(
    r"(?<![\d:.])(?P<en>\d{1,2})(?::\d\d)?\s?(?:p\.\s?m\.|pm\b|PM\b|p\.m\b)"
    r"|午後\s?(?P<ja>\d{1,2})\s?時|오후\s?(?P<ko>\d{1,2})\s?시"
)
_HOUR = lazy_compile(r"(?<![\d:.,])(\d{1,2})\s?時(?!間)")


@dataclass(frozen=True, slots=True)
class HourSlip:
    source: str  # the afternoon time, as the source writes it
    target: str  # the hour the translation gives on the 24-hour clock


def afternoon_as_morning(source: str, target: str, target_lang: str) -> HourSlip | None:
    """The first afternoon time of the source whose hour a Japanese translation that says
    no half of the day gives unchanged ('4:30 p.m.' as '4時30分') and never plus twelve."""
    if target_lang != "ja" or "時" not in target or _HALF_SAID.search(target):
        return None
    hours = {int(m[1]): m[0] for m in _HOUR.finditer(target)}
    if not hours:
        return None
    for match in _AFTERNOON.finditer(source):
        hour = int(match["en"] or match["ja"] or match["ko"])
        if 1 <= hour <= 11 and hour in hours and hour + 12 not in hours:
            return HourSlip(match[0], hours[hour])
    return None
