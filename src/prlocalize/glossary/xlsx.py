"""prlocalize.glossary.xlsx
~~~~~~~~~~~~~~~~~~~~~~~~~

Glossaries kept as Excel workbooks (``.xlsx``): every sheet with a usable header row
is read as a CSV file would be (:func:`prlocalize.glossary.csvfile.parse_records`),
each entry's line being its row number, so that lint and check name ``file:row``.
Cells are read as values (the result a formula last had, never the formula); numbers
read as they show (``12``, not ``12.0``). openpyxl is imported only for such a file.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime, time
from pathlib import Path
from typing import Any

from prlocalize.glossary.csvfile import parse_records
from prlocalize.glossary.problems import Level, ParsedFile, Problem

MAX_BYTES = 50 * 1024 * 1024  # a glossary of 100,000 terms is a few MB; more is no glossary
MAX_EXPANDED = 500 * 1024 * 1024  # what the workbook's parts may inflate to (zip bombs)
FULL_LOAD_BYTES = 5 * 1024 * 1024  # loaded whole below this (merged cells known), else streamed


def parse_xlsx_file(path: str | Path) -> list[ParsedFile]:
    """Entries, raw rows and problems of each glossary sheet of a workbook (never raises).

    Every sheet with a usable header is read (a tab per kind: 'People', 'Titles',
    'Companies', whose name gives the kind when the sheet has no kind column); sheets of
    notes or pivots are passed over. With more than one sheet, each is named
    ``book.xlsx[Sheet]`` in problems and sources, so that a row number says where.
    """
    name = str(path)
    problem = _unsafe(Path(path))
    if problem is not None:
        return [ParsedFile(name, problems=[Problem(name, None, "unreadable", problem)])]
    from openpyxl import load_workbook

    try:
        # a glossary of a usual size is loaded whole, so that merged cells are known (a
        # kind merged down the rows of its group: '人名' once for ten persons); a larger
        # one is streamed, its merged cells read as the first row of each only
        whole = Path(path).stat().st_size <= FULL_LOAD_BYTES
        workbook = load_workbook(path, read_only=not whole, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        message = f"not a readable .xlsx workbook ({type(exc).__name__}: {exc}); save it again"
        return [ParsedFile(name, problems=[Problem(name, None, "unreadable", message)])]
    try:
        sheets = [(sheet.title, _records(sheet)) for sheet in workbook.worksheets]
        marked = {sheet.title: _hidden_or_struck(sheet) for sheet in workbook.worksheets}
    finally:
        workbook.close()
    uncached = _uncached_formulas(Path(path), whole) if _has_formulas(Path(path)) else {}
    filled = [(title, rows) for title, rows in sheets if any(any(r) for _, r in rows)]
    several = len(filled) > 1
    found: list[ParsedFile] = []
    passed: list[ParsedFile] = []  # sheets that look like glossaries but were not read
    first: ParsedFile | None = None
    for title, records in filled:
        label = f"{name}[{title}]" if several else name
        parsed = parse_records(records, label, kind_from=title or Path(name).stem)
        read = {number for number, _ in records}  # (a table's Total row is not)
        entries_at = {entry.source.line for entry in parsed.entries if entry.source}
        for row, message in marked.get(title, ()):
            if row in entries_at:
                parsed.problems.append(
                    Problem(label, row, "hidden-or-struck", message, Level.WARNING)
                )
        for row, ref, formula in uncached.get(title, ()):
            if row not in read:
                continue
            parsed.problems.append(
                Problem(
                    label,
                    row,
                    "formula-without-value",
                    f"cell {ref} holds a formula ({formula}) whose value the workbook does "
                    "not store, so it reads as empty (a program wrote the file, no "
                    "spreadsheet saved it): open and save it in Excel or LibreOffice, or "
                    "save it as CSV UTF-8",
                    Level.WARNING,
                )
            )
        if parsed.entries or not any(p.code == "missing-column" for p in parsed.problems):
            found.append(parsed)  # a glossary sheet (others: notes, pivots, a cover)
        elif _column_names(records):
            passed.append(_passed_over(label, title, parsed.problems))
        first = first or parsed
    if found:
        return found + passed
    if first is not None:
        return [first]
    return [
        ParsedFile(name, problems=[Problem(name, 1, "missing-column", "the workbook has no sheet")])
    ]


def _records(sheet: Any) -> list[tuple[int, list[str]]]:
    """The sheet's rows (numbered from 1) as text, a range merged down its rows ('人名'
    once for a group of persons) giving its value to each row. A range merged across
    columns is one cell's text (a title over the sheet, a group heading such as 表記
    over English, 日本語 and 한국어): copied into every column it read as that many
    cells, and a title row as a header of one name repeated."""
    spread: dict[tuple[int, int], object] = {}
    merged_cells = getattr(sheet, "merged_cells", None)  # (none when streamed)
    for merged in merged_cells.ranges if merged_cells is not None else ():
        value = sheet.cell(merged.min_row, merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            spread[(row, merged.min_col)] = value
    totals = _totals_rows(sheet)
    records = []
    for number, row in enumerate(sheet.iter_rows(), start=1):
        if number in totals:
            continue  # a table's Total row ('Total', a count): no term
        cells = [
            _cell(spread.get((number, index)), "General")
            if cell.value is None
            else _cell(cell.value, getattr(cell, "number_format", None) or "General")
            for index, cell in enumerate(row, start=1)
        ]
        records.append((number, cells))
    return records


def _hidden_or_struck(sheet: Any) -> list[tuple[int, str]]:
    """(row, what to say) for the rows a sheet hides and the cells it strikes through,
    as teams mark a retired term by hand: read like the others, which may not be what the
    sheet means (none when streamed: a streamed sheet does not know them)."""
    said: list[tuple[int, str]] = []
    dimensions = getattr(sheet, "row_dimensions", None)
    if dimensions is None or getattr(sheet, "merged_cells", None) is None:
        return said
    for number, row in enumerate(sheet.iter_rows(), start=1):
        if number in dimensions and dimensions[number].hidden:
            said.append(
                (
                    number,
                    f"row {number} is hidden in the workbook (by hand or by a filter) but "
                    "read as an entry: if the term is retired, give the row status "
                    "'deprecated' (its forms not to use) or 'draft', or delete it",
                )
            )
            continue
        struck = [c.coordinate for c in row if c.value is not None and c.font and c.font.strike]
        if struck:
            said.append(
                (
                    number,
                    f"{', '.join(struck)} struck through but read as written: a form not to "
                    "use belongs in 'forbidden:<locale>' (or give the row status "
                    "'deprecated'); else clear the strikethrough",
                )
            )
    return said


def _totals_rows(sheet: Any) -> set[int]:
    """The rows of the sheet's Excel tables (Insert > Table) that are their Total Row
    (none when streamed: a streamed sheet does not know its tables)."""
    from openpyxl.utils.cell import range_boundaries

    rows: set[int] = set()
    for table in getattr(sheet, "tables", {}).values():
        count = table.totalsRowCount or 0
        if count and table.ref:
            last = range_boundaries(table.ref)[3]
            rows.update(range(last - count + 1, last + 1))
    return rows


def _passed_over(label: str, title: str, problems: list[Problem]) -> ParsedFile:
    """The warning for a sheet left out (another sheet of the workbook was read) though
    its first rows name glossary columns: its terms would go unchecked unseen."""
    why = "; ".join(dict.fromkeys(p.message for p in problems if p.level is Level.ERROR))
    line = next((p.line for p in problems if p.level is Level.ERROR), 1)
    message = (
        f"sheet {title!r} left out: it names glossary columns but no row of it reads as "
        f"the header ({why}); give it one header row with a kind column (or a sheet name "
        "that says the kind) and a locale column such as en, ja or ko, or move what it "
        "holds to a sheet of notes"
    )
    return ParsedFile(
        label, problems=[Problem(label, line, "sheet-left-out", message, Level.WARNING)]
    )


def _column_names(records: list[tuple[int, list[str]]]) -> bool:
    """Whether the first rows of a sheet name a locale or kind column, as a glossary's
    header does (a sheet of notes or a pivot table names none)."""
    from prlocalize.glossary.csvfile import COLUMN_ALIASES
    from prlocalize.glossary.values import locale_column, loose_locale_column

    rows = [cells for _, cells in records if any(c.strip() for c in cells)][:_HEADER_ROWS]
    for cells in rows:
        names = [cell.strip() for cell in cells if 0 < len(cell.strip()) <= _NAME_LENGTH]
        if (
            sum(
                1
                for name in names
                if name.casefold() == "kind"
                or COLUMN_ALIASES.get(name.casefold()) == "kind"
                or locale_column(name)
                or loose_locale_column(name)
            )
            >= 2
        ):
            return True
    return False


_HEADER_ROWS = 6  # rows a header is looked for in (titles and a group row above it)
_NAME_LENGTH = 40  # a column's name is short; longer text is a note


def _has_formulas(path: Path) -> bool:
    """Whether a worksheet of the workbook holds a formula (its XML an ``<f>`` element)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return any(
                b"<f" in archive.read(info)
                for info in archive.infolist()
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
            )
    except (zipfile.BadZipFile, OSError, KeyError):
        return False


