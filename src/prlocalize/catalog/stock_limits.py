"""prlocalize.catalog.stock_limits
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

An offer said to last only while its stock does ('なくなり次第終了', '소진 시까지',
'while supplies last'): a translation that drops the condition promises the offer for
its whole period, and a shop must then honour it. The source's condition is read
narrowly (the set phrases of a sale); the translation's broadly, as any word of stock,
selling out or a limited quantity, so that the condition said otherwise counts.

An offer limited in time, in number or to some buyers ('期間限定', '数量限定発売', '기간
한정', '한정 수량', 'for a limited time', 'limited-edition') is read the same way: the
source's limit narrowly, by the set phrases of a launch (not 'limited' alone: '限定的な影響',
'Co., Limited', '한정식'), and the translation's broadly, as any word of a limit, an end, an
exclusive or a stock ('まで', 'only', 'until', 'seasonal', '소진'), so that a limit said with
its dates or as 'while supplies last' counts.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["limited_offer_dropped", "stock_limit_dropped"]

_WHILE_STOCKS_LAST = {
    "en": lazy_compile(
        r"\bwhile\s(?:supplies|stocks?|quantities|they)\slast\b|"
        r"\buntil\s(?:supplies|stocks?|quantities)\s(?:run|runs|are|is)\sout\b|"
        r"\buntil\ssold\sout\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"(?:なく|無く)なり次第|売り切れ次第|売切れ次第|完売次第|品切れ次第|在庫限り"
    ),
    "ko": lazy_compile(r"소진\s?(?:시|될\s?때|때)|품절\s?시|소진되는\s?대로"),
}
_STOCK_WORDS = {
    "en": lazy_compile(
        r"\b(?:suppl(?:y|ies)|stocks?|sell(?:s|ing)?\sout|sold\sout|run(?:s)?\sout|"
        r"limited\squantit\w*|last)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"なくな|無くな|売り?切|完売|在庫|品切|数量限定|限定数|限り"),
    "ko": lazy_compile(r"소진|품절|재고|한정|물량|떨어"),
}


def stock_limit_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's 'while stocks last' ('なくなり次第終了') where the translation has no
    word of stock or selling out at all, else None."""
    return _said_and_dropped(
        _WHILE_STOCKS_LAST.get(source_lang), _STOCK_WORDS.get(target_lang), source, target
    )


def _said_and_dropped(
    said: re.Pattern[str] | None, loose: re.Pattern[str] | None, source: str, target: str
) -> str | None:
    """What ``said`` finds in ``source`` where ``loose`` finds nothing in ``target``."""
    if said is None or loose is None:
        return None
    found = said.search(source)
    if found is None or loose.search(target) is not None:
        return None
    return found[0]


_LIMITED_OFFER = {
    "en": lazy_compile(
        r"\bfor\sa\slimited\s(?:time|period)\b|"
        r"\blimited[\s-](?:time|edition|quantit(?:y|ies)|release|run|offer|supply|production)\b|"
        r"\b(?:quantities|supplies|stocks?|numbers)\s(?:are|is)\s(?:strictly\s)?limited\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"(?:期間|数量|季節|地域|店舗|会員|個数|本数|台数|シーズン|冬季|夏季|春季|秋季|年末|初回)限定"
        r"|限定(?:発売|販売|品|商品|メニュー|デザイン|パッケージ|ラベル|フレーバー|版|モデル|カラー|セット|数)"
    ),
    "ko": lazy_compile(
        r"(?:기간|수량|지역|매장|회원|시즌|계절|온라인|초판)\s?한정"
        r"|한정\s?(?:수량|판매|판(?![가-힣])|출시|메뉴|에디션|제품|상품|물량|기간|패키지|디자인)"
    ),
}
_ANY_LIMIT = {
    "en": lazy_compile(
        r"\b(?:limited|only|until|till|through|while|ends?|ending|exclusive\w*|seasonal|season"
        r"|sold\sout|runs?\sout|suppl(?:y|ies)|stocks?|special[\s-]edition)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"限|まで|のみ|だけ|なくな|無くな|売り?切|完売|品切|在庫|終了"),
    "ko": lazy_compile(r"한정|까지|에만|만\s?(?:판매|출시|제공)|소진|품절|재고|종료|단독|전용"),
}


def limited_offer_dropped(
    source: str, target: str, source_lang: str, target_lang: str
) -> str | None:
    """The source's limit of an offer ('期間限定', 'for a limited time') where the
    translation has no word of a limit, an end or a stock at all, else None."""
    gate = "imited" if source_lang == "en" else "限定" if source_lang == "ja" else "한정"
    if gate not in source:
        return None
    return _said_and_dropped(
        _LIMITED_OFFER.get(source_lang), _ANY_LIMIT.get(target_lang), source, target
    )
