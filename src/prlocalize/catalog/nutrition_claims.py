"""prlocalize.catalog.nutrition_claims
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A food or drink's claim about a nutrient ('糖類ゼロ', 'zero sugar', '무설탕', 'sugar-free',
'低糖質', 'low sugar', '저당', 'カロリーオフ'): a label regulated by every market, where
'zero' (none to speak of) and 'low' (less than usual) are two claims a maker must prove
differently. A translation that says the one for the other ('糖類ゼロ' as 'low sugar',
'저당' as 'zero sugar') passes every figure check, as neither has a figure.

Each side's claims are read as levels, zero or low, whatever nutrient they name ('zero
sugar' and 'sugar-free' are one claim, '無糖' too); only a translation whose every claim
is the other level is reported, so that a sentence claiming both ('zero sugar and low
in calories') said in any order stays silent.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["claim_level_changed"]

_EN_NUTRIENT = (
    r"(?:added\s)?(?:sugars?|carbs?|carbohydrates?|calories?|cal|fat|salt|sodium|caffeine"
    r"|alcohol|purines?)"
)
_ZERO = {
    "en": lazy_compile(
        rf"\b(?:zero|no|0\s?g|0)[\s-]{_EN_NUTRIENT}\b|\b{_EN_NUTRIENT}[\s-]free\b"
        r"|\bunsweetened\b|\bnon-?alcoholic\b|\bdecaf(?:feinated)?\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"(?:糖質|糖類|糖分|カロリー|脂肪|脂質|塩分|食塩|カフェイン|アルコール|プリン体)"
        r"(?:ゼロ|０|0|フリー|不使用)|(?:ノン|無)(?:糖|カロリー|脂肪|カフェイン|アルコール)"
        r"|ゼロ(?:シュガー|カロリー)|シュガー(?:レス|フリー)|砂糖不使用"
    ),
    "ko": lazy_compile(
        r"(?:제로|무)\s?(?:슈거|슈가|칼로리|카페인|알코올|지방)"
        # ('당' alone after no figure or unit: '100ml당 0.5g' is per 100 ml)
        r"|(?:당류|(?<![가-힣0-9A-Za-z])당|칼로리|카페인|지방|나트륨)\s?(?:제로|0\s?g?(?![0-9.,])|프리)"
        r"|무가당|무설탕|무알코올|논알코올|슈[거가]\s?프리|노\s?슈[거가]"
    ),
}
_LOW = {
    "en": lazy_compile(
        rf"\b(?:low|lower|reduced|less|light|lite)[\s-](?:in\s)?{_EN_NUTRIENT}\b"
        r"|\b(?:sugar|calorie|fat|salt|sodium|carb)[\s-](?:reduced|light)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"低(?:糖質|糖|カロリー|脂肪|脂質|塩|カフェイン|アルコール)|微糖|減塩|甘さ(?:控えめ|ひかえめ)"
        r"|(?:糖質|糖類|糖分|カロリー|脂肪|脂質|塩分|カフェイン)(?:オフ|カット|控えめ|ひかえめ|ハーフ)"
    ),
    "ko": lazy_compile(
        r"저(?:당|칼로리|지방|나트륨|염|카페인|알코올)(?![가-힣])|저당(?=\s|[,.)]|$)"
        r"|(?:당류|당|칼로리|지방|나트륨)(?:을|를|이|가)?\s?(?:라이트|감소|줄인|낮춘|다운)"
    ),
}
# what a text must hold to make a claim at all: a nutrient's word (a substring test)
_GATE = {
    "en": ("ugar", "alor", "carb", "fat", "salt", "sodium", "affein", "lcohol", "urine", "sweet"),
    "ja": ("糖", "カロリー", "脂", "塩", "カフェイン", "アルコール", "プリン体", "シュガー"),
    "ko": ("당", "칼로리", "지방", "나트륨", "카페인", "알코올", "슈거", "슈가", "저염"),
}


def _levels(text: str, lang: str) -> dict[str, str]:
    """The claim levels ``text`` makes ('zero', 'low'), each with its first wording."""
    found: dict[str, str] = {}
    for level, patterns in (("zero", _ZERO), ("low", _LOW)):
        pattern = patterns.get(lang)
        match = pattern.search(text) if pattern is not None else None
        if match is not None:
            found[level] = match[0]
    return found


def claim_level_changed(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """(the source's claim, the translation's) where the source claims a nutrient at one
    level ('糖類ゼロ') and the translation only at the other ('low sugar'), else None."""
    gate = _GATE.get(source_lang)
    if gate is None or target_lang not in _GATE or not any(word in source for word in gate):
        return None
    mine = _levels(source, source_lang)
    if len(mine) != 1:
        return None
    theirs = _levels(target, target_lang)
    if len(theirs) != 1 or theirs.keys() == mine.keys():
        return None
    return next(iter(mine.values())), next(iter(theirs.values()))
