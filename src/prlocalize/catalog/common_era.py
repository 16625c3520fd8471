"""prlocalize.catalog.common_era
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A year or a century before the common era ('3rd century BCE', '500 B.C.', '紀元前3世紀',
'기원전 1세기') that a translation gives without saying so ('紀元3世紀', '1st century'),
or one the translation puts before the era where the source does not. The number stays,
so figures alone do not see it, but the object is then some six hundred years off.

The mark is judged once for the whole message: a range that says it once ('3rd to 1st
century BCE') may be written with it twice ('紀元前3世紀から紀元前1世紀').
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

# before the era, as the three languages mark it; 'BC' only after a figure or a
# century's word, since 'BC' alone is also a province ('Vancouver, BC')
_BEFORE = lazy_compile(
    r"(?<![A-Za-z])(?:B\.\s?C\.(?:\s?E\.)?|BCE)(?![A-Za-z])"
    r"|(?:(?<=\d)|(?<=\d )|(?<=century )|(?<=millennium ))BC(?![A-Za-z])"
    r"|before\s(?:the\s)?(?:[Cc]ommon\s[Ee]ra|Christ)"
    r"|紀元前|기원전|서기전"
)
# a year, a century or a millennium the mark may go with
_DATED = lazy_compile(
    r"\d\s?(?:st|nd|rd|th)?\s(?:century|millennium)|\d\s?(?:世紀|千年紀|세기|천년기|年|년)"
    r"|\d{3,4}",
    re.IGNORECASE,
)
_GATE = lazy_compile(r"B\.?\s?C|before|紀元前|기원전|서기전")


def era_mark_changed(source: str, target: str) -> tuple[str, str] | None:
    """('dropped' or 'added', the mark) where only one of ``source`` and ``target`` dates
    something before the common era and both give a year or a century; else None."""
    if _GATE.search(source) is None and _GATE.search(target) is None:
        return None
    said, their = _BEFORE.search(source), _BEFORE.search(target)
    if (said is None) == (their is None):
        return None
    if _DATED.search(source) is None or _DATED.search(target) is None:
        return None
    return ("dropped", said[0]) if said is not None else ("added", their[0])  # type: ignore[index]
