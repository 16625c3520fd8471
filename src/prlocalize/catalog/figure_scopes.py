"""prlocalize.catalog.figure_scopes
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a figure of a donation, a grant or a volunteering report counts, beyond the figure:

- a running total ('延べ1,200人', '累計35億円', '누적 봉사시간 3만 시간', '연인원', 'a total
  of', 'cumulative'): said as a one-time figure ('1,200 employees took part'), a
  programme's years of giving read as one year's;
- a share of each recipient ('1人あたり', '1인당', 'per student', 'each winner'): left
  out, each student's grant reads as the whole round's;
- a yearly rate ('年間120万円', '연 500만 원', 'a year', 'annually'): left out, a year's
  grant reads as the whole scholarship;
- a gift the company matches ('同額を上乗せ', '매칭그랜트', 'matched by'): left out, the
  company's half of the money is no longer said to be its own.

The figures themselves are the same on both sides, so the figure checks pass. Each scope
is read narrowly in the source (the set phrases that put a figure in that scope) and
broadly in the translation (any word of it, the perfect that says a running total, 'each'
or 'per' for any basis), so that a scope said otherwise counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["ScopeDropped", "scopes_dropped", "total_said_each", "yearly_rate_added"]


@dataclass(frozen=True, slots=True)
class _Scope:
    what: str  # how the message names it
    said: dict[str, re.Pattern[str]]  # the source's set phrases
    loose: dict[str, re.Pattern[str]]  # any word of it in a translation
    keys: dict[str, tuple[str, ...]]  # a substring each set phrase holds (a cheap pre-test)
    figure: bool  # only in a source with a figure
    giving: bool = False  # only in a source that speaks of giving ('matched' a forecast is no gift)
    # not of a percentage: a rate is a year's unless it says otherwise, so English leaves
    # 'per annum' out of '연 5.5% 적금' as official translations do
    no_rate: bool = False


_SCOPES = (
    _Scope(
        "running total",
        {
            "en": lazy_compile(
                r"\bcumulative(?:ly)?\b|\bin\stotal\b|\ba\stotal\sof\b",
                re.IGNORECASE,
            ),
            # '延べ床面積' is a total too (an area's, 'total floor area'); not '通算3度目',
            # a count of times, which English says as 'its third'
            # nor '第3四半期累計期間', a quarterly report's months to date ('the first nine
            # months'), which English says by its months
            "ja": lazy_compile(r"延べ|のべ(?=\s?[\d０-９])|累計(?!期間)|累積"),
            "ko": lazy_compile(r"누적|연인원|누계"),
        },
        {
            "en": lazy_compile(
                r"\btotal|\bcumulative|\baccumulat|\bin\sall\b|\baltogether\b|\bso\sfar\b|"
                r"\bto\sdate\b|\bsince\b|\bcombined\b|\boverall\b|\baggregate|"
                r"\bover\sthe\s(?:past|last|years)\b|\b(?:has|have)\b|\bgross\b|\bmonths\b|"
                r"\byear[\s-]to[\s-]date\b|\bYTD\b|\b(?:person|man)[\s-](?:days|hours|times)\b",
                re.IGNORECASE,
            ),
            "ja": lazy_compile(
                r"延べ|のべ|延|累計|累積|通算|合計|総|計|これまで|までに|以来|あわせ|合わせ|"
                r"て(?:き|来)(?:まし|た)"
            ),
            "ko": lazy_compile(
                r"누적|연인원|연면적|누계|통산|총|합계|합쳐|모두|지금까지|그간|그동안|이후|부터|"
                r"[아어여해]\s?왔"
            ),
        },
        {
            "en": ("cumulative", "total"),
            "ja": ("延べ", "のべ", "累"),
            "ko": ("누적", "연인원", "누계"),
        },
        True,
    ),
    _Scope(
        "share of each recipient",
        {
            "en": lazy_compile(
                r"\bper\s(?:student|person|recipient|scholar|participant|employee|head|winner|"
                r"member|child|family|household|organi[sz]ation|group|team|school|pupil)s?\b|"
                r"\bapiece\b|\beach\s(?:student|recipient|scholar|winner|participant|employee|"
                r"person|organi[sz]ation|group|team|school|pupil|household|family|of\sthem)\b",
                re.IGNORECASE,
            ),
            # not 'それぞれ', '각각': of two figures, English says 'respectively' or nothing
            "ja": lazy_compile(
                r"(?:1|１|一)\s?(?:人|名|団体|校|世帯|社)(?:あたり|当たり|につき)|お一人様|"
                r"一人ひとり"
            ),
            "ko": lazy_compile(r"[1１]\s?(?:인|명|곳|단체|가구|개교)당|(?<![가-힣])인당"),
        },
        {
            "en": lazy_compile(
                r"\bper\b|\beach\b|\bapiece\b|\bevery\b|\bindividual|\brespective|\bboth\b",
                re.IGNORECASE,
            ),
            "ja": lazy_compile(r"あたり|当たり|につき|それぞれ|各|ずつ|毎|一人|1人|1名|ひとり"),
            # ('1인 1개 한정': a purchase limit per customer, as shops write it)
            "ko": lazy_compile(r"당|각|씩|마다|한\s?명|1명|개별|(?<![\d.,])[1１]\s?인(?![가-힣])"),
        },
        {
            "en": ("per ", "each ", "apiece"),
            "ja": ("あたり", "当たり", "につき", "一人"),
            "ko": ("당",),
        },
        True,
    ),
    _Scope(
        "yearly rate",
        {
            # not 'a year ago', 'within a year', 'for a year', 'a year-on-year rise'
            "en": lazy_compile(
                r"(?<!\bfor\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bthan\s)"
                r"(?<!\bnearly\s)(?<!\balmost\s)(?<!\babout\s)(?<!\bhalf\s)"
                r"\ba\syear\b(?!\s(?:ago|earlier|before|later|after|from|on|or|and|of|in|when|that|to|"
                r"since|long|ahead|out|into)\b)(?!-)|"
                r"\bper\s(?:year|annum)\b|\bannually\b|\b(?:each|every)\syear\b",
                re.IGNORECASE,
            ),
            # '年間120万円', '年500万ウォン', '年1回'; not '3年間' (a span) nor '2026年3月',
            # '同年4月' (dates)
            # (a limit or an approximation may come between: '年間最大6,000万円', '연 최대 5억 원')
            "ja": lazy_compile(
                r"(?<![\d０-９])年間(?=\s?(?:最大で?|最高|上限|約|およそ|平均)?\s?[\d０-９])|毎年|年額|"
                r"(?<![\d０-９年])年(?=\s?(?:最大で?|最高|約)?\s?[\d０-９][\d０-９,，.]*\s?"
                r"(?:万|億|千|円|ドル|ウォン|回|人|件|本))"
            ),
            "ko": lazy_compile(
                r"연간|매년|해마다|(?<![가-힣\d])연\s?(?=(?:최대|최고|약|평균)?\s?\d)"
            ),
        },
        {
            # not a span of years ('for three years', '5 years'): a rate's year is one
            # year ('a year', 'yearly', 'each year'), or every few ('every two years')
            # (a fiscal year names the year a whole year's figure is of: '연간 순이익 목표' as
            # 'a net profit target for fiscal 2026', '年間売上高' as 'full-year sales')
            "en": lazy_compile(
                r"\byear(?!s)|\b(?:every|each\sof\sthe)\s(?:\w+\s)?years\b|\bannual|"
                r"\bper\sannum\b|\bfiscal\b|\bFY\s?'?\d",
                re.IGNORECASE,
            ),
            "ja": lazy_compile(
                r"(?<![\d０-９])年間|毎年|年額|年(?:あたり|当たり|ごと|平均)|"
                r"(?<![\d０-９年])年(?=\s?(?:最大で?|最高|約)?\s?[\d０-９])|(?<![\d０-９])1年|"
                r"一年|例年|年次|年々|年年|年ごと|年度|通期|年[\d０-９]{1,2}月期|"
                # a year's sum by its word ('年収590万円未満', '年商', '年会費')
                r"年(?:収|俸|商|会費|利|率)"
            ),
            "ko": lazy_compile(
                r"연간|매년|해마다|(?<![가-힣\d])연\s?(?=(?:최대|최고|약|평균)?\s?\d)|(?<!\d)1년|"
                r"한\s?해|년마다|연평균|연례|연도|"
                r"(?<![가-힣])연(?:봉|소득|매출|수입|회비|리)|(?<![가-힣])연\s소득"
            ),
        },
        {"en": ("year", "annum", "annually"), "ja": ("年",), "ko": ("연", "매년", "해마다")},
        True,
        no_rate=True,
    ),
    _Scope(
        "gift matched",
        {
            "en": lazy_compile(
                r"\bmatched\b|\bmatch(?:es)?\s(?:every|each|all|its|their|the|employees?)\b|"
                r"\bmatching[\s-](?:gift|grant|fund|donation|contribution|scheme|programme|"
                r"program)s?\b|\bdollar[\s-]for[\s-]dollar\b",
                re.IGNORECASE,
            ),
            "ja": lazy_compile(
                r"同額を?(?:上乗せ|拠出|寄付|寄附|加算|負担|支出)|マッチング・?ギフト|"
                r"マッチング(?:寄付|寄附|方式|制度|ファンド)"
            ),
            "ko": lazy_compile(
                r"매칭\s?(?:그랜트|기프트|펀드|기부)|같은\s?금액|동일한?\s?금액|동액"
            ),
        },
        {
            "en": lazy_compile(
                r"\bmatch|\bequal|\bsame\samount\b|\bdoubl|\bdollar[\s-]for[\s-]dollar\b|"
                r"\bone[\s-]for[\s-]one\b",
                re.IGNORECASE,
            ),
            "ja": lazy_compile(r"同額|マッチング|同じ額|同じ金額|倍"),
            "ko": lazy_compile(r"매칭|같은\s?금액|동일|동액|두\s?배|만큼"),
        },
        {"en": ("match", "dollar"), "ja": ("同額", "マッチング"), "ko": ("매칭", "금액", "동액")},
        False,
        giving=True,
    ),
)


# every pattern above, where tests/hardening/test_linear_time.py (which walks a module's
# dicts and tuples, not its dataclasses) finds them
_PATTERNS = tuple(p for scope in _SCOPES for d in (scope.said, scope.loose) for p in d.values())

# a word of giving money, in a source
_GIVING = {
    "en": lazy_compile(
        r"\bdonat|\bgift|\bcontribut|\bgrant|\bfund|\braise|\bcharit", re.IGNORECASE
    ),
    "ja": lazy_compile(r"寄付|寄附|募金|義援|寄贈|拠出|助成|支援金|ギフト"),
    "ko": lazy_compile(r"기부|성금|모금|기탁|후원|기금|그랜트|기프트|지원금"),
}


# a percentage right after a period's word ('연 5.5%', '年0.30%') or right before it
# ('3.25% a year')
# (from a figure's first digit: a search tries no start inside a run of digits)
_PERCENT_AFTER = lazy_compile(
    r"\s?(?:約|약|about\s)?(?<![\d０-９,.])[\d０-９][\d０-９,.]*\s?(?:%|％|퍼센트|percent)"
)
_PERCENT_BEFORE = lazy_compile(r"(?:%|％|percent)\s?$")


def _of_a_percentage(text: str, start: int, end: int) -> bool:
    return (
        _PERCENT_AFTER.match(text, end) is not None
        or _PERCENT_BEFORE.search(text, max(0, start - 10), start) is not None
    )


@dataclass(frozen=True, slots=True)
class ScopeDropped:
    said: str  # the source's words ('延べ', 'per student')
    what: str  # the scope they give ('running total')


def scopes_dropped(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[ScopeDropped]:
    """Each scope the source gives a figure in its set words ('延べ1,200人', '1인당 연 500만
    원', 'matched by') where the translation has no word of it at all."""
    found: list[ScopeDropped] = []
    has_figure: bool | None = None
    for scope in _SCOPES:
        keys, said, loose = (
            scope.keys.get(source_lang),
            scope.said.get(source_lang),
            scope.loose.get(target_lang),
        )
        if keys is None or said is None or loose is None:
            continue
        folded = source.casefold() if source_lang == "en" else source
        if not any(key in folded for key in keys):
            continue  # (most pairs: a substring test, no pattern)
        if scope.figure:
            if has_figure is None:
                has_figure = any(c.isdigit() for c in source)
            if not has_figure:
                continue
        if scope.giving and (giving := _GIVING.get(source_lang)) and not giving.search(source):
            continue
        words = said.search(source)
        if words is None or loose.search(target) is not None:
            continue
        if scope.no_rate and _of_a_percentage(source, words.start(), words.end()):
            continue
        found.append(ScopeDropped(words[0].strip(), scope.what))
    return found


# a sum the source gives over a span of years or as a total ('5년간 총 45억 원', '5年間で3億円',
# 'a total of ¥300 million over five years'), which a yearly rate in the translation
# multiplies by the years
_SPAN_TOTAL = {
    "en": lazy_compile(
        r"\bover\s(?:the\s(?:next|past|coming)\s)?(?:\w+|\d+)\syears\b|\ba\stotal\sof\b|"
        r"\bin\stotal\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"(?<![\d０-９])[\d０-９]+\s?年間(?:で|の|に)|総額|総事業費"),
    "ko": lazy_compile(r"(?<![\d])\d+\s?년\s?(?:간|동안)(?:\s?총)?|(?<![가-힣])총\s?(?=\d)"),
}
_SPAN_KEYS = {"en": ("years", "total"), "ja": ("年間", "総"), "ko": ("년", "총")}


def yearly_rate_added(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """(the source's span or total, the translation's yearly words) where the source
    gives a sum over years or in total and no year's rate at all, and the translation
    says a year's ('5년간 총 45억 원' as '4.5 billion won a year for five years'): the sum
    reads as many times itself."""
    yearly = next(scope for scope in _SCOPES if scope.what == "yearly rate")
    span, said, loose = (
        _SPAN_TOTAL.get(source_lang),
        yearly.said.get(target_lang),
        yearly.loose.get(source_lang),
    )
    if span is None or said is None or loose is None:
        return None
    folded = target.casefold() if target_lang == "en" else target
    if not any(key in folded for key in yearly.keys[target_lang]):
        return None  # (most pairs: substring tests, no pattern)
    if not any(key in source for key in _SPAN_KEYS[source_lang]):
        return None
    total = span.search(source)
    if total is None or loose.search(source) is not None or not any(c.isdigit() for c in source):
        return None
    words = said.search(target)
    if words is None or _of_a_percentage(target, words.start(), words.end()):
        return None
    return total[0].strip(), words[0].strip()


# -- automotive recall notices: a total over models said of each of them ('計2車種、
# 61,223台' as '61,223 vehicles of each of two models', '2개 차종 각 61,223대'), which
# counts the recall twice over
_TOTAL_SAID = {
    "en": lazy_compile(r"\ba\stotal\sof\b|\bin\stotal\b|\bcombined\b|\baltogether\b", re.I),
    # ('計2車種', '合計61,223台', not '推計1,200', '設計', '計画')
    "ja": lazy_compile(r"(?<![推設会統集時余見概])(?:合|総)?計(?=\s?[\d０-９])|合計|総数"),
    "ko": lazy_compile(r"(?<![가-힣])총\s?(?=\d)|합계|모두\s합쳐"),
}
_TOTAL_KEYS = {"en": ("total", "combined", "altogether"), "ja": ("計", "総数"), "ko": ("총", "합")}
_EACH_SAID = {
    "en": lazy_compile(
        r"\beach\b|\bapiece\b|\brespectively\b|\bper\s(?:model|vehicle\stype)\b", re.I
    ),
    "ja": lazy_compile(r"各(?=[\d０-９]|車種|モデル)|それぞれ|ずつ"),
    "ko": lazy_compile(r"(?<![가-힣])각(?:각)?(?![가-힣])|씩"),
}
_EACH_KEYS = {
    "en": ("each", "apiece", "respectively", "per "),
    "ja": ("各", "それぞれ", "ずつ"),
    "ko": ("각", "씩"),
}


def total_said_each(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """(the source's total, the translation's 'each') where the source gives a figure in
    total and the translation gives it of each, with no word of a total, else None."""
    keys, each_keys = _TOTAL_KEYS.get(source_lang), _EACH_KEYS.get(target_lang)
    if keys is None or each_keys is None:
        return None
    folded = target.casefold() if target_lang == "en" else target
    if not any(k in folded for k in each_keys) or not any(k in source for k in keys):
        return None  # (most pairs: substring tests, no pattern)
    total = _TOTAL_SAID[source_lang].search(source)
    if total is None or not any(c.isdigit() for c in source):
        return None
    each = _EACH_SAID[target_lang].search(target)
    running = next(scope for scope in _SCOPES if scope.what == "running total")
    if each is None or running.loose[target_lang].search(target) is not None:
        return None
    if _EACH_SAID[source_lang].search(source) is not None:
        return None  # the source says 'each' too ('各2,000台、計4,000台')
    return total[0].strip(), each[0].strip()
