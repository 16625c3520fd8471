"""An Excel table (Insert > Table) with its Total Row turned on ends in a row such as
'Total', '', '', '=SUBTOTAL(103,…)': no term, and no reason to refuse the sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.table import Table

from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.xlsx import parse_xlsx_file


def _book(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["kind", "en", "ja"])
    sheet.append(["place", "Namerikawa", "滑川市"])
    sheet.append(["person", "Noriko Aihara", "相原 典子"])
    sheet.append(["Total", None, "=SUBTOTAL(103,Terms[ja])"])
    sheet.add_table(Table(displayName="Terms", ref="A1:C4", totalsRowCount=1))
    path = tmp_path / "glossary.xlsx"
    book.save(path)
    return path


def test_a_tables_total_row_is_no_entry(tmp_path: Path) -> None:
    path = _book(tmp_path)
    assert [e.term("en").text for e in load_glossaries([path])] == ["Namerikawa", "Noriko Aihara"]
    problems = [p for parsed in parse_xlsx_file(path) for p in parsed.problems]
    assert not any(p.line == 4 for p in problems)
