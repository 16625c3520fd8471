"""prlocalize.catalog.month_parts
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The part of a month a notice gives instead of a date: '3月上旬/中旬/下旬', '3월 초순/중순/
하순', 'early/mid-/late March', and its beginning or end ('3月末', '3월 말', 'the end of
March'). A translation that gives another part ('3月下旬' as 'early March') moves a mailing
or a start by weeks while the month's figure matches, so figures.py sees nothing.

A year's part is read the same way ('2029年末', '2029년 초', 'early 2029', 'by the end of
2029'): a rollout 'complete by the end of 2029' said '2029年初めまでに' is a year early.

Only a month or a year given with its part on both sides is judged; the beginning and the
first third are one part, and so are the end and the last third.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.screens import Screened, first_digit
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (
    r"(?P<name>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EARLY, _MID, _LATE = 0, 1, 2
_PARTS = {
    "上旬": _EARLY, "初旬": _EARLY, "初め": _EARLY, "はじめ": _EARLY, "中旬": _MID,
    "下旬": _LATE, "末": _LATE, "초순": _EARLY, "초": _EARLY, "중순": _MID, "하순": _LATE,
    "말": _LATE, "early": _EARLY, "beginning": _EARLY, "start": _EARLY, "mid": _MID,
    "middle": _MID, "late": _LATE, "end": _LATE,
    # a year's ('2029年初頭', '2029年半ば', '2029년 중반')
    "初頭": _EARLY, "半ば": _MID, "中頃": _MID, "前半": _EARLY, "後半": _LATE,
    "초반": _EARLY, "중반": _MID, "후반": _LATE,
    # Korean's other word for a month's first third, as notices write it ('3월 상순')
    "상순": _EARLY,
}  # fmt: skip
_CJK_PART = lazy_compile(
    r"(?<!\d)(?P<month>\d{1,2})\s?[月월]\s?"
    r"(?P<part>上旬|初旬|初め|はじめ|中旬|下旬|末|초순|상순|중순|하순|"
    # ('3월 초에', '3월 말까지', not '3월 말레이시아')
    r"[초말](?=[에까부경께쯤\s,.)]|$))"
)
# a year's part: '2029年末', '2029年度末', '2029년 말까지', '2029년 초반' (not '2029年中', 'during
# 2029', nor '2029년 중', which say the whole year)
_CJK_YEAR_PART = lazy_compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})\s?[年년]\s?(?:度\s?)?"
    r"(?P<part>初め|はじめ|初頭|半ば|中頃|末|前半|後半|초반|중반|후반|[초말](?=[에까부경께쯤\s,.)]|$))"
)
# 'early 2029', 'mid-2029', 'late-2029', 'end-2029', '(by) (the) end of 2029'
_EN_YEAR_PART = lazy_compile(
    r"\b(?:(?P<part>early|mid|late|end)[-\s]|(?:the\s)?(?P<part2>beginning|start|middle|end)"
    r"\sof\s)(?P<year>(?:19|20)\d{2})\b(?![-/.]\d)",
    re.IGNORECASE,
)
_EN_PART = lazy_compile(
    r"\b(?:(?P<part>early|mid|late)[-\s]|the\s(?P<part2>beginning|start|middle|end)\sof\s)"
    + _EN_MONTH
    + r"(?![A-Za-z])(?!\s\d{1,2}\b)",
    re.IGNORECASE,
)
# _EN_PART is tried at every character (some 5 µs a sentence); each of its matches holds
# one of these words, and each of _CJK_PART's a digit
_EN_PART_SCREENED = Screened(_EN_PART, ("early", "mid", "late", "beginning", "start", "end"))


@dataclass(frozen=True, slots=True)
class MonthPartChange:
    """A month given with one part in the source and another in the translation."""

    source: str
    target: str
    of_year: bool = False  # a year's part ('2029年末'), not a month's


def month_part_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[MonthPartChange]:
    """The months both texts give with a part ('下旬', 'early') where the parts differ."""
    if silent(memo, "month_parts.month_part_changes"):
        return []
    mine = _month_parts(source)
    if not mine:
        keep_silent(memo, "month_parts.month_part_changes")
        return []
    theirs = _month_parts(target)
    return [
        MonthPartChange(written, theirs[month][1], of_year=month > 12)
        for month, (part, written) in mine.items()
        if month in theirs and theirs[month][0] != part
    ]


def _month_parts(text: str) -> dict[int, tuple[int, str]]:
    """month → (its part, as written) for each month of ``text`` given with one, and
    year → (its part, as written) for each year (its number, never a month's); a month or
    year given with two parts is left out."""
    found: dict[int, tuple[int, str]] = {}
    clashes: set[int] = set()

    def add(month: int, part: int, written: str) -> None:
        if month in found and found[month][0] != part:
            clashes.add(month)
        found.setdefault(month, (part, written))

    digit = first_digit(text) >= 0
    if digit and ("月" in text or "월" in text):
        for match in _CJK_PART.finditer(text):
            add(int(match["month"]), _PARTS[match["part"]], match[0])
    if digit and ("年" in text or "년" in text):
        for match in _CJK_YEAR_PART.finditer(text):
            add(int(match["year"]), _PARTS[match["part"]], match[0])
    if _EN_PART_SCREENED.passes(text):
        for match in _EN_PART.finditer(text):
            word = (match["part"] or match["part2"]).casefold()
            # (the full stop of a sentence that ends on the month is not an abbreviation's)
            written = match[0] if len(match["name"]) == 3 else match[0].removesuffix(".")
            add(_EN_MONTHS.index(match["name"][:3].casefold()) + 1, _PARTS[word], written)
        for match in _EN_YEAR_PART.finditer(text) if digit else ():
            word = (match["part"] or match["part2"]).casefold()
            add(int(match["year"]), _PARTS[word], match[0])
    return {month: value for month, value in found.items() if month not in clashes}
