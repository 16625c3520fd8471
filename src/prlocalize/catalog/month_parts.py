"""prlocalize.catalog.month_parts
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The part of a month a notice gives instead of a date: '3月上旬/中旬/下旬', '3월 초순/중순/
하순', 'early/mid-/late March', and its beginning or end ('3月末', '3월 말', 'the end of
March'). A translation that gives another part ('3月下旬' as 'early March') moves a mailing
or a start by weeks while the month's figure matches, so figures.py sees nothing.

Only a month given with its part on both sides is judged; the beginning and the first
third are one part, and so are the end and the last third.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.screens import Screened, first_digit
from prlocalize.catalog.source_readings import keep_silent, silent

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
}  # fmt: skip
_CJK_PART = re.compile(
    r"(?<!\d)(?P<month>\d{1,2})\s?[月월]\s?"
    r"(?P<part>上旬|初旬|初め|はじめ|中旬|下旬|末|초순|중순|하순|"
    # ('3월 초에', '3월 말까지', not '3월 말레이시아')
    r"[초말](?=[에까부경께쯤\s,.)]|$))"
)
_EN_PART = re.compile(
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
        MonthPartChange(written, theirs[month][1])
        for month, (part, written) in mine.items()
        if month in theirs and theirs[month][0] != part
    ]


def _month_parts(text: str) -> dict[int, tuple[int, str]]:
    """month → (its part, as written) for each month of ``text`` given with one; a month
    given with two parts is left out."""
    found: dict[int, tuple[int, str]] = {}
    clashes: set[int] = set()

    def add(month: int, part: int, written: str) -> None:
        if month in found and found[month][0] != part:
            clashes.add(month)
        found.setdefault(month, (part, written))

    if ("月" in text or "월" in text) and first_digit(text) >= 0:
        for match in _CJK_PART.finditer(text):
            add(int(match["month"]), _PARTS[match["part"]], match[0])
    for match in _EN_PART.finditer(text) if _EN_PART_SCREENED.passes(text) else ():
        word = (match["part"] or match["part2"]).casefold()
        # (the full stop of a sentence that ends on the month is not an abbreviation's)
        written = match[0] if len(match["name"]) == 3 else match[0].removesuffix(".")
        add(_EN_MONTHS.index(match["name"][:3].casefold()) + 1, _PARTS[word], written)
    return {month: value for month, value in found.items() if month not in clashes}
