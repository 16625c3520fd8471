"""prlocalize.glossary.flags
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A sheet's column that flags a row rather than holds forms. A 'Forbidden' column
(memoQ's and Lokalise's glossaries, a team's own sheet) may list a term's forms not to
use, or say with yes or no (TRUE / FALSE, 1 / 0) that the row's own forms are not to be
used: :func:`forbidden_flags` reads the second kind as the row's status
(``deprecated``), so that 'No' is never read as a forbidden form of every term.
"""

from __future__ import annotations

from prlocalize.glossary.values import FALSE_VALUES, TRUE_VALUES

Row = tuple[int, list[str]]
_SAYS_NO = frozenset({"no", "false", "0", "n"})  # (not '-' or '×': an empty cell's marks)


def forbidden_flags(columns: list[str], rows: list[Row]) -> list[Row]:
    """``rows`` with a yes/no column of forbidden forms read as the row's status:
    ``columns`` (the sheet's columns as read, 'forbidden:en', 'status') is changed in
    place, that column becoming ``status``, where the sheet has none of its own."""
    if "status" in columns:
        return rows
    for index, column in enumerate(columns):
        if not column.startswith("forbidden:"):
            continue
        said = [cells[index].strip().casefold() for _, cells in rows if index < len(cells)]
        said = [value for value in said if value]
        if not said or not all(value in TRUE_VALUES or value in FALSE_VALUES for value in said):
            continue  # forms not to use ('Orion Robotic'), as such a column usually has
        if not any(value in TRUE_VALUES or value in _SAYS_NO for value in said):
            continue  # only the marks of cells said empty
        columns[index] = "status"
        return [(line, _flagged(cells, index)) for line, cells in rows]
    return rows


def _flagged(cells: list[str], index: int) -> list[str]:
    if index >= len(cells):
        return cells
    status = "deprecated" if cells[index].strip().casefold() in TRUE_VALUES else ""
    return [*cells[:index], status, *cells[index + 1 :]]
