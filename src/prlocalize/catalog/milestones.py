"""prlocalize.catalog.milestones
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A building's two dates, its groundbreaking's and its completion's, given the other way
round in a translation: '2023年10月に着工し、2026年3月に竣工' as 'Construction began in
March 2026 and was completed in October 2023'. Every date is there and both ends of the
works are named, so neither the figures nor the opposites (directions.py) see it.

Each end is paired with its date as the language places it: Japanese and Korean say the
date before the word ('2026年3月に竣工', '2026년 3월 준공'), English after it ('completed
in March 2026'; before it where nothing follows: 'a March 2026 completion'). Only a
message that dates both ends on both sides is judged.
"""

from __future__ import annotations

import re
from typing import Any

from prlocalize.catalog.directions import WORKS_DONE, WORKS_START
from prlocalize.catalog.source_readings import keep_silent, silent

_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_DATE = {
    "ja": re.compile(r"(\d{4})\s?年\s?(?:(\d{1,2})\s?月)?"),
    "ko": re.compile(r"(\d{4})\s?년\s?(?:(\d{1,2})\s?월)?"),
    "en": re.compile(
        r"\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s"
        r"(?:\d{1,2},?\s)?)?(\d{4})\b",
        re.IGNORECASE,
    ),
}
_CLAUSE = 40  # how far from its word a date of that end may stand


def _dates(text: str, lang: str) -> list[tuple[int, int, tuple[int, int]]]:
    out = []
    for match in _DATE[lang].finditer(text):
        if lang == "en":
            month = _MONTHS.index(match[1].lower()[:3]) + 1 if match[1] else 0
            year = int(match[2])
        else:
            year, month = int(match[1]), int(match[2] or 0)
        out.append((match.start(), match.end(), (year, month)))
    return out


def _dated(text: str, lang: str, word: re.Pattern[str]) -> tuple[int, int] | None:
    """The date of the one end ``word`` names in ``text``, else None."""
    found = list(word.finditer(text))
    if len(found) != 1:
        return None
    at = found[0]
    dates = _dates(text, lang)
    before = [d for d in dates if d[1] <= at.start() and at.start() - d[1] <= _CLAUSE]
    after = [d for d in dates if d[0] >= at.end() and d[0] - at.end() <= _CLAUSE]
    if lang == "en":
        chosen = after[0] if after else (before[-1] if before else None)
    else:
        chosen = before[-1] if before else None
    return chosen[2] if chosen else None


def ends_swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> bool:
    """Whether ``target`` dates the works' start as ``source`` dates their completion,
    and their completion as the source dates their start."""
    if silent(memo, "milestones.ends_swapped"):
        return False
    if source_lang not in _DATE or target_lang not in _DATE or source_lang == target_lang:
        return False
    start, done = WORKS_START.get(source_lang), WORKS_DONE.get(source_lang)
    their_start, their_done = WORKS_START.get(target_lang), WORKS_DONE.get(target_lang)
    if start is None or done is None or their_start is None or their_done is None:
        return False
    ours = _dated(source, source_lang, start), _dated(source, source_lang, done)
    if ours[0] is None or ours[1] is None:
        keep_silent(memo, "milestones.ends_swapped")  # (the source's dates alone)
        return False
    theirs = _dated(target, target_lang, their_start), _dated(target, target_lang, their_done)
    if theirs[0] is None or theirs[1] is None:
        return False
    # (dates the translation gives by their years alone may fit either order: not judged)
    kept = _same(theirs[0], ours[0]) and _same(theirs[1], ours[1])
    return _same(theirs[0], ours[1]) and _same(theirs[1], ours[0]) and not kept


def _same(one: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    """The same year, and the same month where both say one ('2026' is '2026年3月')."""
    if one is None or other is None:
        return False
    return one[0] == other[0] and (0 in (one[1], other[1]) or one[1] == other[1])
