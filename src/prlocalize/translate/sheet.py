"""prlocalize.translate.sheet
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A bilingual table (CSV, TSV or an .xlsx workbook) read into memory units: a column per
language, its header naming them (``ja``, ``en-US``, ``日本語``, ``English``, ``한국어``…;
a title may stand above it), one translated text a row, as press offices and agencies keep past
releases side by side. Other columns (a number, a date, a note) are left out, but for
a status column: a row it says is not finished (``Draft``, ``未確認``, ``검토 중``) is
passed over and counted, since an exact match is final. The first language column is
the source unless ``source_lang`` names another; a row whose source or translation is
empty is passed over and counted.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from prlocalize.errors import InputError
from prlocalize.translate.memory import Unit, lang_key
from prlocalize.translate.sheet_columns import status_column, unfinished

SHEET_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xlsm"})
_ASIDE = re.compile(r"[ \u3000]?[(（][^()（）]{1,30}[)）]\Z")  # 'Japanese (source)', '英語（訳）'

_TITLE_ROWS = 3  # rows a header may have above it

# a row's number or id, never Norwegian nor Indonesian in a table of translations
_NUMBERING = frozenset({"no", "no.", "nr", "nr.", "id", "number"})

Rows = list[tuple[int, list[str]]]


def is_sheet(path: Path) -> bool:
    return path.suffix.lower() in SHEET_SUFFIXES


def read_sheet(path: Path, source_lang: str | None = None) -> tuple[list[Unit], int]:
    """The units of a bilingual table and the number of rows passed over."""
    delimiter = None  # a workbook's cells are cells: no delimiter to split them
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    else:
        rows, delimiter = _text_rows(path)
    filled = [at for at, (_, cells) in enumerate(rows) if any(c.strip() for c in cells)]
    if not filled:
        raise InputError(path, None, "the table is empty")
    # a title or a date may stand above the header ('2026年 リリース対訳表')
    header_at = next(
        (at for at in filled[: _TITLE_ROWS + 1] if len(_language_columns(rows[at][1])) >= 2),
        filled[0],
    )
    line, header = rows[header_at]
    columns = _language_columns(header)
    if len(columns) < 2:
        raise InputError(
            path,
            line,
            f"no row names two languages (the first: {', '.join(c for c in header if c)})",
            "head a bilingual table's columns with their languages: ja, en, ko "
            "(or 日本語, English, 한국어…)",
        )
    if delimiter is not None:
        _refuse_split_cells(path, header, rows[header_at + 1 :], delimiter)
    source_at = _source_column(path, line, columns, source_lang)
    status_at = status_column(header)
    origin = f"sheet:{path.name}"
    units: list[Unit] = []
    passed = 0
    for _, cells in rows[header_at + 1 :]:
        if not any(c.strip() for c in cells):
            continue
        if status_at is not None and unfinished(_cell(cells, status_at)):
            passed += len(columns) - 1
            continue
        source = _cell(cells, source_at)
        for at, lang in columns.items():
            if at == source_at:
                continue
            target = _cell(cells, at)
            if not source.strip() or not target.strip():
                passed += 1
                continue
            units.append(Unit(columns[source_at], lang, source, target, origin))
    return units, passed


def _refuse_split_cells(path: Path, header: Sequence[str], rows: Rows, delimiter: str) -> None:
    """A row with text beyond the header's last column had its delimiter (a comma, a
    tab) inside a cell that is not in quotes ('1,980円'): its cells are shifted, and
    importing it would store a translation cut there."""
    width = len(header)
    what = "a tab" if delimiter == "\t" else "a comma"
    for line, cells in rows:
        if any(c.strip() for c in cells[width:]):
            raise InputError(
                path,
                line,
                f"this row has {len(cells)} cells where the header has {width}: {what} "
                f"inside a cell that is not in quotes splits it (the row starts "
                f"{cells[0][:40]!r})",
                f'put quotes around each cell that holds {what} ("1,980円"), or save '
                "the table as .xlsx",
            )


def _cell(cells: Sequence[str], at: int) -> str:
    return cells[at].strip() if at < len(cells) else ""


def _language_columns(header: Sequence[str]) -> dict[int, str]:
    """The columns of ``header`` that name a language, by index, with its code."""
    from prlocalize.glossary.values import loose_locale_column

    found: dict[int, str] = {}
    for at, name in enumerate(header):
        name = name.strip()
        if name.lower() in _NUMBERING:
            continue
        locale = loose_locale_column(name) or loose_locale_column(_ASIDE.sub("", name))
        if locale is not None:
            # ('中文' names no script: the memory tells it by the column's letters)
            found[at] = locale if locale == "zh" else lang_key(locale)
    return found


def _source_column(path: Path, line: int, columns: dict[int, str], source_lang: str | None) -> int:
    if source_lang is None:
        return min(columns)
    wanted = lang_key(source_lang)
    for at, lang in columns.items():
        if lang_key(lang) == wanted:
            return at
    named = ", ".join(columns.values())
    raise InputError(path, line, f"no {source_lang} column (the table has {named})")


def _text_rows(path: Path) -> tuple[Rows, str]:
    """The rows of a CSV or TSV file, and the delimiter it was read with."""
    from prlocalize.glossary.values import decode

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, None, f"cannot read: {exc}") from None
    text, problem = decode(data, str(path))
    if text is None:
        line = problem.line if problem is not None else None
        message = problem.message if problem is not None else "cannot be decoded"
        raise InputError(path, line, message)
    delimiter = "\t" if path.suffix.lower() == ".tsv" or _tabbed(text) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: Rows = []
    line = 1
    try:
        for record in reader:
            rows.append((line, record))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(path, line, f"malformed CSV: {exc}") from None
    return rows, delimiter


def _tabbed(text: str) -> bool:
    """Whether the first line holds tabs and no commas (a .txt or .csv that is a TSV)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return "\t" in first and "," not in first


def _xlsx_rows(path: Path) -> Rows:
    """The rows of the workbook's first sheet, as text."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        message = f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})"
        raise InputError(path, None, message, "save it again") from None
    try:
        sheet = workbook.worksheets[0]
        return [
            (number, ["" if v is None else str(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()
