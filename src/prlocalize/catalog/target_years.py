"""prlocalize.catalog.target_years
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The two years of a target, as emission and sales targets are set: the year a figure is to
be reached by ('by FY2030', '2030年度までに', '2030년까지') and the year it is measured
against ('compared with FY2013', '2013年度比', '2019년 대비'). A translation that keeps
both years but gives each the other's part ('2013年度までに2030年度比46%削減' for 'by
FY2030 compared with FY2013') sets another target, and figures.py, which compares the
figures only, finds every one of them.

Only a year both texts give a part is judged, and only where each text gives it one part
alone: a year given no part ('2030年度に'), or both, is not judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_YEAR = r"(?<![\d.,])((?:19|20)\d\d)(?!\d)"
_FISCAL_EN = r"(?:FY\s?|fiscal\s(?:year\s)?)?"
_FISCAL_CJK = r"\s?(?:年\s?度|年|회계\s?연도|회계년도|사업연도|년도|년)?"
# the base a figure is measured against: 'compared with FY2013', 'versus 2019', 'from
# 2019 levels', 'below 2013 levels', '2013年度比', '2019年と比べ', '2019년 대비', '2013회계연도
# 보다' ('from 2025' alone opens a range as often, and is no base)
_BASE = lazy_compile(
    rf"(?:compared\s(?:with|to)|relative\sto|versus|vs\.?|against)\s(?:the\s)?{_FISCAL_EN}"
    rf"{_YEAR}|(?:from|below|above)\s(?:the\s)?{_FISCAL_EN}{_YEAR}(?=\s(?:levels?|baseline))"
    rf"|{_YEAR}{_FISCAL_CJK}\s?(?:比|対比|と比べ|と比較|に比べ|대비|보다|에\s?비해|과\s?비교|와\s?비교)",
    re.IGNORECASE,
)
# the year it is to be reached by: 'by 2030', 'by FY2030', 'by the end of 2030', 'until
# 2030', '2030年までに', '2030年度末までに', '2030년까지'
_TARGET = lazy_compile(
    rf"(?:\bby|\buntil|\btill)\s(?:the\s(?:end\sof\s)?)?{_FISCAL_EN}{_YEAR}"
    rf"|{_YEAR}{_FISCAL_CJK}\s?(?:末\s?)?(?:まで|까지|말까지)",
    re.IGNORECASE,
)
_GATE = lazy_compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class YearPartSwapped:
    """A year the source measures a figure against and the translation sets it by, or the
    other way round."""

    source: str  # the year with the words that give it its part, as the source writes it
    target: str  # ... and as the translation does
    part: str  # the part the source gives it: "base" or "target"


def year_parts_swapped(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[YearPartSwapped]:
    """The years the source gives one part of a target (base or deadline) and the target
    the other part alone."""
    if silent(memo, "target_years.year_parts_swapped"):
        return []
    mine = _parts(source) if _GATE.search(source) is not None else {}
    if not mine:
        keep_silent(memo, "target_years.year_parts_swapped")
        return []
    theirs = _parts(target)
    swapped = []
    for year, (part, written) in mine.items():
        other = theirs.get(year)
        if other is not None and other[0] != part:
            swapped.append(YearPartSwapped(written, other[1], part))
    return swapped


def _parts(text: str) -> dict[int, tuple[str, str]]:
    """Each year ``text`` gives exactly one part → (the part, as written)."""
    found: dict[int, set[str]] = {}
    written: dict[int, str] = {}
    for part, pattern in (("base", _BASE), ("target", _TARGET)):
        for match in pattern.finditer(text):
            raw = next(group for group in match.groups() if group)
            year = int(raw)
            found.setdefault(year, set()).add(part)
            written.setdefault(year, match[0].strip())
    return {
        year: (next(iter(parts)), written[year]) for year, parts in found.items() if len(parts) == 1
    }
