"""prlocalize.catalog.range_parts

The part of a range a text gives instead of a figure: a royalty 'from the high single
digits to the low teens' ('一桁台後半から10%台前半', '한 자릿수 후반에서 10%대 초반'), an
audience 'in their late thirties' ('30代後半', '30대 후반'). A translation that gives
another part ('一桁台後半' as 'the low single digits') changes the figure while the range's
number (or its word) matches, so figures.py sees nothing.

A range is keyed by its first figure: 1 for the single digits ('一桁台', '한 자릿수'), 10
for the double digits and the teens ('10%台', '二桁台', 'low double digits'), 20 for the
twenties ('20代', '20s'), and so on; only a range given with its part on both sides is
judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["RangePartChange", "range_part_changes"]

_LOW, _MID, _HIGH = 0, 1, 2
_CJK_PARTS = {"前半": _LOW, "初め": _LOW, "半ば": _MID, "中盤": _MID, "後半": _HIGH}
_CJK_PARTS |= {"초반": _LOW, "중반": _MID, "후반": _HIGH}
_EN_PARTS = {"low": _LOW, "lower": _LOW, "early": _LOW, "mid": _MID, "middle": _MID}
_EN_PARTS |= {"high": _HIGH, "upper": _HIGH, "late": _HIGH}
_KANJI_DIGITS = {"一": 1, "1": 1, "１": 1, "二": 10, "2": 10, "２": 10}
_KO_DIGITS = {"한": 1, "1": 1, "두": 10, "2": 10}
_CJK_RANGE = lazy_compile(
    r"(?:(?<![\d.])(?P<num>\d{1,2}0)\s?[%％]?\s?[台代대]"
    r"|(?P<kanji>[一二12１２])桁台?|(?P<ko>[한두12])\s?자릿수(?:대)?)"
    r"\s?(?:の\s?)?(?P<part>前半|初め|半ば|中盤|後半|초반|중반|후반)"
)
_EN_DECADES = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50}
_EN_DECADES |= {"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_EN_RANGE = lazy_compile(
    r"\b(?P<part>low|lower|early|mid|middle|high|upper|late)[-\s](?:(?P<digits>single|double)"
    r"[-\s]digits?|(?P<word>teens|twenties|thirties|forties|fifties|sixties|seventies|"
    r"eighties|nineties)|(?P<num>[1-9]0)['’]?s)\b",
    re.IGNORECASE,
)
_CJK_SCREEN = ("半", "盤", "初め", "반")
_EN_SCREEN = ("low", "early", "mid", "igh", "upper", "late", "Low", "Early", "Mid", "Late")


@dataclass(frozen=True, slots=True)
class RangePartChange:
    """A range given with one part in the source and another in the translation."""

    source: str
    target: str


def range_part_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[RangePartChange]:
    """The ranges both texts give with a part ('後半', 'high') where the parts differ."""
    if silent(memo, "range_parts.range_part_changes"):
        return []
    mine = _range_parts(source)
    if not mine:
        keep_silent(memo, "range_parts.range_part_changes")
        return []
    theirs = _range_parts(target)
    return [
        RangePartChange(written, theirs[key][1])
        for key, (part, written) in mine.items()
        if key in theirs and theirs[key][0] != part
    ]


def _range_parts(text: str) -> dict[int, tuple[int, str]]:
    """range → (its part, as written) for each range ``text`` gives with a part; a range
    given with two parts is left out."""
    found: dict[int, tuple[int, str]] = {}
    clashes: set[int] = set()

    def add(key: int, part: int, written: str) -> None:
        if key in found and found[key][0] != part:
            clashes.add(key)
        found.setdefault(key, (part, written))

    if not text.isascii() and any(word in text for word in _CJK_SCREEN):
        for match in _CJK_RANGE.finditer(text):
            if match["num"]:
                key = int(match["num"])
            elif match["kanji"]:
                key = _KANJI_DIGITS[match["kanji"]]
            else:
                key = _KO_DIGITS[match["ko"]]
            add(key, _CJK_PARTS[match["part"]], match[0])
    if any(word in text for word in _EN_SCREEN):
        for match in _EN_RANGE.finditer(text):
            if match["digits"]:
                key = 1 if match["digits"].casefold() == "single" else 10
            elif match["word"]:
                key = _EN_DECADES[match["word"].casefold()]
            else:
                key = int(match["num"])
            add(key, _EN_PARTS[match["part"].casefold()], match[0])
    return {key: value for key, value in found.items() if key not in clashes}
