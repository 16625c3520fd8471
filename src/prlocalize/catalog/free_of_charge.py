"""prlocalize.catalog.free_of_charge
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A price the source says is free ('高校生以下無料', '청소년 무료', 'children free') that the
translation gives as a sum instead ('high school students ¥500'): no word says it is paid,
so the opposites of free and paid do not meet, and the figures of the source all match;
the sum is one more than the source gives.
"""

from __future__ import annotations

import re

_SAID_FREE = {
    "en": re.compile(
        r"\bfree of charge\b|\bfor free\b|\b(?:is|are|be|remains?) free\b|"
        r"\bfree (?:admission|entry|of charge)\b|\bat no (?:cost|charge)\b|"
        # a list of prices by category ('Adults ¥1,800; children free')
        r"\bfree(?=\s*(?:$|[;,.)]))",
        re.IGNORECASE,
    ),
    "ja": re.compile("無料|無償"),
    "ko": re.compile("무료|무상"),
}
# read broadly in the translation: any word that says no price is asked
_ANY_FREE = {
    "en": re.compile(
        r"\bfree\b|\bcomplimentary\b|\bno (?:charge|cost|fee)\b|\bwithout charge\b", re.IGNORECASE
    ),
    "ja": re.compile("無料|無償|０円|(?<![\\d,])0円|不要|タダ"),
    "ko": re.compile("무료|무상|(?<![\\d,])0원|불필요"),
}
_AMOUNT = {
    "en": re.compile(
        # (from a number's first digit only: linear on a long run of digits)
        r"(?:US|HK)?[$¥₩€£]\s?\d|(?<![\d,.])\d[\d,.]*(?<=\d)\s?(?:yen|won|dollars?|euros?)\b",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"[$¥₩€£＄￥]\s?\d|\d\s?(?:円|ドル|ウォン|ユーロ)"),
    "ko": re.compile(r"[$¥₩€£]\s?\d|\d\s?(?:만\s?)?(?:원|엔|달러|유로)"),
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
