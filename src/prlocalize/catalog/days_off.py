"""prlocalize.catalog.days_off
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The days a hotline, a counter or a service is closed: '土日祝を除く', '주말 및 공휴일
제외', 'excluding weekends and public holidays'. A recall notice, an apology or an
outage notice gives them beside the hours a customer can call; a translation that says
'including weekends' sends callers to a closed line, and one that drops the holidays
leaves them to guess.

Two readings: the days said closed in the source and open in the translation (or the
other way round), which the reversals of PR410 report, and the kinds of day the source
closes (the weekend, holidays) that the translation names nowhere: 'weekdays' or
'Monday to Friday' names the weekend ('平日', '평일' too), a holiday is named by any word
for one ('祝日', '공휴일', 'holidays').
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

# the days themselves, in each language (the weekend, a weekday's name, holidays, the
# New Year's break; in English a day's name in the plural, every one: 'closed on Sunday'
# is one date)
_EN_DAY = (
    r"(?:weekends?|Saturdays|Sundays|(?:(?:national|public|bank)\s)?holidays|"
    r"the\s(?:New\sYear|year-end)(?:\sholidays?)?)"
)
# (a list of them: 'weekends and public holidays', 'Saturdays, Sundays and holidays')
_EN_DAYS = rf"{_EN_DAY}(?:(?:,\s|\s(?:and|or|&)\s|/)(?:on\s)?{_EN_DAY})*"
# ('日' as Sunday only beside another day, '土日', '日・祝', not '今日', '日本')
_JA_DAYS = r"(?:土(?=[日曜・、祝])|日曜|日祝|(?<=[土・、])日|祝|祭日|週末|休日|年末年始)"
_KO_DAYS = r"(?:주말|토요일|일요일|토·일|토,\s?일|공휴일|휴일|연휴|명절|연말연시)"

# closed on those days ('excluding weekends', 'except Sundays and holidays', 'closed on
# weekends'; '土日祝を除く', '土・日・祝日は休業'; '주말 및 공휴일 제외', '공휴일 휴무')
EXCLUDED = {
    "en": lazy_compile(
        rf"\b(?:excluding|except(?:\s(?:on|for))?|excl\.|closed(?:\son)?)\s(?:the\s)?{_EN_DAYS}",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        rf"{_JA_DAYS}[^。、（）()]{{0,12}}?(?:除(?:く|き|いて)|休(?:み|業|館)|定休)"
    ),
    "ko": lazy_compile(rf"{_KO_DAYS}[^.,()]{{0,12}}?(?:제외|휴무|휴업|쉽니다)"),
}
# open on them ('including weekends and holidays', 'seven days a week'; '土日祝日を含む',
# '土日祝も受付'; '주말 및 공휴일 포함', '주말에도 운영')
INCLUDED = {
    "en": lazy_compile(
        rf"\b(?:including|incl\.)\s(?:the\s)?{_EN_DAYS}|\b(?:seven|7)\sdays\sa\sweek\b|"
        r"\b365\sdays\sa\syear\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        rf"{_JA_DAYS}[^。、（）()]{{0,12}}?含(?:む|め|みます)|(?:土日|祝日|週末)(?:祝日?)?も(?=受|営|対|開)"
    ),
    "ko": lazy_compile(rf"{_KO_DAYS}[^.,()]{{0,12}}?포함|(?:주말|공휴일|휴일)에도"),
}
# a kind of day, as any text names it: the weekend (weekdays name it too) and holidays
_WEEKEND = {
    "en": lazy_compile(
        r"\b(?:weekends?|weekdays?|Saturdays?|Sundays?)\b|"
        r"\bMon(?:day)?\.?\s?(?:to|through|-|–|~)\s?Fri",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"土|日曜|週末|平日|月(?:曜日?)?(?:[～~〜-]|から)金"),
    "ko": lazy_compile(r"주말|토요일|일요일|토·일|평일|월(?:요일)?(?:[～~〜-]|부터\s?)금"),
}
_HOLIDAY = {
    "en": lazy_compile(r"\bholidays?\b", re.IGNORECASE),
    "ja": lazy_compile(r"祝|祭日|休日"),
    "ko": lazy_compile(r"공휴일|휴일|연휴|명절"),
}


def closed_days_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's closed days ('土日祝を除く') where the translation names no day of a
    kind it closes (no holiday in 'weekdays 9:00 to 18:00'), else None."""
    closed, weekend, holiday = (
        EXCLUDED.get(source_lang),
        _WEEKEND.get(target_lang),
        _HOLIDAY.get(target_lang),
    )
    if closed is None or weekend is None or holiday is None:
        return None
    found = closed.search(source)
    if found is None:
        return None
    said = found[0]
    if _WEEKEND[source_lang].search(said) and weekend.search(target) is None:
        return said
    if _HOLIDAY[source_lang].search(said) and holiday.search(target) is None:
        return said
    return None


