"""prlocalize.glossary.cattools
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Term bases exported as CSV by translation tools (memoQ, QTerm): entry fields named
``Entry_ID``, ``Entry_Subject``, ``Entry_Note`` …, then per language its definition
(``Japanese_Def``) and its terms, each in a column named after the language and its
region (``English_United_States``, ``Japanese``, ``Korean``), repeated for an entry's
second and later terms, each followed by its ``…_Info`` and ``…_Example`` columns.
:func:`as_glossary_sheet` turns such rows into a glossary sheet's: ``kind``, ``note``,
one column per locale (the first term) and ``variants:<locale>`` (the
others, ``|``-separated).
"""

from __future__ import annotations

import re

from prlocalize.glossary.values import locale_column

# the entry fields a glossary keeps; the others (dates, creator, client, and the id,
# a number the term base gives its entries in order) it has no use for
_ENTRY_FIELDS = {"entry_subject": "kind", "entry_note": "note"}
_OTHER_ENTRY_FIELD = re.compile(r"Entry_[A-Za-z]+\Z", re.IGNORECASE)
# a language column: the language, its region ('English_United_States', 'Chinese_PRC'),
# and what the column holds when not a term ('_Def', '_Info', '_Example', '_Image')
_LANGUAGE_COLUMN = re.compile(
    r"(?P<language>[A-Za-z]+)(?:_[A-Za-z]+)*?(?:_(?P<part>Def|Info|Example|Image))?\Z"
)

Row = tuple[int, list[str]]


def is_cat_export(header: list[str]) -> bool:
    """Whether ``header`` is a translation tool's: entry fields and language columns."""
    names = [cell.strip() for cell in header]
    return any(_OTHER_ENTRY_FIELD.match(name) for name in names) and any(
        _term_locale(name) for name in names
    )


def as_glossary_sheet(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """``header`` and ``rows`` of a translation tool's export as a glossary's columns."""
    plan: list[tuple[str, list[int]]] = []  # (column, the export's columns it gathers)
    where: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = raw.strip()
        column = _ENTRY_FIELDS.get(name.casefold())
        if column is None and (locale := _term_locale(name)) is not None:
            column = locale if locale not in where else f"variants:{locale}"
        if column is None:
            continue  # a definition, a term's info, a date: nothing a glossary holds
        if column not in where:
            where[column] = len(plan)
            plan.append((column, []))
        plan[where[column]][1].append(index)
    new_header = [column for column, _ in plan]
    new_rows = [(line, [_gathered(cells, indexes) for _, indexes in plan]) for line, cells in rows]
    return new_header, new_rows


def _term_locale(name: str) -> str | None:
    """The locale of a column of terms ('English_United_States': en), None for others."""
    found = _LANGUAGE_COLUMN.match(name)
    if found is None or found["part"] is not None:
        return None
    return locale_column(found["language"])


def _gathered(cells: list[str], indexes: list[int]) -> str:
    values = [cells[i].strip() for i in indexes if i < len(cells) and cells[i].strip()]
    return "|".join(values)
