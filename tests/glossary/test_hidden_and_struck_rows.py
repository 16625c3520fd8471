"""Teams retire a term in a workbook by hiding its row or striking its cells through;
the row is still read as an entry, so lint says so and what to write instead."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from prlocalize.glossary.xlsx import parse_xlsx_file


def _said(tmp_path: Path, hide: bool) -> list[tuple[int | None, str]]:
    book = Workbook()
    sheet = book.active
    sheet.append(["kind", "en", "ja"])
    sheet.append(["org", "Hoshino Cable Co., Ltd.", "星野電線株式会社"])
    sheet.append(["org", "Hoshino Densen", "星野電線"])
    if hide:
        sheet.row_dimensions[3].hidden = True
    else:
        for cell in sheet[3][1:]:
            cell.font = Font(strike=True)
    path = tmp_path / "glossary.xlsx"
    book.save(path)
    return [
        (p.line, p.message)
        for parsed in parse_xlsx_file(path)
        for p in parsed.problems
        if p.code == "hidden-or-struck"
    ]


def test_a_hidden_row_read_as_an_entry_is_said(tmp_path: Path) -> None:
    ((line, message),) = _said(tmp_path, hide=True)
    assert line == 3 and "hidden" in message and "deprecated" in message


def test_cells_struck_through_are_said(tmp_path: Path) -> None:
    ((line, message),) = _said(tmp_path, hide=False)
    assert line == 3 and message.startswith("B3, C3 struck through")
