"""A spreadsheet in a format the glossary reader does not read (an Excel 97-2003 '.xls',
a LibreOffice '.ods', a workbook renamed '.csv') is named as what it is, with what to do:
read as CSV text it was 'not UTF-8 (byte 0xd0); save it as UTF-8'."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from prlocalize.errors import InputErrors
from prlocalize.glossary.io import load_glossaries


def _ods(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")


def _xlsx(path: Path) -> None:
    book = Workbook()
    book.active.append(["kind", "en", "ja"])
    book.active.append(["place", "Kumamoto", "熊本"])
    book.save(path)


@pytest.mark.parametrize(
    ("name", "write", "said"),
    [
        ("terms.xls", lambda p: p.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)),
         "Excel 97-2003 workbook (.xls)"),
        ("terms.ods", _ods, "OpenDocument spreadsheet (.ods)"),
        ("terms.csv", _xlsx, "rename it to .xlsx"),
    ],
)  # fmt: skip
def test_spreadsheet_of_another_format_is_named(
    tmp_path: Path, name: str, write: object, said: str
) -> None:
    path = tmp_path / name
    write(path)  # type: ignore[operator]
    with pytest.raises(InputErrors) as caught:
        load_glossaries([path])
    message = str(caught.value)
    assert said in message and "not UTF-8" not in message
