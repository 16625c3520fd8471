"""prlocalize.catalog.count_nouns
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a count counts, people or places: '120 schools' as '120校', '120개 학교', '120곳';
'6,800 students' as '6,800人', '6,800명'. A translation that keeps the figure but counts
people where the source counts schools ('120 schools' as '120人', '310 classrooms' as
'310명') says another thing, and the figures match.

Only a figure both texts count is judged, and only where the translation counts it as
the other kind everywhere it gives it.
"""

from __future__ import annotations

import re
from typing import Any

from prlocalize.catalog.figures import items, normal_text
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

# what English counts after the figure, a word between allowed ('42 public schools')
_EN_AFTER = lazy_compile(
    r"(?:\s[A-Za-z-]{1,20})?\s(?:(?P<places>schools|campuses|classrooms|branches|academies|"
    r"cram\sschools|kindergartens)|(?P<people>students|pupils|learners|teachers|instructors|"
    r"educators|children|parents|people|users|participants|employees))\b",
    re.IGNORECASE,
)
# ... and Japanese and Korean, by the counter ('42校', '310教室', '42개 학교', '42곳';
# '6,800人', '6,800名', '6,800명')
_CJK_AFTER = lazy_compile(
    r"\s?(?:(?P<places>校(?![舎長正門庭歌])|教室|개교|개\s?학교|개\s?학원|곳)"
    r"|(?P<people>人(?![目前分件])|名(?![目前称義])|명(?![의칭단소]|예|성|절)))"
)
_GATES = {
    "en": lazy_compile(
        r"schools|campuses|classrooms|branches|academies|kindergartens", re.IGNORECASE
    ),
    "ja": lazy_compile("校|教室"),
    "ko": lazy_compile("개교|학교|학원|곳"),
}


def _counted(text: str, lang: str) -> list[tuple[frozenset[object], str, str]]:
    """(the figure's value, what it counts, how the two are written) of each count."""
    after = _EN_AFTER if lang == "en" else _CJK_AFTER
    out = []
    for item in items(text):
        if item.kind != "number" or item.percent or item.currency:
            continue
        found = after.match(text, item.end)
        if found is not None:
            kind = "places" if found["places"] is not None else "people"
            out.append((item.keys, kind, text[item.start : found.end()].strip()))
    return out


def count_nouns_changed(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> list[tuple[str, str]]:
    """(the source's count, the translation's) for each count of places the translation
    gives as a count of people, or the other way round ('120 schools' as '120人')."""
    if silent(memo, "count_nouns.count_nouns_changed"):
        return []
    gate = _GATES.get(source_lang)
    if gate is None or not gate.search(source):
        keep_silent(memo, "count_nouns.count_nouns_changed")
        return []
    if target_lang == source_lang or target_lang not in _GATES:
        return []
    source, target = normal_text(source), normal_text(target)
    mine = [c for c in _counted(source, source_lang) if c[1] == "places"]
    if not mine:
        keep_silent(memo, "count_nouns.count_nouns_changed")
        return []
    theirs = _counted(target, target_lang)
    out = []
    for keys, kind, said in mine:
        copies = [(k, w) for value, k, w in theirs if value & keys]
        if copies and all(k != kind for k, _ in copies):
            out.append((said, copies[0][1]))
    return out
