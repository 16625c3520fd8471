"""prlocalize.catalog.remedies
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A recall's remedy as a notice states it: the part inspected, and replaced only where the
inspection finds it affected ('ロット番号を点検し、対象ロットの場合は交換します', '점검하고
필요시 교환', 'inspect … and replace it if necessary'). A translation that keeps the
replacement and drops the inspection ('dealers will replace the inflator') says every
vehicle's part is replaced: owners expect a new part, a dealer's stock is planned for
all of them, and every figure and name still matches.

Only a sentence whose source says both the inspection and the replacement is judged, and
only a translation that says the replacement without any word for an inspection or a
check.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

_INSPECT = {
    "en": lazy_compile(
        r"\b(?:inspect|check|examin|test|diagnos|servic|maintenance)", re.IGNORECASE
    ),
    "ja": lazy_compile(r"点検|検査|確認|調査|診断|整備"),
    "ko": lazy_compile(r"점검|검사|확인|조사|진단|정비"),
}
# the replacement as the remedy's verb, not a noun ('replacement parts', '交換用部品',
# '교체용 부품')
_REPLACE = {
    "en": lazy_compile(r"\breplac(?:e|es|ed|ing)\b", re.IGNORECASE),
    "ja": lazy_compile(r"交換(?!用|部品|品)|取り?替え(?!用)|取り換え"),
    "ko": lazy_compile(r"교환(?!용)|교체(?!용)"),
}
# a cheap test before the patterns: some word for the replacement in both texts
_REPLACE_WORDS = ("replac", "Replac", "交換", "取替", "取り替", "取り換", "교환", "교체")


def inspection_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's word for the inspection ('点検') where the translation keeps the
    replacement and names no inspection or check, else None."""
    if not any(w in source for w in _REPLACE_WORDS) or not any(w in target for w in _REPLACE_WORDS):
        return None
    inspect_source, inspect_target = _INSPECT.get(source_lang), _INSPECT.get(target_lang)
    replace_source, replace_target = _REPLACE.get(source_lang), _REPLACE.get(target_lang)
    if None in (inspect_source, inspect_target, replace_source, replace_target):
        return None
    assert inspect_source and inspect_target and replace_source and replace_target
    said = inspect_source.search(source)
    if said is None or replace_source.search(source) is None:
        return None
    if replace_target.search(target) is None or inspect_target.search(target) is not None:
        return None
    return said[0]
