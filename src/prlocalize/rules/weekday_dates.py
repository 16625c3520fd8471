"""prlocalize.rules.weekday_dates
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Dates a release gives with a day of the week ('2026年11月30日（月）', '11월 30일(월)',
'2026. 11. 30.(월)', 'Monday, November 30, 2026'), and the day the calendar gives them.
A date's year is the one written with it (before it in Japanese and Korean, after it in
English). A date written without one is read as a reader reads it: in the year of the
last date before it given with its weekday and year (the year after, where its month
comes before that date's: January after December), or in the year of the release's own
date (its dateline, or the first full date of its opening lines); it is judged only
where neither gives it that weekday, and not at all in a release that says neither. A
full date without a weekday further on (a birth date, a founding year) says nothing of
when the release's events are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.catalog.weekdays import (
    _CJK_DATE,
    _CJK_DAYS,
    _CJK_YEAR_BEFORE,
    _DOTTED_DATE,
    _EN_DAY_AFTER,
    _EN_DAY_FIRST,
    _EN_DAY_MONTH,
    _EN_MONTH,
    _EN_WEEKDAY_GATE,
    _EN_YEAR_AFTER,
    _month,
    _weekday,
)
from prlocalize.lazy_patterns import lazy_compile

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# a Korean official date with its year, dotted and spaced: '2026. 11. 30.(월)'
_SPACED_DOTTED = lazy_compile(
    r"(?<![\d.])(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.? ?[（(]"
    r"([月火水木金土日월화수목금토일])(?:曜日?|요일)?[)）]"
)
# a full date with its year, of any of the three languages: the release's years
_YEARED_DATE = lazy_compile(
    r"(\d{4}) ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]"
    r"|(?<![\d.])(\d{4})\. ?\d{1,2}\. ?\d{1,2}(?!\d)"
    rf"|{_EN_MONTH} \d{{1,2}}, (\d{{4}})(?!\d)"
    rf"|\d{{1,2}} {_EN_MONTH} (\d{{4}})(?!\d)"
)
_DIGIT = lazy_compile(r"\d")


@dataclass(frozen=True, slots=True)
class DatedWeekday:
    """A date given with a weekday at ``[start, end)`` of a text."""

    start: int
    end: int
    year: int | None  # the year written with it, None when none is
    month: int
    day: int
    weekday: int  # Monday 0


@dataclass(frozen=True, slots=True)
class WrongWeekday:
    start: int
    end: int
    year: int
    actual: int  # the weekday the calendar gives the date, Monday 0


@dataclass(slots=True)
class DateContext:
    """The year and month of the release's own date, and of the last date given with its
    weekday and year: what a date written without its year is read in."""

    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None

    def years_of(self, month: int) -> tuple[int, ...]:
        """The years a date of ``month`` written without its year may be in."""
        years: list[int] = []
        for known in (self.last, self.first):
            if known is not None:
                year = known[0] + 1 if month < known[1] else known[0]
                if year not in years:
                    years.append(year)
        return tuple(years)


def wrong_weekdays(
    text: str, context: DateContext, *, opening: bool = False
) -> Iterator[WrongWeekday]:
    """The dates of ``text`` given with a weekday the calendar does not give them: in their
    own year, or (a date without one) in none of the years ``context`` reads it in.
    ``opening``: ``text`` is the release's dateline or one of its opening lines, whose
    first full date, if ``context`` has none yet, is the release's own."""
    if opening and context.first is None:
        found = _YEARED_DATE.search(text)
        if found is not None:
            context.first = _year_and_month(found)
    for date in dated_weekdays(text):
        if date.year is not None:
            candidates: tuple[int, ...] = (date.year,)
        else:
            candidates = context.years_of(date.month)
        actual: int | None = None
        for year in candidates:
            try:
                day = dt.date(year, date.month, date.day).weekday()
            except ValueError:
                break  # no such date ('2月30日'): another rule's business
            if day == date.weekday:
                break
            actual = day if actual is None else actual
        else:
            if actual is not None:
                yield WrongWeekday(date.start, date.end, candidates[0], actual)
        if date.year is not None:
            context.last = (date.year, date.month)


def _year_and_month(match: re.Match[str]) -> tuple[int, int]:
    year = int(match[1] or match[2] or match[4] or match[6])
    if match[1] or match[2]:  # Japanese, Korean or dotted: the figure after the year
        return year, int(re.findall(r"\d+", match[0])[1])
    return year, _month(match[3] or match[5])


def dated_weekdays(text: str) -> list[DatedWeekday]:
    """Every date ``text`` gives with a weekday, with its year where one is written."""
    if _DIGIT.search(text) is None:
        return []
    found: list[DatedWeekday] = []
    taken: list[tuple[int, int]] = []
    for match in _SPACED_DOTTED.finditer(text):
        numbers = int(match[1]), int(match[2]), int(match[3])
        found.append(DatedWeekday(match.start(), match.end(), *numbers, _CJK_DAYS[match[4]]))
        taken.append((match.start(), match.end()))
    if "(" in text or "（" in text:
        month: int | None = None
        for match in _CJK_DATE.finditer(text):
            month = int(match[1]) if match[1] else month  # '5月16日（土）・17日（日）'
            if month is None:
                continue
            own = _CJK_YEAR_BEFORE.search(text, max(0, match.start() - 7), match.start())
            year = int(own[1]) if own is not None else None
            start = own.start(1) if own is not None else match.start()
            weekday = _CJK_DAYS[match[3]]
            found.append(DatedWeekday(start, match.end(), year, month, int(match[2]), weekday))
        for match in _DOTTED_DATE.finditer(text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            written = match[0]
            head = written.split(".")[0]
            dotted_year = None
            if written.count(".") >= 2 and len(head) in (2, 4) and head.isdigit():
                dotted_year = int(head) + (2000 if len(head) == 2 else 0)
            found.append(
                DatedWeekday(
                    match.start(), match.end(), dotted_year, int(match[1]), int(match[2]),
                    _CJK_DAYS[match[3]],
                )
            )  # fmt: skip
    if _EN_WEEKDAY_GATE.search(text) is not None:
        for pattern, order in ((_EN_DAY_FIRST, (1, 2, 3)), (_EN_DAY_MONTH, (1, 3, 2))):
            for match in pattern.finditer(text):
                day_name, month_name, day_figure = (match[i] for i in order)
                after = _EN_YEAR_AFTER.match(text, match.end())
                found.append(
                    DatedWeekday(
                        match.start(), after.end() if after else match.end(),
                        int(after[1]) if after else None, _month(month_name), int(day_figure),
                        _weekday(day_name),
                    )
                )  # fmt: skip
        for match in _EN_DAY_AFTER.finditer(text):
            found.append(
                DatedWeekday(
                    match.start(), match.end(), None, _month(match[1]), int(match[2]),
                    _weekday(match[3]),
                )
            )  # fmt: skip
    return sorted(found, key=lambda d: d.start)
