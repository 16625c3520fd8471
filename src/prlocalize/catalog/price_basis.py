"""prlocalize.catalog.price_basis
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a price or an allowance is counted per: a room or a person (a hotel's rates,
'KRW 280,000 per room per night', '1名につき4万5,000ウォン'), a line or a household
(a telephone plan's discounts, '회선당 최대 월 1만1000원'). A translation that keeps the
figure but counts it per another unit ('per room' as '1名1泊', 'per line' as 'per
family') changes what readers pay; figures.py sees the same figures.

Only a basis named on both sides is judged, and only where the translation names one
the source does not and leaves out one it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

# each basis, in English, Japanese and Korean; a count of one ('1室', '1名', '1인') or a
# word that says 'each' ('per', 'あたり', 'につき', '당'), not a count ('2名分', '2인 조식')
_BASES: dict[str, re.Pattern[str]] = {
    "room": lazy_compile(
        r"(?<![A-Za-z])per room(?![A-Za-z])|(?<![\d.,])1\s?室|客室あたり|室あたり|"
        r"객실\s?1\s?박|객실당|(?<![\d.,])1\s?실(?![가-힣])|실당"
    ),
    "person": lazy_compile(
        r"(?<![A-Za-z])per (?:person|guest|adult)(?![A-Za-z])|(?<![\d.,])1\s?[名人](?!前)|"
        r"お一人様|一人あたり|1人あたり|(?<![\d.,])1\s?인(?![가-힣])|1인당|(?<![가-힣])인당"
    ),
    "line": lazy_compile(r"(?<![A-Za-z])per line(?![A-Za-z])|回線あたり|1\s?回線|회선당|1\s?회선"),
    "household": lazy_compile(
        r"(?<![A-Za-z])per (?:family|household|account)(?![A-Za-z])|世帯あたり|1\s?世帯|"
        r"가구당|가족당|1\s?가구"
    ),
    # a freight rate or a surcharge: per container of 20 feet (TEU) or of 40 (FEU, two
    # TEU), per tonne or per kilogram ('USD 300 per FEU', '1TEUあたり150米ドル', 'kg당 200원')
    **{
        unit: re.compile(
            rf"(?<![A-Za-z])(?:per\s?|/\s?){words}(?![A-Za-z])|"
            rf"(?<![A-Za-z\d.,])(?:1\s?)?{words}\s?(?:あたり|当たり|につき|당)"
        )
        for unit, words in (
            ("TEU", "TEU"),
            ("FEU", "FEU"),
            ("tonne", "(?:tonnes?|tons?|t|トン|톤)"),
            ("kg", "(?:kg|kilograms?|キログラム|킬로그램)"),
        )
    },
}
_GATE = lazy_compile(
    r"per |室|名|人|回線|世帯|실|인|회선|가구|가족|EU|トン|톤|kg|キログラム|킬로그램|/\s?t"
)


@dataclass(frozen=True, slots=True)
class BasisChange:
    """A price counted per another unit in the translation."""

    source: str  # the basis the source names
    target: str  # ... and the one the translation names instead


def basis_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[BasisChange]:
    """Bases both texts name where the translation names one the source does not and
    leaves out one it names ('per room' as '1名1泊')."""
    if silent(memo, "price_basis.basis_changes"):
        return []
    mine = _bases(source)
    if not mine:
        keep_silent(memo, "price_basis.basis_changes")
        return []
    theirs = _bases(target)
    added = [basis for basis in theirs if basis not in mine]
    dropped = [basis for basis in mine if basis not in theirs]
    if added and dropped:
        return [BasisChange(mine[dropped[0]], theirs[added[0]])]
    return []


def _bases(text: str) -> dict[str, str]:
    """Each basis ``text`` names, with how it writes it."""
    if _GATE.search(text) is None:
        return {}
    found = {}
    for basis, pattern in _BASES.items():
        match = pattern.search(text)
        if match is not None:
            found[basis] = match[0]
    return found
