"""A product named in digits ('007', typed as text) was left out as a row of numbers, and
a name a spreadsheet took for a date ('MARCH-1' stored as 2026-03-01, saved to CSV as
'1-Mar') was either left out as 'a year or a count' or read as a brand '1-Mar'. The
brand is kept (a warning when its zeros may have been dropped); a date is left out with
a warning that says what the spreadsheet did and what to do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from prlocalize.glossary import xlsx
from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.xlsx import parse_xlsx_file


def _said(parsed, code: str) -> list[int]:
    return [p.line for p in parsed.problems if p.code == code]


def test_a_brand_in_digits_is_kept() -> None:
    sheet = "kind,en,ja\nbrand,007,007\nbrand,7,7\ntitle,2026,２０２６\nbrand,KR-Arm 5,KR-Arm 5\n"
    parsed = parse_csv(sheet, "products.csv")
    assert [e.approved("en") for e in parsed.entries] == ["007", "7", "KR-Arm 5"]
    assert _said(parsed, "digits-brand") == [3]  # its zeros may be lost
    assert _said(parsed, "number-row") == [4]


def test_a_name_excel_made_a_date_is_left_out_with_what_to_do() -> None:
    sheet = "kind,en,ja\nbrand,1-Mar,1-Mar\nbrand,2026/03/01,2026/03/01\nbrand,MARCH-1,MARCH-1\n"
    parsed = parse_csv(sheet, "products.csv")
    assert [e.approved("en") for e in parsed.entries] == ["MARCH-1"]
    assert _said(parsed, "date-cell") == [2, 3]
    assert "format the column as Text" in parsed.problems[0].message


def test_a_date_in_a_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["kind", "en", "ja"])
    sheet.append(["brand", datetime(2026, 3, 1), datetime(2026, 3, 1)])
    sheet.append(["brand", "KR-Arm 5", "KR-Arm 5"])
    book.save(tmp_path / "products.xlsx")
    (parsed,) = parse_xlsx_file(tmp_path / "products.xlsx")
    assert [e.approved("en") for e in parsed.entries] == ["KR-Arm 5"]
    (problem,) = [p for p in parsed.problems if p.code == "date-cell"]
    assert "'2026-03-01'" in problem.message


def test_a_code_in_every_language_is_no_row_number() -> None:
    """A sheet of products whose names are all codes ('007', '12' in every language) had
    its locale columns left out as row numbers, and every row was an empty entry; a
    column that numbers the rows is one column, not the same in every language."""
    parsed = parse_csv("kind,en,ja\nbrand,007,007\nbrand,12,12\n", "products.csv")
    assert [e.approved("ja") for e in parsed.entries] == ["007", "12"]
    assert not [p for p in parsed.problems if p.code in ("ignored-column", "empty-entry")]
    parsed = parse_csv("No,en,ja,kind\n1,Sendai,仙台,place\n2,Kobe,神戸,place\n", "places.csv")
    assert [e.approved("en") for e in parsed.entries] == ["Sendai", "Kobe"]
    assert [p.code for p in parsed.problems] == ["ignored-column"]


@pytest.mark.parametrize("streamed", [False, True])
def test_a_code_a_workbook_shows_with_its_zeros(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: bool
) -> None:
    """A column formatted '000' shows '007' for the number 7 it stores: the glossary has
    the code as the sheet shows it, not '7' (in a workbook too large to load whole as
    well, which is read streaming)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["kind", "en", "ja"])
    sheet.append(["brand", 7, 7])
    sheet.append(["brand", "KR-Arm 5", "KR-Arm 5"])
    sheet.append(["brand", 42, "0042"])
    for cell in ("B2", "C2"):
        sheet[cell].number_format = "000"
    sheet["B4"].number_format = "0000"
    book.save(tmp_path / "products.xlsx")
    if streamed:
        monkeypatch.setattr(xlsx, "FULL_LOAD_BYTES", 0)
    (parsed,) = parse_xlsx_file(tmp_path / "products.xlsx")
    assert [(e.approved("en"), e.approved("ja")) for e in parsed.entries] == [
        ("007", "007"),
        ("KR-Arm 5", "KR-Arm 5"),
        ("0042", "0042"),
    ]
