"""prlocalize.catalog.ordinal_counts
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A figure that is an ordinal on one side and a count of things on the other: a chain's
300th store ('全国300店舗目', '300번째 매장', '300号店') said as its 300 stores ('300店舗',
'300개 매장'), or the other way round. The figure is the same, so the figure check passes,
but the one opens a store and the other says the chain has that many.

Only ordinals and counts of what a release counts one by one are read: an English
ordinal ('300th'), a Japanese '目' or '号店' after a counter and '第' before a figure,
a Korean '번째', '째' or '호점'; a count is the figure before a counter of stores,
companies, persons, units or places ('店舗', '社', '人', '개', '곳', '명', '대'), in
English before a plural noun. What English says as an ordinal and the others as a
figure alone ('10th anniversary' as '10周年', '2nd floor' as '2階', '5th consecutive
year' as '5年連続') has no counter either side reads, and stays silent.
"""

from __future__ import annotations

import re
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, remembered, silent
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["ordinal_said_as_count"]

_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+)"
_JA_COUNTER = r"(?:店舗|店|社|人|名|台|件|校|施設|拠点|か所|カ所|ヶ所|箇所|個|本|機)"
_KO_COUNTER = r"(?:개\s?(?:매장|점포|사|소)?|곳|명|대|건|개사|개교|호기)"
# ('第…号', '제…호' name a number, a patent's, a case's or a law's: '特許第7123456号',
# '제10-2345678호', '法律第54号' are 'No. 7,123,456', not the 7,123,456th of anything;
# '第3号店', '제3호점' are a chain's third store)
_ORDINAL = {
    "en": lazy_compile(rf"(?<![\w.,$\-]){_FIGURE}(?:st|nd|rd|th)\b"),
    "ja": lazy_compile(
        rf"(?<![\d.,]){_FIGURE}\s?(?:{_JA_COUNTER}目|番目|号店)|第\s?{_FIGURE}(?!\d|\s?号(?!店))"
    ),
    "ko": lazy_compile(
        rf"(?<![\d.,]){_FIGURE}\s?(?:번째|째|호점|번\s?째)|제\s?{_FIGURE}(?!\d|\s?호(?!점))"
    ),
}
# an English count is a figure before a plural noun: not a word ending in 's' that is
# none ('Patent No. 7,123,456 was granted', '3 is', '2 as')
_NOT_PLURAL = r"(?!(?:was|has|is|as|its|this|thus|plus|less|us|does|across|versus|whereas)\b)"
_COUNT = {
    "en": lazy_compile(rf"(?<![\w.,$\-]){_FIGURE}\s{_NOT_PLURAL}(?:[a-z]+-)?[a-z]+s\b"),
    "ja": lazy_compile(rf"(?<![\d.,]){_FIGURE}\s?{_JA_COUNTER}(?![目舗])"),
    "ko": lazy_compile(rf"(?<![\d.,]){_FIGURE}\s?{_KO_COUNTER}(?!\s?째)"),
}
# the marks an ordinal needs in each language (a substring test before any pattern)
_ORDINAL_MARKS = {
    "en": ("st", "nd", "rd", "th"),
    "ja": ("目", "第", "号店"),
    "ko": ("째", "호점", "제"),
}


def _figures(pattern: re.Pattern[str], text: str) -> dict[int, str]:
    found: dict[int, str] = {}
    for match in pattern.finditer(text):
        digits = next(g for g in match.groups() if g is not None)
        found.setdefault(int(digits.replace(",", "")), match[0])
    return found


def _ordinals(text: str, lang: str) -> dict[int, str]:
    if not any(mark in text for mark in _ORDINAL_MARKS[lang]):
        return {}
    return _figures(_ORDINAL[lang], text)


def _source_reading(text: str, lang: str) -> tuple[dict[int, str], dict[int, str]]:
    """(the ordinals, the counts) of a source: what each direction reads of it."""
    return _ordinals(text, lang), _figures(_COUNT[lang], text)


def ordinal_said_as_count(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[str, str] | None:
    """(the source's figure, the translation's) where one side gives a figure as an
    ordinal ('300th') and the other gives the same figure only as a count ('300店舗'),
    else None. ``memo``: a dict kept with ``source`` (see
    :mod:`prlocalize.catalog.source_readings`)."""
    if source_lang not in _ORDINAL or target_lang not in _ORDINAL or source_lang == target_lang:
        return None
    if silent(memo, "ordinal_counts.ordinal_said_as_count"):
        return None
    # the source's ordinals and counts, read once for every catalog of the msgid: an
    # ordinal of the source wants a count of the translation, an ordinal of the
    # translation a count of the source, so a source with neither is silent
    mine, my_counts = remembered(
        memo, "ordinal_counts", lambda text: _source_reading(text, source_lang), source
    )
    if not mine and not my_counts:
        keep_silent(memo, "ordinal_counts.ordinal_said_as_count")
        return None
    theirs: dict[int, str] | None = None
    their_counts: dict[int, str] | None = None
    if mine:
        their_counts = _figures(_COUNT[target_lang], target)
        theirs = _ordinals(target, target_lang)
        for figure, said in mine.items():
            if figure in their_counts and figure not in theirs and figure not in my_counts:
                return said, their_counts[figure]
    if theirs is None:
        theirs = _ordinals(target, target_lang)
    if not theirs or not my_counts:
        return None
    for figure, said in theirs.items():
        if figure in my_counts and figure not in mine:
            if their_counts is None:
                their_counts = _figures(_COUNT[target_lang], target)
            if figure not in their_counts:
                return my_counts[figure], said
    return None