# -- automotive recall notices: a weekday range beside the hours ('Monday to Friday',
# '月～金', '월~금요일') that takes in a day the other text says is closed, or that ends
# on another day ('Monday to Saturday' for '月～金')
_EN_WEEKDAY = (
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|\.|(?<=Tue)s|(?<=Wed)nes|(?<=Thu)rs|(?<=Sat)ur)?"
)
_RANGES = {
    "en": lazy_compile(
        rf"\b{_EN_WEEKDAY}(?:day)?\s?(?:to|through|thru|-|–|~)\s?{_EN_WEEKDAY}(?:day)?\b",
        re.IGNORECASE,
    ),
    # (not '3月～5月' nor '4日から金': no digit before the first day)
    "ja": lazy_compile(
        r"(?<![\d０-９一二三四五六七八九十今来先毎翌前同当本各ヶか箇カ])([月火水木金土日])(?:曜日?)?(?:[～~〜\-－–]|から)([月火水木金土日])"
        r"(?=曜|[\s）)、，,:：]|$)"
    ),
    "ko": lazy_compile(
        r"(?<![\d０-９개매])([월화수목금토일])(?:요일)?\s?(?:[~～〜\-–]|부터\s?)([월화수목금토일])"
        r"(?=요일|[\s),·:]|$|까지)"
    ),
}
_DAY_INDEX = {
    **{d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{d: i for i, d in enumerate("月火水木金土日")},
    **{d: i for i, d in enumerate("월화수목금토일")},
}
_SATURDAY, _SUNDAY = 5, 6
# what every range joins its days with (a cheap test before the patterns)
_JOINS = ("~", "～", "〜", "-", "–", "－", "から", "부터", " to ", " through ", " thru ")
# the closed days a closing phrase names (EXCLUDED's match): the weekend or one of its days
_CLOSED_SAT = lazy_compile(r"(?i)weekend|saturday|週末|土|주말|토")
_CLOSED_SUN = lazy_compile(
    r"(?i)weekend|sunday|週末|日曜|土日|(?<=[土・、])日|주말|일요일|(?<=[토·,])\s?일"
)


def _range(text: str, lang: str) -> tuple[str, frozenset[int]] | None:
    """The first weekday range ``text`` gives, as written and as the days it spans."""
    pattern = _RANGES.get(lang)
    found = pattern.search(text) if pattern is not None else None
    if found is None:
        return _named_days(text, lang)
    first, last = (_DAY_INDEX[g.casefold()[:3] if lang == "en" else g] for g in found.groups())
    days = {first}
    while first != last:
        first = (first + 1) % 7
        days.add(first)
    return found[0], frozenset(days)


# the days a service line's hours are for, said in a word: weekdays ('平日', '평일'), or
# every day ('毎日', '매일', 'daily', '7 days a week', '年中無休', '연중무휴'); read only
# beside a time of day, as hours are given (not 'daily flights', '毎日新聞')
_WEEKDAYS_WORD = {
    "en": lazy_compile(r"\bweekdays\b", re.IGNORECASE),
    "ja": lazy_compile("平日"),
    "ko": lazy_compile("평일"),
}
_EVERY_DAY_WORD = {
    "en": lazy_compile(
        r"\b(?:daily|every\sday|(?:seven|7)\sdays\sa\sweek|365\sdays\sa\syear)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("毎日(?!新聞)|年中無休|365日"),
    "ko": lazy_compile(r"매일|연중무휴|365일"),
}
_TIME_OF_DAY = lazy_compile(r"\d{1,2}:\d{2}|\d\s?(?:時|시|a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_WEEK = frozenset(range(7))
_MONDAY_TO_FRIDAY = frozenset(range(5))


def _named_days(text: str, lang: str) -> tuple[str, frozenset[int]] | None:
    """The days ``text``'s hours are for where it says them in a word ('平日 9:00～18:00'
    is Monday to Friday; 'daily, 9 a.m. to 6 p.m.' every day); None where it says both
    or neither, or gives no time of day."""
    weekdays, every_day = _WEEKDAYS_WORD.get(lang), _EVERY_DAY_WORD.get(lang)
    if weekdays is None or every_day is None or _TIME_OF_DAY.search(text) is None:
        return None
    some, every = weekdays.search(text), every_day.search(text)
    if (some is None) == (every is None):
        return None
    if some is not None:
        return some[0], _MONDAY_TO_FRIDAY
    assert every is not None
    return every[0], _WEEK


def _closed(text: str, lang: str) -> tuple[str, frozenset[int]] | None:
    """The weekend days ``text`` says are closed ('土日祝日を除く': Saturday, Sunday)."""
    pattern = EXCLUDED.get(lang)
    found = pattern.search(text) if pattern is not None else None
    if found is None:
        return None
    said = found[0]
    days = {_SATURDAY} if _CLOSED_SAT.search(said) else set()
    days |= {_SUNDAY} if _CLOSED_SUN.search(said) else set()
    return (said, frozenset(days)) if days else None


def weekday_range_changed(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """(what the source says, what the translation says) where the translation's weekday
    range ends on another day than the source's, or takes in a day the source closes
    (or the other way round), else None."""
    if source_lang not in _RANGES or target_lang not in _RANGES:
        return None
    if not any(j in target for j in _JOINS) and not any(j in source for j in _JOINS):
        return None
    theirs = _range(target, target_lang)
    ours = _range(source, source_lang)
    if theirs is None and ours is None:
        return None
    if ours is not None and theirs is not None:
        return (ours[0], theirs[0]) if ours[1] != theirs[1] else None
    if theirs is not None:
        closed = _closed(source, source_lang)
        if closed is not None and closed[1] & theirs[1]:
            return closed[0], theirs[0]
        return None
    assert ours is not None
    closed = _closed(target, target_lang)
    if closed is not None and closed[1] & ours[1]:
        return ours[0], closed[0]
    return None
