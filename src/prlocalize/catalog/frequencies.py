"""prlocalize.catalog.frequencies
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A count of flights or services given a day in the source and a week in the translation,
or the other way round, where the source says both periods (for PR410): '毎日1往復、…週4往復
…合計で週11往復' as 'one round trip daily, … four round trips a day, … 11 round trips a
week'. A source that says one period only is read word by word (directions._PER_DAY and
_PER_WEEK); one that says both is read count by count here: each count with the period
said right beside it ('週4', '1日最大2往復', '하루 4왕복', '주 11회', 'four round trips a
week', '14 weekly frequencies'). A count the translation gives with the other period, and
nowhere with its own, is reported.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

_DAY, _WEEK = "day", "week"
_EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "twenty-one": 21,
}  # fmt: skip
_EN_NUMBER = r"(?<![A-Za-z\d.,:-])(\d{1,3}|" + "|".join(_EN_NUMBERS) + r")(?![\d.,:])"
# a count, at most three words, then its period ('four round trips a week', '11 a week',
# 'one round trip daily'), or the period before what it counts ('14 weekly frequencies')
_EN = lazy_compile(
    _EN_NUMBER + r"(?:\s[A-Za-z-]+){0,3}?\s(?:(?:a|per|each|every)\s(day|week)\b|(daily|weekly)\b)",
    re.IGNORECASE,
)
_EN_PERIODS = {"day": _DAY, "daily": _DAY, "week": _WEEK, "weekly": _WEEK}
_EN_PERIOD_BEFORE = lazy_compile(_EN_NUMBER + r"\s(daily|weekly)\s[a-z]", re.IGNORECASE)
# '週4往復', '週 14便', '1日最大2往復', '毎日1往復', '1日あたり3便' (a date's '3月1日' is none)
_JA = lazy_compile(
    r"(?:(週)|(毎日|(?<![月\d０-９/.])(?<!月 )(?:1|１|一)日))"
    r"\s?(?:最大|あたり|当たり|平均)?\s?(\d{1,3})\s?(?:往復|便|回|本|往来)"
)
# '주 4왕복', '주 14회', '하루 최대 2왕복', '매일 1왕복', '1일 3편'
_KO = lazy_compile(
    r"(?:(?<![가-힣])(주)|(하루|매일|(?<![월\d./])(?<!월 )1일))"
    r"\s?(?:최대\s?|평균\s?)?(\d{1,3})\s?(?:왕복|편|회|차례|항차)"
)
# cheap tests: a text that may say a count a week, and one that may say a count a day
_WEEK_HINTS = {"en": ("week", "Week"), "ja": ("週",), "ko": ("주",)}
_DAY_HINTS = {"en": ("day", "Day", "daily", "Daily"), "ja": ("日",), "ko": ("하루", "매일", "1일")}


def _counts(text: str, lang: str) -> dict[tuple[int, str], str]:
    """(count, period) → the count with its period as written."""
    found: dict[tuple[int, str], str] = {}
    if lang == "en":
        for match in _EN.finditer(text):
            period = _EN_PERIODS[(match[2] or match[3]).casefold()]
            found.setdefault((_en_value(match[1]), period), match[0])
        for match in _EN_PERIOD_BEFORE.finditer(text):
            found.setdefault((_en_value(match[1]), _EN_PERIODS[match[2].casefold()]), match[0][:-2])
        return found
    pattern = _JA if lang == "ja" else _KO
    for match in pattern.finditer(text):
        found.setdefault((int(match[3]), _WEEK if match[1] else _DAY), match[0])
    return found


def _en_value(word: str) -> int:
    return int(word) if word.isdigit() else _EN_NUMBERS[word.casefold()]


def _says_both(text: str, lang: str) -> bool:
    periods = {period for _, period in _counts(text, lang)}
    return periods == {_DAY, _WEEK}


def frequencies_turned(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[tuple[str, str]]:
    """Each count of a source that says counts a day and counts a week that the target
    gives with the other period only: (as the source writes it, as the target does)."""
    if source_lang not in _WEEK_HINTS or target_lang not in _WEEK_HINTS:
        return []
    # (the source must say both periods; the target the other one of some count)
    if not any(h in source for h in _WEEK_HINTS[source_lang]) or not any(
        h in source for h in _DAY_HINTS[source_lang]
    ):
        return []
    if not any(h in target for h in (*_WEEK_HINTS[target_lang], *_DAY_HINTS[target_lang])):
        return []
    if not _says_both(source, source_lang):
        return []
    ours, theirs = _counts(source, source_lang), _counts(target, target_lang)
    out: list[tuple[str, str]] = []
    for (count, period), written in ours.items():
        other = _WEEK if period == _DAY else _DAY
        # (a count the source gives with both periods is no one period's)
        if (
            (count, other) in theirs
            and (count, period) not in theirs
            and (count, other) not in ours
        ):
            out.append((written, theirs[(count, other)]))
    return out
