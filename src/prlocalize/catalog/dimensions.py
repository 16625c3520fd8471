"""prlocalize.catalog.dimensions
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The sides a spec sheet's dimensions name: 'W310×D190×H220mm', '幅350mm×奥行350mm×高さ98mm',
'가로 350mm × 세로 350mm × 높이 98mm', '310 (W) × 190 (D) × 220 (H) mm', '310 × 190 × 220
mm (W × D × H)'. A translation that keeps the figures but gives them to other sides ('W190
×D310') states another box, and figures.py, which compares the figures only, finds all of
them.

Only a side both texts name is judged, and only where the translation gives it a figure
the source gives another side (in the same length, whatever its unit, to a conversion's
rounding): a side one text leaves unnamed is not judged.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

# each word for a side as written → the side ('세로' is a floor device's depth; a screen's
# or a poster's height is said '높이' as often, so only a side both texts name is judged)
_SIDES = {
    "W": "W", "Ｗ": "W", "幅": "W", "横": "W", "가로": "W", "폭": "W", "width": "W",
    "D": "D", "Ｄ": "D", "奥行": "D", "奥行き": "D", "세로": "D", "깊이": "D", "depth": "D",
    "H": "H", "Ｈ": "H", "高さ": "H", "높이": "H", "height": "H",
}  # fmt: skip
_LABEL = r"(?:[WDHＷＤＨ]|幅|横|奥行き?|高さ|가로|세로|폭|깊이|높이|[Ww]idth|[Dd]epth|[Hh]eight)"
_LENGTHS = {"mm": Decimal(1), "㎜": Decimal(1), "cm": Decimal(10), "㎝": Decimal(10),
            "m": Decimal(1000), "in": Decimal("25.4"), "in.": Decimal("25.4")}  # fmt: skip
_UNIT = r"(?:mm|㎜|cm|㎝|m|in\.?)(?![A-Za-z])"
_NUMBER = r"\d+(?:\.\d+)?"
_TIMES = r"\s?[×xX✕]\s?"
# one side: its word before its figure, or in brackets after it, and its unit maybe
_SIDE = (
    rf"(?:{_LABEL}\s?[:：]?\s?)?(?<![\d.]){_NUMBER}\s?(?:{_UNIT})?"
    rf"(?:\s?[(（]{_LABEL}[)）])?"
)
# two or three sides joined by times signs, then maybe the unit and the words of the
# sides in their order ('(W × D × H)')
_RUN = lazy_compile(
    rf"{_SIDE}(?:{_TIMES}{_SIDE}){{1,2}}(?!\d)(?:\s?{_UNIT})?"
    rf"(?:\s?[(（]{_LABEL}(?:{_TIMES}{_LABEL}){{1,2}}[)）])?"
)
_PART = lazy_compile(
    rf"(?P<before>{_LABEL})?\s?[:：]?\s?(?<![\d.])(?P<n>{_NUMBER})\s?(?P<unit>{_UNIT})?"
    rf"(?:\s?[(（](?P<after>{_LABEL})[)）])?"
)
_TAIL = lazy_compile(rf"[(（]({_LABEL}(?:{_TIMES}{_LABEL}){{1,2}})[)）]$")
_TAIL_LABEL = lazy_compile(_LABEL)
_LAST_UNIT = lazy_compile(rf"({_UNIT})\s*$")
_GATE = lazy_compile(rf"\d\s?(?:{_UNIT})?(?:\s?[(（]{_LABEL}[)）])?{_TIMES}")


@dataclass(frozen=True, slots=True)
class SidesSwapped:
    """Dimensions whose figures the translation gives to other sides."""

    source: str  # the dimensions as the source writes them
    target: str  # ... and as the translation does


def sides_swapped(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[SidesSwapped]:
    """The source's named dimensions whose sides the target names with another side's
    figure ('W310×D190×H220mm' as '190 (W) × 310 (D) × 220 (H) mm')."""
    if silent(memo, "dimensions.sides_swapped"):
        return []
    mine = _dimensions(source)
    if not mine:
        keep_silent(memo, "dimensions.sides_swapped")
        return []
    theirs = _dimensions(target)
    swapped = []
    for written, sides in mine:
        for other, other_sides in theirs:
            shared = sides.keys() & other_sides.keys()
            if len(shared) < 2:
                continue
            moved = [
                side
                for side in shared
                if not _close(other_sides[side], sides[side])
                and any(_close(other_sides[side], figure) for figure in sides.values())
            ]
            if moved:
                swapped.append(SidesSwapped(written, other))
                break
    return swapped


def _close(one: Decimal, other: Decimal) -> bool:
    """Whether two lengths in mm are one, rounded as a conversion rounds it: to 1%, and
    to half a tenth of an inch ('12.2 in.' for 310 mm)."""
    return abs(one - other) <= max(one, other) / 100 + _HALF_TENTH_INCH


_HALF_TENTH_INCH = Decimal("1.27")


def _dimensions(text: str) -> list[tuple[str, dict[str, Decimal]]]:
    """Each run of named dimensions in ``text``: as written, and each side's figure in mm."""
    if _GATE.search(text) is None:
        return []
    found = []
    for run in _RUN.finditer(text):
        written = run[0]
        tail = _TAIL.search(written)
        tail_sides = [_SIDES.get(m[0], _SIDES.get(m[0].lower())) for m in
                      _TAIL_LABEL.finditer(tail[1])] if tail else []  # fmt: skip
        body = written[: tail.start()] if tail else written
        parts = list(_PART.finditer(body))
        # the unit the last side writes, or the run after its last bracket ('(H) mm')
        units = [p["unit"] for p in parts if p["unit"]]
        last = _LAST_UNIT.search(body)
        unit = units[-1] if units else (last[1] if last else None)
        sides: dict[str, Decimal] = {}
        for index, part in enumerate(parts):
            label = part["before"] or part["after"]
            side = _SIDES.get(label, _SIDES.get(label.lower())) if label else None
            if side is None and len(tail_sides) == len(parts):
                side = tail_sides[index]
            factor = _LENGTHS.get(part["unit"] or unit or "")
            if side is None or factor is None or side in sides:
                sides = {}
                break
            sides[side] = Decimal(part["n"]) * factor
        if len(sides) >= 2:
            found.append((written.strip(), sides))
    return found
