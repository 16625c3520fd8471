"""prlocalize.catalog.free_of_charge
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A price the source says is free ('高校生以下無料', '청소년 무료', 'children free') that the
translation gives as a sum instead ('high school students ¥500'): no word says it is paid,
so the opposites of free and paid do not meet, and the figures of the source all match;
the sum is one more than the source gives. Nor does a translation that drops the word
and says nothing of the price ('生活保護世帯の方は無料で接種できます' as '기초생활수급 가구는
접종할 수 있다'): a vaccination or a service offered free reads as one paid for.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

_SAID_FREE = {
    "en": lazy_compile(
        r"\bfree of charge\b|\bfor free\b|\b(?:is|are|be|remains?) free\b|"
        r"\bfree (?:admission|entry|of charge)\b|\bat no (?:cost|charge)\b|"
        # a list of prices by category ('Adults ¥1,800; children free')
        r"\bfree(?=\s*(?:$|[;,.)]))|"
        # what a plan, a school or a shop gives without charge ('free access', 'a 14-day
        # free trial', 'free tutoring', 'free shipping'; not 'free time', 'free trade')
        r"\bfree\s(?:access|trials?|tuition|lessons?|classes|courses?|tutoring|tier|version|"
        r"plan|use|shipping|delivery|downloads?|parking|Wi-?Fi|meals?|lunch(?:es)?|"
        r"breakfast|tickets?|consultations?|screenings?|check-?ups?|vaccinations?|shuttle|"
        r"samples?|membership|subscriptions?|upgrades?|installation|returns)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("無料|無償"),
    "ko": lazy_compile("무료|무상"),
}
# read broadly in the translation: any word that says no price is asked
_ANY_FREE = {
    "en": lazy_compile(
        r"\bfree\b|\bcomplimentary\b|\bno (?:charge|cost|fee)\b|\bwithout charge\b", re.IGNORECASE
    ),
    "ja": lazy_compile("無料|無償|０円|(?<![\\d,])0円|不要|タダ"),
    "ko": lazy_compile("무료|무상|(?<![\\d,])0원|불필요"),
}
_AMOUNT = {
    "en": lazy_compile(
        # (from a number's first digit only: linear on a long run of digits)
        r"(?:US|HK)?[$¥₩€£]\s?\d|(?<![\d,.])\d[\d,.]*(?<=\d)\s?(?:yen|won|dollars?|euros?)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"[$¥₩€£＄￥]\s?\d|\d\s?(?:円|ドル|ウォン|ユーロ)"),
    "ko": lazy_compile(r"[$¥₩€£]\s?\d|\d\s?(?:만\s?)?(?:원|엔|달러|유로)"),
}


def free_priced(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's word for free where the translation says nothing is free and gives
    more sums of money than the source does; None otherwise."""
    said = _SAID_FREE.get(source_lang)
    broad, amounts = _ANY_FREE.get(target_lang), _AMOUNT.get(target_lang)
    if said is None or broad is None or amounts is None or source_lang not in _AMOUNT:
        return None
    found = said.search(source)
    if found is None or broad.search(target) is not None:
        return None
    if len(amounts.findall(target)) <= len(_AMOUNT[source_lang].findall(source)):
        return None
    return found[0]


# ... and the words that say no price is asked in other terms than 'free' ('自己負担なし',
# '全額公費', '본인부담금 없이', '전액 지원', 'at no cost', 'the city covers the full cost')
_NO_PRICE = {
    "en": lazy_compile(
        r"\b(?:cost(?:s|ing)? nothing|no out-of-pocket|without (?:cost|paying)|waived|"
        r"(?:covers?|covered|pays?|paid|bears?|borne) (?:for )?(?:the )?"
        r"(?:full|entire|whole|all)\b|"
        r"fully (?:covered|subsidi[sz]ed|funded|paid)|publicly funded|"
        r"no (?:[a-z-]+ )?(?:fees?|charges?|costs?))",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        "負担(?:なし|は?ありません|はない|がない|ゼロ)|かかりません|費用なし|全額(?:公費|助成|補助)|"
        "公費負担|(?:料金|入場料|参加費|費用|手数料)(?:は|が)?(?:かかりません|なし|ありません)"
    ),
    "ko": lazy_compile(
        r"부담(?:\s?없|이\s?없|금\s?없)|들지\s?않|전액\s?(?:지원|국비|무상|부담)|공짜|"
        r"(?:요금|입장료|참가비|비용|수수료|접종비)(?:은|는|이|가)?\s?(?:없|받지\s?않)"
    ),
}


# after 'free': what a thing is free of, not a price ('free of preservatives', 'free from
# side effects'), and a way of selling ('free-to-play')
_NOT_A_PRICE = lazy_compile(r"-|\s{1,3}(?:of|from)\b(?!\s{1,3}(?:charge|cost)\b)", re.IGNORECASE)


def free_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's word for free where the translation says nothing free in any words
    and gives no sum of money it does not (a price given instead is free_priced's), else
    None."""
    if source_lang == "en":
        lowered = source.lower()  # (the pre-test: what every match of the pattern holds)
        if "free" not in lowered and "no c" not in lowered:
            return None
    said = _SAID_FREE.get(source_lang)
    broad, other = _ANY_FREE.get(target_lang), _NO_PRICE.get(target_lang)
    if said is None or broad is None or other is None:
        return None
    found = said.search(source)
    if found is None or _NOT_A_PRICE.match(source, found.end()) is not None:
        return None  # ('free-to-play' is a way of selling, '부분 유료'; 'free of preservatives')
    if found[0][:1] in "Ff" and source[found.start() - 1 : found.start()] == "-":
        return None  # ('thimerosal-free', 'barrier-free': without a thing)
    if _AN_OFFER_BEFORE.search(source[max(0, found.start() - 30) : found.start()]) is not None:
        return None  # ('buy one and get one free': an offer, which '1+1' says)
    if broad.search(target) is not None or other.search(target) is not None:
        return None
    return found[0]


# before 'free': what a purchase gets ('buy one and get one free', 'get a second pair
# free'), an offer a translation names its own way ('1+1 행사', '1つ買うと1つ無料')
_AN_OFFER_BEFORE = lazy_compile(r"\bget\s(?:[A-Za-z-]+\s){0,2}$", re.IGNORECASE)
