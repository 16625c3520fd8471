"""prlocalize.catalog.school_grades
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A school grade said in the other country's numbering. English counts grades from 1 to 12
across schools ('grade 7', 'grades 4 to 9', '8th-graders'); Japanese and Korean count each
school's years from one ('中学1年', '중학교 1학년', '中3', '고1', '中学校（1〜3年生）'). An
official translation writes grade 7 as 中学1年 and grade 9 as 중학교 3학년: the figure
changes, the pupil does not. Grades are matched by age, as the two systems line up
(elementary school grades 1 to 6, middle school 7 to 9, high school 10 to 12), so
'中学2年' for grade 9 is still a changed grade.

Only a number the source gives as a grade and the translation gives as a school's year
(with its school named: '3年生' alone is any school's) is read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from prlocalize.lazy_patterns import lazy_compile


class _Figure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def keys(self) -> frozenset[object]: ...


_RANGE = r"\s?(?:to|through|and|[-–—~〜～])\s?"
# English: 'grade 7', 'Grades 4 to 9', 'grades 4–6'; '8th grade', '4th to 9th graders'
_EN_GRADES = lazy_compile(
    rf"\bgrades?\s(\d{{1,2}})(?:{_RANGE}(\d{{1,2}}))?(?!\d|[.,]\d)"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)(?:{_RANGE}(\d{{1,2}})(?:st|nd|rd|th))?[\s-]grade",
    re.IGNORECASE,
)
# a school's year as Japanese and Korean write it, with the school before it; the year's
# counter ('年', '학년') after the number or after the range's end ('中学1〜3年生')
_YEAR = r"\s?(?:年|학년)"
# (a range, or a pair: '2·3학년', '1・2年生', '1、2年')
_CJK_RANGE = r"\s?(?:[〜～~\-–—·・、,]|から|부터|と|및)\s?"
_SCHOOL_WORDS = {
    "小学校": 0, "小学": 0, "초등학교": 0, "초등": 0,
    "中学校": 6, "中学": 6, "중학교": 6,
    "高等学校": 9, "高校": 9, "고등학교": 9, "고교": 9,
}  # fmt: skip
_SCHOOL_ALT = "|".join(sorted(_SCHOOL_WORDS, key=len, reverse=True))
_CJK_GRADES = lazy_compile(
    rf"({_SCHOOL_ALT})\s?[（(]?\s?(\d{{1,2}})(?:{_YEAR}|{_CJK_RANGE}(\d{{1,2}}){_YEAR})"
    # ... and the range's end said with its counter again ('中学1年生から3年生',
    # '중학교 1학년부터 3학년'), the school not repeated
    rf"(?:生?{_CJK_RANGE}(\d{{1,2}}){_YEAR})?"
    # the short forms, a pupil's own: '中3', '고1', '초6' (not inside a word: '最高3年')
    r"|(?<![\u3040-\u30ff\u4e00-\u9fff가-힣])([小中高초중고])(\d)(?!\d|[.,]\d)"
)
_SHORT_SCHOOLS = {"小": 0, "초": 0, "中": 6, "중": 6, "高": 9, "고": 9}
_CJK_GATE = lazy_compile(rf"{_SCHOOL_ALT}|[小中高초중고]\d")


def _en_grades(text: str) -> list[tuple[int, int, int]]:
    """(start, end, grade) of each grade number of an English text."""
    out = []
    for match in _EN_GRADES.finditer(text):
        for group in range(1, 5):
            if match[group] is not None:
                out.append((match.start(group), match.end(group), int(match[group])))
    return out


def _cjk_grades(text: str) -> list[tuple[int, int, int]]:
    """(start, end, grade counted from the first year of elementary school) of each
    school year of a Japanese or Korean text."""
    out = []
    for match in _CJK_GRADES.finditer(text):
        groups: tuple[int, ...] = (2, 3, 4) if match[1] is not None else (6,)
        offset = _SCHOOL_WORDS[match[1]] if match[1] is not None else _SHORT_SCHOOLS[match[5]]
        for group in groups:
            if match[group] is not None:
                out.append((match.start(group), match.end(group), int(match[group]) + offset))
    return out


def _grades(text: str) -> list[tuple[int, int, int]]:
    grades = _en_grades(text) if "rade" in text else []
    if _CJK_GATE.search(text):
        grades += _cjk_grades(text)
    return grades


def may_name_grades(source: str, target: str) -> bool:
    """Cheap test: one side names an English grade, the other may name a school's year."""
    return ("rade" in source and "rade" not in target) or (
        "rade" in target and "rade" not in source
    )


def _value(figure: _Figure) -> int | None:
    values = [k for k in figure.keys if isinstance(k, Decimal)]
    if len(values) != 1 or values[0] != values[0].to_integral_value():
        return None
    return int(values[0])


def grades_renumbered(
    source: str,
    target: str,
    missing: Sequence[_Figure],
    have: Sequence[_Figure],
    used: list[bool],
) -> set[int]:
    """The ``id`` of each missing source figure that is a grade the target gives in its own
    school's numbering; the target figure that says it is marked used."""
    mine = _grades(source)
    if not mine:
        return set()
    theirs = _grades(target)
    if not theirs:
        return set()
    said: set[int] = set()
    for item in missing:
        grade = next((g for s, e, g in mine if s <= item.start and item.end <= e), None)
        if grade is None or _value(item) is None:
            continue
        for index, figure in enumerate(have):
            if used[index]:
                continue
            here = next((g for s, e, g in theirs if s <= figure.start and figure.end <= e), None)
            if here == grade and _value(figure) != _value(item):
                used[index] = True
                said.add(id(item))
                break
    return said
