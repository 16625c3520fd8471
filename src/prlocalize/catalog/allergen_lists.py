"""prlocalize.catalog.allergen_lists
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A food's list of allergens ('アレルギー物質：乳成分・大豆・もも', '알레르기 유발 성분:
밀·우유·대두', 'Allergens: milk, soybeans and peach') that the translation gives with an
item fewer: a label a buyer's safety depends on, and no figure of it changes, so the
figure check passes.

Only a list its label names is read (the source's label strictly: 'アレルギー', '特定原材料',
'알레르기', 'allergens'; the translation's also as English's 'contains'): in Japanese and
Korean the first run of items joined by '・', '·', '、' or ',' after it, in English the
items after it up to the sentence's end, joined by commas and 'and'. What brackets
say of an item ('milk (lactose)') is no item. Only a translation naming fewer items is
reported: one naming more may spell out an item ('乳成分' as 'milk and milk products').
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["allergens_dropped"]

_SOURCE_LABEL = {
    "ja": lazy_compile(r"アレルギー|アレルゲン|特定原材料"),
    "ko": lazy_compile(r"알레르기|알러지"),
    "en": lazy_compile(r"\ballergens?\b", re.IGNORECASE),
}
_TARGET_LABEL = {
    **_SOURCE_LABEL,
    "en": lazy_compile(r"\ballergens?\b|\b(?:may\s)?contains?\b", re.IGNORECASE),
}
_GATE = {"ja": ("アレル", "特定原材料"), "ko": ("알레르기", "알러지"), "en": ("llergen", "LLERGEN")}
_BRACKETED = lazy_compile(r"\([^()]{0,80}\)|（[^（）]{0,80}）")
# a list after the label's colon, or else the first run of items joined by a middle dot
# ('特定原材料のうち、乳・小麦を含む': '、' there ends a clause, no item)
_COLON = lazy_compile(r"[^：:。.]{0,30}[：:]")
_CJK_END = lazy_compile(r"[。.]|$")
_DOTS = lazy_compile(r"[・·]")
_COMMAS = lazy_compile(r"[、,，]")
# what ends a run of items on either side (found by hand from the first dot: a pattern
# for the run would try every start of a long text without a dot)
_RUN_ENDS = frozenset(" \t\n\u3000、,，:：。")
_EN_END = lazy_compile(r"[.;。]|$")
_EN_SEPARATOR = lazy_compile(r",\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or|&)\s+")
_EN_LEAD = lazy_compile(
    r"^[\s:：,]*(?:(?:it\s|this\sproduct\s)?(?:may\s)?contains?:?\s|include[sd]?:?\s)?",
    re.IGNORECASE,
)


def _items(text: str, lang: str, labels: dict[str, re.Pattern[str]]) -> list[str]:
    """The allergens the list after ``text``'s label names, [] where it names none."""
    plain = _BRACKETED.sub(" ", text)
    label = labels[lang].search(plain)
    if label is None:
        return []
    rest = plain[label.end() :]
    if lang == "en":
        rest = rest[: _EN_END.search(rest).start()]  # type: ignore[union-attr]
        at = rest.find(":")
        if at >= 0:
            rest = rest[at + 1 :]
        rest = _EN_LEAD.sub("", rest, count=1)
        items = [i.strip() for i in _EN_SEPARATOR.split(rest)]
        return [i for i in items if i]
    colon = _COLON.match(rest)
    if colon is not None:
        segment = rest[colon.end() :]
        segment = segment[: _CJK_END.search(segment).start()]  # type: ignore[union-attr]
    else:
        dot = _DOTS.search(rest)
        if dot is None:
            return []
        start = end = dot.start()
        while start > 0 and rest[start - 1] not in _RUN_ENDS:
            start -= 1
        while end < len(rest) and rest[end] not in _RUN_ENDS:
            end += 1
        segment = rest[start:end]
    separator = _DOTS if _DOTS.search(segment) else _COMMAS
    return [i.strip() for i in separator.split(segment) if i.strip()]


def allergens_dropped(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """(the source's list, the translation's) where the translation's list of allergens
    names fewer items than the source's, else None."""
    gate = _GATE.get(source_lang)
    if gate is None or target_lang not in _GATE or not any(word in source for word in gate):
        return None
    mine = _items(source, source_lang, _SOURCE_LABEL)
    if len(mine) < 2:
        return None
    theirs = _items(target, target_lang, _TARGET_LABEL)
    if not theirs or len(theirs) >= len(mine):
        return None
    joiner = ", " if source_lang == "en" else "・"
    return joiner.join(mine), ", ".join(theirs)
