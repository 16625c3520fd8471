"""prlocalize.catalog.stock_limits
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

An offer said to last only while its stock does ('なくなり次第終了', '소진 시까지',
'while supplies last'): a translation that drops the condition promises the offer for
its whole period, and a shop must then honour it. The source's condition is read
narrowly (the set phrases of a sale); the translation's broadly, as any word of stock,
selling out or a limited quantity, so that the condition said otherwise counts.
"""

from __future__ import annotations

import re

__all__ = ["stock_limit_dropped"]

_WHILE_STOCKS_LAST = {
    "en": re.compile(
        r"\bwhile\s(?:supplies|stocks?|quantities|they)\slast\b|"
        r"\buntil\s(?:supplies|stocks?|quantities)\s(?:run|runs|are|is)\sout\b|"
        r"\buntil\ssold\sout\b",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"(?:なく|無く)なり次第|売り切れ次第|売切れ次第|完売次第|品切れ次第|在庫限り"),
    "ko": re.compile(r"소진\s?(?:시|될\s?때|때)|품절\s?시|소진되는\s?대로"),
}
_STOCK_WORDS = {
    "en": re.compile(
        r"\b(?:suppl(?:y|ies)|stocks?|sell(?:s|ing)?\sout|sold\sout|run(?:s)?\sout|"
        r"limited\squantit\w*|last)\b",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"なくな|無くな|売り?切|完売|在庫|品切|数量限定|限定数|限り"),
    "ko": re.compile(r"소진|품절|재고|한정|물량|떨어"),
}


def stock_limit_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's 'while stocks last' ('なくなり次第終了') where the translation has no
    word of stock or selling out at all, else None."""
    said, loose = _WHILE_STOCKS_LAST.get(source_lang), _STOCK_WORDS.get(target_lang)
    if said is None or loose is None:
        return None
    found = said.search(source)
    if found is None or loose.search(target) is not None:
        return None
    return found[0]