def _uncached_formulas(path: Path, whole: bool) -> dict[str, list[tuple[int, str, str]]]:
    """Per sheet, the cells (row, reference, formula) whose formula has no stored value:
    openpyxl and other programs write formulas that only a spreadsheet computes."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    found: dict[str, list[tuple[int, str, str]]] = {}
    try:
        values = load_workbook(path, read_only=not whole, data_only=True)
        formulas = load_workbook(path, read_only=not whole, data_only=False)
    except Exception:  # read once already: what fails here was reported there
        return found
    try:
        for computed, written in zip(values.worksheets, formulas.worksheets, strict=True):
            rows = zip(
                computed.iter_rows(values_only=True),
                written.iter_rows(values_only=True),
                strict=False,
            )
            for number, (cached, raw) in enumerate(rows, start=1):
                for column, (value, formula) in enumerate(zip(cached, raw, strict=False), 1):
                    if value is None and isinstance(formula, str) and formula.startswith("="):
                        ref = f"{get_column_letter(column)}{number}"
                        found.setdefault(computed.title, []).append((number, ref, formula))
    finally:
        values.close()
        formulas.close()
    return found


# a number format of zeros only ('000'): the sheet shows a code with its leading zeros
# ('007', a product; '0042', a store), which the cell stores as the number 7 or 42
_ZERO_PADDED = re.compile(r"0+")


def _cell(value: object, number_format: str) -> str:
    if value is None:
        return ""
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and float(value).is_integer()
        and _ZERO_PADDED.fullmatch(number_format)
    ):
        return str(int(value)).zfill(len(number_format))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number as the sheet shows it
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()  # a date (a name Excel took for one: 'MARCH-1')
    return str(value)


def _unsafe(path: Path) -> str | None:
    """Why ``path`` is not opened as a workbook, or None."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return str(exc)
    if size > MAX_BYTES:
        return f"{size:,} bytes: too large for a glossary workbook"
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        return f"not an .xlsx workbook ({exc}); save it as Excel Workbook (.xlsx) or CSV UTF-8"
    if expanded > MAX_EXPANDED:
        return f"its parts expand to {expanded:,} bytes: refused as a zip bomb"
    return None
