"""prlocalize.catalog.weekdays
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The day of the week a release gives beside a date: '3月14日（土）', '4월 3일(금)',
'Saturday, March 14'. Notices of events, schedules and effective dates give it, and a
translation that names another day for the same date ('6月26日（金）' as 'Thursday, June
26') sends readers on the wrong day; the date's figures match, so figures.py sees nothing.

Only a date given with its weekday on both sides is judged: a weekday the translation
adds or leaves out is not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.screens import first_digit
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_CJK_DAYS = {c: i for i, c in enumerate("月火水木金土日")} | {
    c: i for i, c in enumerate("월화수목금토일")
}
_EN_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DAY = (
    r"(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|"
    r"Sat(?:urday)?|Sun(?:day)?)\.?"
)
_EN_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# 'Saturday, March 14', 'Sat., Mar. 14'; 'Saturday 14 March'; 'March 14 (Sat.)'
_EN_DAY_FIRST = lazy_compile(rf"(?<![A-Za-z]){_EN_DAY},? {_EN_MONTH} (\d{{1,2}})(?!\d)")
_EN_DAY_MONTH = lazy_compile(rf"(?<![A-Za-z]){_EN_DAY},? (\d{{1,2}}) {_EN_MONTH}(?![A-Za-z])")
_EN_DAY_AFTER = lazy_compile(rf"(?<![A-Za-z]){_EN_MONTH} (\d{{1,2}}) ?\({_EN_DAY}\)")
# '3月14日（土）', '14日(土曜日)', '4월 3일(금)', '17일(일요일)'; the month, when left out
# ('5月16日（土）・17日（日）'), is the one given last
# what every match of the patterns above and below holds, looked for first by
# _dated_weekdays (each is tried at every character: 3-12 µs a sentence, and most
# sentences give no weekday)
_EN_WEEKDAY_GATE = lazy_compile("Mon|Tue|Wed|Thu|Fri|Sat|Sun")
_CJK_DATE_CORE = lazy_compile(r"\d ?[日일] ?[（(]")
_CJK_DATE = lazy_compile(
    r"(?:(\d{1,2}) ?[月월] ?)?(\d{1,2}) ?[日일] ?[（(]([月火水木金土日월화수목금토일])"
    r"(?:曜日?|요일)?[)）]"
)

# a dotted date with its weekday, as Korean notices write it short: '11.3(월)', '25.11.03(월)'
_DOTTED_DATE_CORE = lazy_compile(r"\d\.\d{1,2}\.? ?[（(]")
_DOTTED_DATE = lazy_compile(
    r"(?<![\d.])(?:\d{2}(?:\d{2})?\.)?(\d{1,2})\.(\d{1,2})\.? ?[（(]"
    r"([月火水木金土日월화수목금토일])(?:曜日?|요일)?[)）]"
)


@dataclass(frozen=True, slots=True)
class WeekdayChange:
    """A date whose weekday the translation gives as another day."""

    source: str  # the date with its weekday, as the source writes it
    target: str  # ... and as the translation does


def weekday_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[WeekdayChange]:
    """The dates both texts give with a weekday where the weekdays differ."""
    if silent(memo, "weekdays.weekday_changes"):
        return []
    mine = _dated_weekdays(source)
    if not mine:
        keep_silent(memo, "weekdays.weekday_changes")
        return []
    theirs = _dated_weekdays(target)
    changes = []
    for date, (day, written) in mine.items():
        other = theirs.get(date)
        if other is not None and other[0] != day:
            changes.append(WeekdayChange(written, other[1]))
    return changes


def _dated_weekdays(text: str, *, gates: bool = True) -> dict[tuple[int, int], tuple[int, str]]:
    """(month, day) → (weekday, Monday 0, and the date as written) for each date of
    ``text`` given with its weekday; a date given with two weekdays is left out.
    ``gates=False`` runs every pattern (the tests check that both ways read the same)."""
    found: dict[tuple[int, int], tuple[int, str]] = {}
    if gates and first_digit(text) < 0:
        return found  # (every date has its day's figure)
    clashes: set[tuple[int, int]] = set()

    def add(month: int, day: int, weekday: int, written: str) -> None:
        key = (month, day)
        if key in found and found[key][0] != weekday:
            clashes.add(key)
        found.setdefault(key, (weekday, written))

    if not gates or _CJK_DATE_CORE.search(text) is not None:
        month = None
        for match in _CJK_DATE.finditer(text):
            month = int(match[1]) if match[1] else month
            if month is not None:
                add(month, int(match[2]), _CJK_DAYS[match[3]], match[0])
    if not gates or _DOTTED_DATE_CORE.search(text) is not None:
        for match in _DOTTED_DATE.finditer(text):
            add(int(match[1]), int(match[2]), _CJK_DAYS[match[3]], match[0])
    if gates and _EN_WEEKDAY_GATE.search(text) is None:
        return {key: value for key, value in found.items() if key not in clashes}
    for pattern, order in ((_EN_DAY_FIRST, (1, 2, 3)), (_EN_DAY_MONTH, (1, 3, 2))):
        for match in pattern.finditer(text):
            day_name, month_name, day = (match[i] for i in order)
            add(_month(month_name), int(day), _weekday(day_name), match[0])
    for match in _EN_DAY_AFTER.finditer(text):
        add(_month(match[1]), int(match[2]), _weekday(match[3]), match[0])
    return {key: value for key, value in found.items() if key not in clashes}


@dataclass(frozen=True, slots=True)
class CalendarSlip:
    """A date the translation gives with a weekday the calendar does not give it."""

    target: str  # the date with its weekday, as the translation writes it
    weekday: str  # the day the calendar gives that date


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a date's year: before it in Japanese and Korean ('2027年4月1日（木）'), after it in
# English ('Thursday, April 1, 2027')
_CJK_YEAR_BEFORE = lazy_compile(r"(\d{4})\s?[年년]\s?$")
_EN_YEAR_AFTER = lazy_compile(r",?\s(\d{4})(?!\d)")


def calendar_slips(source: str, target: str) -> list[CalendarSlip]:
    """The dates the translation gives with a weekday and a year where the calendar gives
    another day ('2027年4月1日（金）' for a Thursday) and the source names no weekday for
    them (a weekday both give is weekday_changes')."""
    if not any(mark in target for mark in ("(", "（", "day")) or first_digit(target) < 0:
        return []  # (every date with a year has digits)
    said = _dated_weekdays(source)
    slips = []
    for year, month, day, weekday, written in _dated_with_years(target):
        if (month, day) in said:
            continue
        try:
            actual = dt.date(year, month, day).weekday()
        except ValueError:
            continue
        if actual != weekday:
            slips.append(CalendarSlip(written, _DAY_NAMES[actual]))
    return slips


def _dated_with_years(text: str) -> list[tuple[int, int, int, int, str]]:
    """(year, month, day, weekday, as written) for each date ``text`` gives with a weekday
    and a year: its own, or a later one of a range's end in the same year ('3月3日（火）から
    …', 'Tuesday, March 3 to Sunday, March 22, 2026'), never one carried over a new year."""
    found: list[tuple[int | None, int, int, int, str]] = []
    if "(" in text or "（" in text:
        month = year = None
        for match in _CJK_DATE.finditer(text):
            said_month = int(match[1]) if match[1] else month
            if said_month is None:
                continue
            own = _CJK_YEAR_BEFORE.search(text, max(0, match.start() - 7), match.start())
            if own is not None:
                year = int(own[1])
            elif year is not None and month is not None and said_month < month:
                year = None  # (a range into the next year: which year is not said)
            month = said_month
            found.append((year, month, int(match[2]), _CJK_DAYS[match[3]], match[0]))
    english: list[tuple[int | None, int, int, int, str]] = []
    for pattern, order in ((_EN_DAY_FIRST, (1, 2, 3)), (_EN_DAY_MONTH, (1, 3, 2))):
        for match in pattern.finditer(text):
            day_name, month_name, day = (match[i] for i in order)
            after = _EN_YEAR_AFTER.match(text, match.end())
            english.append(
                (int(after[1]) if after else None, _month(month_name), int(day),
                 _weekday(day_name), match[0])
            )  # fmt: skip
    later: tuple[int, int] | None = None  # (year, month) of the next date that says its year
    for year, month, day, weekday, written in reversed(english):
        if year is None and later is not None and month <= later[1]:
            year = later[0]
        later = (year, month) if year is not None else None
        found.append((year, month, day, weekday, written))
    return [(y, m, d, w, t) for y, m, d, w, t in found if y is not None]


def _weekday(name: str) -> int:
    return _EN_DAYS.index(name[:3].casefold())


def _month(name: str) -> int:
    return _EN_MONTHS.index(name[:3].casefold()) + 1


# A day of the week named with no date: a recurring day ('closed on Mondays', '毎週月曜日',
# '매주 화요일', '金曜日・土曜日は20時まで') or a range of them ('月～金曜日', 'Monday
# through Friday'). A translation that names another day for it ('Mondays' as '화요일')
# changes when the reader may come; the figures are the same.
_EN_DAY_NAME = lazy_compile(
    r"(?<![A-Za-z])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?(?![A-Za-z])"
)
_DAY_CHARS = "月火水木金土日월화수목금토일"
_DAY_JOINS = "～〜~\\-–・·、,/"
# what opens a word that ends in 日 or 일 and is no Sunday: '平日', '毎日', '祝日', '休日',
# '평일', '매일', '휴일', '공휴일'
_DAY_WORD_HEADS = frozenset("平毎祝休翌当同本평매휴")
# (a list of days, '月・水・金曜日', '월·수·금요일', names each; one in brackets is a day
# too, '毎日（火曜日を除く）', '매일(화요일 제외)', but for a date's weekday, '14日（土曜日）')
_CJK_DAY_NAME = lazy_compile(
    r"(?<![曜\d])(?<!\d[日일][（(])(?<!\d[日일] [（(])(?<!\d [日일][（(])(?<![\d.][（(])"
    # (only from a list's first day: from each of its others it would be read to its end;
    # after a day said whole, '토요일·일요일', a day opens a list again)
    rf"(?:(?<=[曜요][日일][{_DAY_JOINS}])|(?<=[曜요][日일][{_DAY_JOINS}] )"
    rf"|(?<![{_DAY_CHARS}][{_DAY_JOINS}])(?<![{_DAY_CHARS}][{_DAY_JOINS}] ))"
    rf"([{_DAY_CHARS}](?:[{_DAY_JOINS}] ?[{_DAY_CHARS}])*)"
    r"(?:曜日?|요일)"
)
# ... and in a timetable's bracket, each day by its character alone ('週3便（月・水・金）',
# '주 3회(월·수·금)'; not '（日・英）', Japanese and English)
_CJK_BRACKET_DAYS = lazy_compile(rf"[（(]([{_DAY_CHARS}](?:[・·、,/] ?[{_DAY_CHARS}])+)[）)]")
# days in a timetable's short form, two or more in a list: 'Mon/Wed/Fri', 'Tue, Thu & Sat'
_SHORT_DAYS = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_EN_DAY_LIST = lazy_compile(
    # (only from a list's first day, as above)
    rf"(?<![A-Za-z])(?<!{_SHORT_DAYS}[/,])(?<!{_SHORT_DAYS}[/,]\s)(?<!{_SHORT_DAYS}\s&)"
    rf"(?<!{_SHORT_DAYS}\s&\s){_SHORT_DAYS}(?:(?:[/,]|\s&)\s?{_SHORT_DAYS})+(?![A-Za-z])"
)
_EN_SHORT_DAY = lazy_compile("Mon|Tue|Wed|Thu|Fri|Sat|Sun")
# a day that may be another in the translation's zone ('Thursday 8 p.m. ET' as '金曜日
# 午前9時（日本時間）'): a sentence with a zone or a local time is not judged
_ZONE_SAID = lazy_compile(
    r"(?<![A-Za-z])(?:JST|KST|ET|EST|EDT|PT|PST|PDT|GMT|UTC|CET|BST)(?![A-Za-z])|"
    r"日本時間|한국\s?시간|現地時間|현지\s?시간|[Ll]ocal time|[Jj]apan time|[Kk]orea time"
)


@dataclass(frozen=True, slots=True)
class RecurringDayChange:
    """Days of the week the source names with no date, which the translation replaces."""

    source: str  # the days the source names, as written
    target: str  # ... and those the translation names instead
    left_out: bool = False  # ``target`` is the source's days the translation leaves out


def recurring_day_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[RecurringDayChange]:
    """Days of the week named with no date on both sides, where the translation names a
    day the source does not and leaves out one it does (an added day is not judged), or
    names only some of the source's days ('Mondays, Wednesdays and Fridays' as '월·금요일':
    ``target`` is then the days it leaves out, as the source writes them, and
    ``left_out`` is set); and days the source excepts ('daily except Tuesdays') where the
    translation names no day at all ('毎日運航')."""
    if silent(memo, "weekdays.recurring_day_changes"):
        return []
    mine = _undated_days(source)
    if not mine:
        keep_silent(memo, "weekdays.recurring_day_changes")
        return []
    theirs = _undated_days(target)
    if _ZONE_SAID.search(source) or _ZONE_SAID.search(target):
        return []
    said = ", ".join(dict.fromkeys(mine.values()))
    if not theirs:
        if _GROUP_WORDS.search(target) is not None:
            return []
        if _EXCEPT.search(source) is None and not _days_said_daily(source, target):
            return []
        return [RecurringDayChange(said, said, left_out=True)]
    if set(theirs) - set(mine) and set(mine) - set(theirs):
        return [RecurringDayChange(said, ", ".join(dict.fromkeys(theirs.values())))]
    dropped = set(mine) - set(theirs)
    if dropped and not _said_as_a_group(dropped, target) and _RELATIVE_DAY.search(target) is None:
        gone = ", ".join(dict.fromkeys(mine[day] for day in sorted(dropped)))
        return [RecurringDayChange(said, gone, left_out=True)]
    return []


# the source excepts its days: 'daily except Tuesdays', 'excluding Sundays', '火曜日を除く',
# '화요일 제외'
_EXCEPT = lazy_compile(
    r"(?<![A-Za-z])(?:except|excluding|other than|apart from)(?![A-Za-z])|除く|除き|제외|빼고",
    re.IGNORECASE,
)
# days a translation says as their group: weekdays, weekends and holidays, '土日', '평일'
_GROUP_WORDS = lazy_compile(
    r"平日|週末|土日|土休日|週日|평일|주말|주중|(?<![A-Za-z])week(?:day|end)s?(?![A-Za-z])",
    re.IGNORECASE,
)
# a day said by the one before it ('on Wednesdays when Tuesday is a holiday' as '祝日の場合は
# 翌日', '공휴일이면 다음 날'): the day the translation leaves unnamed is said
_RELATIVE_DAY = lazy_compile(
    r"翌日|翌平日|前日|다음\s?날|익일|전날|(?:next|following|previous) (?:day|weekday)",
    re.IGNORECASE,
)
# every day ('毎日', '매일', 'daily'): what a service that runs on some days does not say
_DAILY = lazy_compile(r"毎日|매일|(?<![A-Za-z])(?:daily|every day)(?![A-Za-z])", re.IGNORECASE)
# a range of days ('月～日曜日', 'Monday to Sunday', 'Mon–Sat'), which may be every day
_DAY_RANGE = lazy_compile(
    rf"[{_DAY_CHARS}]\s?(?:曜日?|요일)?\s?[～〜~\-–]|"
    r"(?:day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)s?\.?\s?(?:through|to|until|till|[-–~])\s?"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
    re.IGNORECASE,
)


def _days_said_daily(source: str, target: str) -> bool:
    """Whether the translation says every day for the days the source names one by one
    ('every Monday, Wednesday and Friday' as '毎日'): a range of days may be all seven."""
    return (
        _DAILY.search(target) is not None
        and _DAILY.search(source) is None
        and _DAY_RANGE.search(source) is None
    )


_WORKING_DAYS = frozenset(range(5))
_WEEKEND = frozenset({5, 6})


def _said_as_a_group(dropped: set[int], target: str) -> bool:
    """Whether the days the translation leaves out are Monday to Friday or the weekend,
    which it says as a group ('平日', '주말', 'weekends')."""
    return (dropped <= _WORKING_DAYS or dropped <= _WEEKEND) and (
        _GROUP_WORDS.search(target) is not None
    )


def _undated_days(text: str) -> dict[int, str]:
    """Monday 0 … Sunday 6 → how ``text`` writes it, for each day named outside a date."""
    if (
        not any(word in text for word in ("day", "曜", "요일"))
        and _EN_SHORT_DAY.search(text) is None
        and _CJK_BRACKET_DAYS.search(text) is None
    ):
        return {}
    # (a date has its day's figure)
    dating = (_EN_DAY_FIRST, _EN_DAY_MONTH, _EN_DAY_AFTER) if first_digit(text) >= 0 else ()
    dated = [m.span() for p in dating for m in p.finditer(text)]
    found: dict[int, str] = {}
    for match in _EN_DAY_NAME.finditer(text):
        if not any(start <= match.start() < end for start, end in dated):
            found.setdefault(_weekday(match[1]), match[0])
    for match in _EN_DAY_LIST.finditer(text):
        for short in _EN_SHORT_DAY.finditer(match[0]):
            found.setdefault(_weekday(short[0]), short[0])
    if "(" in text or "（" in text:
        for match in _CJK_BRACKET_DAYS.finditer(text):
            for day in match[1]:
                if day in _CJK_DAYS:
                    found.setdefault(_CJK_DAYS[day], match[1])
    for match in _CJK_DAY_NAME.finditer(text):
        days = match[1]
        if match.start() and text[match.start() - 1] in _DAY_WORD_HEADS:
            days = days[1:]  # ('平日・土曜日', '평일·토요일': weekdays, then Saturday)
        for day in days:
            if day in _CJK_DAYS:
                found.setdefault(_CJK_DAYS[day], match[0])
    return found
