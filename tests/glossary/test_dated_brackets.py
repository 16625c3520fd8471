"""A bracket that dates a term ('最高財務責任者（2025年12月1日付）', '(from April 2026)') is
a note for the sheet's reader, in every kind of entry, not part of the form."""

from __future__ import annotations

import pytest

from prlocalize.glossary.brackets import read_bracket
from prlocalize.glossary.csvfile import parse_csv


@pytest.mark.parametrize(
    ("cell", "form"),
    [
        ("常務執行役員（2026年4月1日付）", "常務執行役員"),
        (
            "Senior Managing Executive Officer (effective April 1, 2026)",
            "Senior Managing Executive Officer",
        ),
        ("상무이사(2026년 4월~)", "상무이사"),
        ("北九州第二工場（2027年～）", "北九州第二工場"),
        ("Kitakyushu Second Plant (from 2027)", "Kitakyushu Second Plant"),
    ],
)
def test_a_dated_bracket_is_a_note(cell: str, form: str) -> None:
    found = read_bracket(cell)
    assert found is not None and (found.form, found.what) == (form, "note")


@pytest.mark.parametrize("cell", ["Expo 2025 (Osaka)", "Aoba Fund (2024)", "Model 7 (Type-2)"])
def test_a_bracket_without_a_date_word_stays_in_the_name(cell: str) -> None:
    assert read_bracket(cell) is None


def test_a_title_row_with_dated_cells_loads_its_forms() -> None:
    text = (
        "kind,en,ja,ko\n"
        'title,"Senior Managing Executive Officer (effective April 1, 2026)",'
        "常務執行役員（2026年4月1日付）,상무이사(2026년 4월~)\n"
    )
    (entry,) = parse_csv(text, "titles.csv").entries
    forms = [entry.term(locale).text for locale in ("en", "ja", "ko")]
    assert forms == ["Senior Managing Executive Officer", "常務執行役員", "상무이사"]
