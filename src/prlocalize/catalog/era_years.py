"""prlocalize.catalog.era_years
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A year a translation gives in both calendars, the Japanese era's and the Western one
('昭和41年（1965年）', 'Showa 41 (1965)', '1965년(쇼와 41년)'), where the two are not
the same year: the translator converted one of them wrong. The figures compare each
year with the source's, and the source's year fits one of the pair, so the other, a
year more or less, went unseen.
"""

from __future__ import annotations

import re

from prlocalize.catalog.figures import (
    _ROMAN_ERA,
    _ROMAN_ERA_GATE,
    _ROMAN_ERAS,
    _YEAR_RESTATED,
    _era_year,
    gengo_era,
    normal_text,
)
from prlocalize.lazy_patterns import lazy_compile

# an era's year in Latin or Hangul letters and the Western year in brackets after it,
# or the other way round ('Showa 40 (1965)', '1965 (Showa 40)', '1965년(쇼와 40년)')
_ERA_AGAIN = _ROMAN_ERA.replace("?P<en>", "?P<en2>").replace("?P<ko>", "?P<ko2>")
_ROMAN_PAIR = lazy_compile(
    rf"(?P<era>{_ROMAN_ERA})\s?[(（]\s?(?P<west>\d{{4}})\s?년?\s?[)）]"
    rf"|(?<!\d)(?P<west2>\d{{4}})\s?년?\s?[(（]\s?(?P<era2>{_ERA_AGAIN})\s?[)）]"
)


def _roman_year(written: str) -> int:
    name = written.rstrip("년 0123456789").strip()
    return _ROMAN_ERAS[name] + int(re.search(r"\d{1,2}", written)[0])  # type: ignore[index]


def _pairs(text: str) -> list[tuple[str, str, int, int]]:
    """(era's form, Western form, era's year, Western year) of each year ``text`` gives in
    both calendars."""
    work = normal_text(text)
    found: list[tuple[str, str, int, int]] = []
    if gengo_era(work):
        for match in _YEAR_RESTATED.finditer(work):
            a, b = match["a"], match["b"]
            if a.isdigit() == b.isdigit():
                continue
            era, west = (b, a) if a.isdigit() else (a, b)
            era_year, west_year = _era_year(era), _era_year(west)
            if era_year is not None and west_year is not None:
                found.append((f"{era}年", f"{west}年", era_year, west_year))
    if _ROMAN_ERA_GATE.search(work) is not None:
        for match in _ROMAN_PAIR.finditer(work):
            era = match["era"] or match["era2"]
            west = match["west"] or match["west2"]
            found.append((era, west, _roman_year(era), int(west)))
    return found


def restated_year_converted_wrong(source: str, target: str) -> tuple[str, str] | None:
    """(era's form, Western form) of a year ``target`` gives in both calendars as two
    different years, where ``source`` does not give the same two (its own slip is the
    source's to mend); None when every such year is one year."""
    wrong = [pair for pair in _pairs(target) if pair[2] != pair[3]]
    if not wrong:
        return None
    given = {(pair[2], pair[3]) for pair in _pairs(source)}
    for era, west, era_year, west_year in wrong:
        if (era_year, west_year) not in given:
            return era, west
    return None
