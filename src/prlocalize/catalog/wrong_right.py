"""prlocalize.catalog.wrong_right
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A correction notice's pair of the wrong and the right value ('誤：約1万2,000台　正：約1万
4,000台', '정정 전: 2만 3천 개 / 정정 후: 3만 2천 개', 'Incorrect: 12,000 / Correct:
14,000') that a translation gives the other way round: the same two figures, so figures
see nothing missing, but the reader takes the wrong one for the correction.

The pair is read where each value follows its label ('誤', '訂正前', '정정 전', 'Incorrect',
'Before', with a colon or in brackets); only figures are compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from prlocalize.catalog.figures import Item, items
from prlocalize.catalog.source_readings import keep_silent, silent

# (a wrong value of at most 80 characters: the pattern stays linear where a text holds
# many labels)
# the labels, each ending in a colon or a closing bracket ('誤：', '【誤】', '(정정 전)',
# 'Incorrect:'), not a word that only holds one ('正式', '誤解', 'Correctly')
_OPEN = r"(?:^|(?<=[\s【\[(（「/／|｜;；、,.。]))[【\[(（]?"
_CLOSE = r"\s?(?:[:：]|[】\])）][:：]?)"
_WRONG = {
    "ja": r"(?:誤|(?:訂正|修正|変更)前)",
    "ko": r"(?:(?:정정|수정|변경)\s?전|오류)",
    "en": r"(?:Incorrect|Wrong|Error|Erroneous|Before(?:\scorrection)?|Original)",
}
_RIGHT = {
    "ja": r"(?:正|(?:訂正|修正|変更)後)",
    "ko": r"(?:(?:정정|수정|변경)\s?후|바른\s?표기)",
    "en": r"(?:Correct(?:ed)?|Right|After(?:\scorrection)?|Revised)",
}
_PAIR = {
    lang: re.compile(
        rf"{_OPEN}{wrong}{_CLOSE}(?P<wrong>.{{1,80}}?){_OPEN}{_RIGHT[lang]}{_CLOSE}(?P<right>.+)",
        re.IGNORECASE,
    )
    for lang, wrong in _WRONG.items()
}


def _pair(text: str, lang: str) -> tuple[tuple[Item, ...], tuple[Item, ...]] | None:
    pattern = _PAIR.get(lang)
    if pattern is None:
        return None
    found = pattern.search(text)
    if found is None:
        return None
    wrong, right = tuple(items(found["wrong"])), tuple(items(found["right"]))
    return (wrong, right) if wrong and right else None


def _all_fit(said: Sequence[Item], given: Sequence[Item]) -> bool:
    return all(any(item.fits(other) for other in given) for item in said)


def wrong_right_swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[str, str] | None:
    """(the source's wrong value, its right value) where the translation's pair gives the
    right value as the wrong one and the wrong as the right, else None."""
    if silent(memo, "wrong_right.wrong_right_swapped"):
        return None
    mine = _pair(source, source_lang)
    if mine is None:
        keep_silent(memo, "wrong_right.wrong_right_swapped")
        return None
    theirs = _pair(target, target_lang)
    if theirs is None:
        return None
    wrong, right = mine
    if _all_fit(wrong, right):
        return None  # (the pair corrects a word, not a figure)
    their_wrong, their_right = theirs
    if _all_fit(wrong, their_right) and _all_fit(right, their_wrong):
        return wrong[0].text, right[0].text
    return None
