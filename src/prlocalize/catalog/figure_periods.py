"""prlocalize.catalog.figure_periods
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The period a figure is given for, read beside the figure itself: 'KRW 19,900 per month',
'3.5 hours per week', '月額2,180円', '週3回', '年額19万9,000ウォン', '월 1만9900원',
'주당 평균 3.5시간', '연 19만9000원'. A sentence that gives a monthly plan and an annual one
says both periods, so the checks that compare the periods a sentence says (directions.py)
see nothing when one figure's period is turned ('JPY 2,180 per month' as '年額2,180円'
beside a true '月額'); here each figure keeps its own.

A figure is judged only where the translation gives the same figure with a period beside
it, and none of its copies with the source's period: a period the translation says apart
from its figure ('平均で週に…') is not judged, and a sentence whose one period PR410 finds
turned ('月額' as 'a year') is left to it.
"""

from __future__ import annotations

import re
from typing import Any

from prlocalize.catalog.directions import reversals
from prlocalize.catalog.figures import Item, items, normal_text
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_EN_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "annum": "year"}
# English says the period after the figure and its unit ('3.5 hours per week', 'KRW 19,900
# a month', '$9.99/month'), but not a span's 'a year ago' or 'a week later'
_EN_AFTER = lazy_compile(
    r"(?:\s(?:[A-Za-z]+|%)){0,2}?\s?(?:\s(?:per|a|each|every)\s|/\s?)"
    r"(day|week|month|year|annum)\b(?!\s(?:earlier|ago|later|before|after|or|and a half))",
    re.IGNORECASE,
)
# Japanese and Korean say it before ('月額2,180円', '週3回', '1日平均2時間', '월 1만9900원',
# '주당 평균 3.5시간', '하루 2시간'); a date's '3月' or '2026년' is no period (a digit before)
_JA_BEFORE = lazy_compile(
    r"(?:(?P<month>月額|毎月|(?<![\d〇一二三四五六七八九十今来先前翌同当毎各か])月|"
    r"1か月(?:あたり|当たり|に))"
    r"|(?P<year>年額|毎年|(?<![\d〇一二三四五六七八九十今来昨前翌同当毎各])年|1年(?:あたり|当たり|に))"
    r"|(?P<week>毎週|週|1週間(?:あたり|当たり|に))"
    r"|(?P<day>日額|毎日|(?<![\d月])1日(?:あたり|当たり|に)?))"
    r"(?:に)?(?:平均|最大|最高|約)?\s?$"
)
_KO_BEFORE = lazy_compile(
    r"(?<![가-힣\d])(?:(?P<month>월|매월|매달|월간|월평균|한\s?달에)"
    r"|(?P<year>연|매년|연간|연평균|1년에)"
    r"|(?P<week>주|주당|매주|주간|주평균|일주일에|한\s?주에)"
    r"|(?P<day>하루|매일|일평균|하루에))"
    r"\s?(?:평균\s?|최대\s?|최고\s?|약\s?)?$"
)
_REACH = 12  # characters read before a figure for a Japanese or Korean period
_GATES = {
    "en": lazy_compile(r"\b(?:per|a|each|every)\s(?:day|week|month|year|annum)\b|/\s?(?:day|week|"
                     r"month|year)\b", re.IGNORECASE),
    "ja": lazy_compile("[月年週日]"),
    "ko": lazy_compile("[월연주달하매일]"),
}  # fmt: skip


def _periods(text: str, lang: str) -> list[tuple[Item, str, str]]:
    """(figure, its period, the words that say it) of each figure given with a period."""
    out = []
    for item in items(text):
        if item.kind != "number" or item.percent:
            continue
        if lang == "en":
            found = _EN_AFTER.match(text, item.end, item.end + 40)
            if found is not None:
                out.append((item, _EN_PERIODS[found[1].lower()], text[item.start : found.end()]))
            continue
        pattern = _JA_BEFORE if lang == "ja" else _KO_BEFORE
        start = max(0, item.start - _REACH)
        before = pattern.search(text[start : item.start])
        if before is not None:
            period = next(k for k in ("month", "year", "week", "day") if before[k] is not None)
            out.append((item, period, text[start + before.start() : item.end]))
    return out


def periods_changed(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> list[tuple[str, str]]:
    """(the source's figure with its period, the translation's) for each figure the
    translation gives for another period only ('JPY 2,180 per month' as '年額2,180円')."""
    if silent(memo, "figure_periods.periods_changed"):
        return []
    gate = _GATES.get(source_lang)
    if gate is None or not gate.search(source):
        keep_silent(memo, "figure_periods.periods_changed")
        return []
    if target_lang == source_lang or target_lang not in _GATES:
        return []
    source, target = normal_text(source), normal_text(target)
    if not _GATES[target_lang].search(target):
        return []
    mine = _periods(source, source_lang)
    if not mine:
        keep_silent(memo, "figure_periods.periods_changed")
        return []
    theirs = _periods(target, target_lang)
    out = []
    for item, period, said in mine:
        copies = [(p, w) for other, p, w in theirs if item.fits(other)]
        if copies and all(p != period for p, _ in copies):
            out.append((said, copies[0][1]))
    if out and reversals(source, target, source_lang, target_lang):
        return []  # (a period said once and turned is PR410's, which quotes its words)
    return out
