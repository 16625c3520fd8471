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

A law's two dates are read the same way: its promulgation's and its entry into force
('12월 22일 공포되어 2027년 6월 23일부터 시행', '12月22日に公布され、2027年6月23日から施行',
'promulgated on December 22 and take effect on June 23, 2027'), which a ministry's release
gives side by side and a translation may trade. Their dates may be a month and a day
without the year.
"""

from __future__ import annotations

import re
from typing import Any

from prlocalize.catalog.directions import LAW_IN_FORCE, LAW_PROMULGATED, WORKS_DONE, WORKS_START
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_DATE = {
    "ja": lazy_compile(r"(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?|(\d{4})\s?年"),
    "ko": lazy_compile(r"(?:(\d{4})\s?년\s?)?(\d{1,2})\s?월(?:\s?(\d{1,2})\s?일)?|(\d{4})\s?년"),
    "en": lazy_compile(
        r"\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s"
        r"(?:(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?|(\d{4}))\b|(\d{4}))\b",
        re.IGNORECASE,
    ),
}
_CLAUSE = 40  # how far from its word a date of that end may stand
# a date: its year, month and day, 0 where it does not say one
_Date = tuple[int, int, int]


def _dates(text: str, lang: str) -> list[tuple[int, int, _Date]]:
    out = []
    for match in _DATE[lang].finditer(text):
        if lang == "en":
            month = _MONTHS.index(match[1].lower()[:3]) + 1 if match[1] else 0
            year = int(match[3] or match[4] or match[5] or 0)
            day = int(match[2] or 0)
        else:
            year = int(match[1] or match[4] or 0)
            month, day = int(match[2] or 0), int(match[3] or 0)
        out.append((match.start(), match.end(), (year, month, day)))
    return out


def _dated(text: str, lang: str, word: re.Pattern[str]) -> _Date | None:
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
    return _swapped(
        source, target, source_lang, target_lang, (WORKS_START, WORKS_DONE),
        memo=memo, name="milestones.ends_swapped",
    )  # fmt: skip


def law_dates_swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> bool:
    """Whether ``target`` dates a law's promulgation as ``source`` dates its entry into
    force, and its entry into force as the source dates its promulgation."""
    return _swapped(
        source, target, source_lang, target_lang, (LAW_PROMULGATED, LAW_IN_FORCE),
        memo=memo, name="milestones.law_dates_swapped",
    )  # fmt: skip


def _swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    ends: tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]],
    *,
    memo: dict[str, Any] | None,
    name: str,
) -> bool:
    """Whether ``target`` dates the first of two ends as ``source`` dates the second, and
    the second as the source dates the first."""
    if silent(memo, name):
        return False
    if source_lang not in _DATE or target_lang not in _DATE or source_lang == target_lang:
        return False
    start, done = ends[0].get(source_lang), ends[1].get(source_lang)
    their_start, their_done = ends[0].get(target_lang), ends[1].get(target_lang)
    if start is None or done is None or their_start is None or their_done is None:
        return False
    ours = _dated(source, source_lang, start), _dated(source, source_lang, done)
    if ours[0] is None or ours[1] is None:
        keep_silent(memo, name)  # (the source's dates alone)
        return False
    theirs = _dated(target, target_lang, their_start), _dated(target, target_lang, their_done)
    if theirs[0] is None or theirs[1] is None:
        return False
    # (dates the translation gives by their years alone may fit either order: not judged)
    kept = _same(theirs[0], ours[0]) and _same(theirs[1], ours[1])
    return _same(theirs[0], ours[1]) and _same(theirs[1], ours[0]) and not kept


def _same(one: _Date, other: _Date) -> bool:
    """The same date in every part both say ('2026' is '2026年3月', 'June 23' is
    '2027년 6월 23일'), and at least one part said by both."""
    shared = [(a, b) for a, b in zip(one, other, strict=True) if a and b]
    return bool(shared) and all(a == b for a, b in shared)
