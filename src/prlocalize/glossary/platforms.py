"""prlocalize.glossary.platforms
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Glossaries exported as CSV by localisation platforms (Crowdin, Lokalise, Smartling,
Phrase). Each language has its term column and beside it fields of that term, named
with the language (``Term [ja]``, ``Description [ja]`` and ``Status [ja]`` in Crowdin;
``ja_description`` in Lokalise; ``ja-JP Notes`` in Smartling), and the entry has fields
of the platform's own (``Part of Speech``, ``Case Sensitive``, ``casesensitive``,
``translatable``, ``forbidden``, ``Concept Subject``, ``Concept Definition``).
:func:`as_glossary_sheet` turns such a header and its rows into a glossary sheet's:
the term columns stay, the descriptions and definitions become notes, ``translatable``
and ``Do Not Translate`` the ``dnt`` column, the terms' statuses the row's ``status``,
a subject or tags column that names a kind the ``kind`` column, and the fields a
glossary has no use for (part of speech, case sensitivity, URLs) are left out. (A
yes/no ``forbidden`` column is read as any sheet's: see
:mod:`prlocalize.glossary.flags`.)
"""

from __future__ import annotations

import re

from prlocalize.glossary.values import FALSE_VALUES, TRUE_VALUES, normalise_locale, parse_kind

Row = tuple[int, list[str]]

# a field of one language's term: 'Description [ja]' (Crowdin), 'ja_description'
# (Lokalise), 'ja-JP Notes' (Smartling), 'ja - Note'
# (anchored at the start: a search from each position of a long cell would be quadratic)
_BRACKETED = re.compile(r"\A(?P<field>[A-Za-z][A-Za-z ]*)\[(?P<locale>[A-Za-z_-]{2,10})\]\Z")
_LOCALE_FIRST = re.compile(
    r"\A(?P<locale>[A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)(?:_| +- +| +)(?P<field>[A-Za-z ]+)\Z"
)
# Lokalise's 'ja_description', Smartling's 'ja-JP Notes' (a sheet kept by hand: 'JA note')
_LOCALE_JOINED = re.compile(r"[A-Za-z]{2,3}(?:_|-[A-Za-z]{2} )")
_NOTE_FIELDS = frozenset({"description", "definition", "note", "notes", "comment", "context"})
_TERM_STATUS = frozenset({"status"})
_DROPPED_TERM_FIELDS = frozenset(
    {"part of speech", "type", "gender", "url", "usage", "abbreviation", "case sensitive"}
)
# the entry's own fields
_ENTRY_NOTES = ("note", "notes", "description", "definition", "concept definition", "concept note")
_ENTRY_KINDS = ("concept subject", "subject", "domain", "tags")
_DROPPED_ENTRY_FIELDS = frozenset(
    {
        "part of speech",
        "case sensitive",
        "casesensitive",
        "exact match",
        "concept url",
        "concept figure",
        "url",
        "gender",
    }
)
# what tells a platform's export from a sheet kept by hand
_PLATFORM_FIELDS = frozenset(
    {
        "part of speech",
        "case sensitive",
        "casesensitive",
        "exact match",
        "translatable",
        "concept subject",
        "concept definition",
        "concept note",
        "concept url",
    }
)
# a term's status that says it is not to be used (Crowdin's 'not recommended', 'obsolete')
_NOT_TO_USE = frozenset({"not recommended", "obsolete", "deprecated", "forbidden"})


def _term_field(name: str) -> tuple[str, str] | None:
    """(field, locale) of a column that gives one language's term a field, or None."""
    for pattern in (_BRACKETED, _LOCALE_FIRST):
        found = pattern.fullmatch(name.strip())
        if found is None:
            continue
        field = " ".join(found["field"].casefold().split())
        locale = normalise_locale(found["locale"])
        known = field in _NOTE_FIELDS or field in _TERM_STATUS or field in _DROPPED_TERM_FIELDS
        if locale is not None and known:
            return field, locale
    return None


def is_platform_export(header: list[str]) -> bool:
    """Whether ``header`` is a localisation platform's glossary export: a field of its
    own, or a term's field named as only platforms name it ('Description [ja]',
    'ja_description', 'ja-JP Notes'; a sheet kept by hand writes 'Note (JA)')."""
    names = [" ".join(cell.casefold().split()) for cell in header]
    return any(name in _PLATFORM_FIELDS for name in names) or any(
        _BRACKETED.fullmatch(cell.strip()) or _LOCALE_JOINED.match(cell)
        for cell in header
        if _term_field(cell) is not None
    )


def as_glossary_sheet(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """``header`` and ``rows`` of a platform's export as a glossary's columns."""
    names = [" ".join(cell.casefold().split()) for cell in header]
    has_kind = any(name in ("kind", "type", "category") for name in names)
    # (column name, how a row's cell for it is made)
    plan: list[tuple[str, _Cell]] = []
    notes: list[int] = []
    statuses: list[int] = []
    term_column: int | None = None
    for index, (raw, name) in enumerate(zip(header, names, strict=True)):
        field = _term_field(raw)
        if field is not None:
            if field[0] in _NOTE_FIELDS:
                notes.append(index)
            elif field[0] in _TERM_STATUS:
                statuses.append(index)
            continue
        if name in _DROPPED_ENTRY_FIELDS:
            continue
        if name in _ENTRY_NOTES:
            notes.insert(sum(1 for i in notes if names[i] in _ENTRY_NOTES), index)
        elif name in _ENTRY_KINDS:
            if not has_kind and _names_kinds(rows, index):
                plan.append(("kind", _Copy(index)))
                has_kind = True
        elif name == "translatable":
            plan.append(("dnt", _Inverted(index)))
        elif name in ("variations", "variants") and term_column is not None:
            # a variant of the source term: beside it, where a sheet's variant column
            # belongs to the language column before it
            at = next(i for i, (_, cell) in enumerate(plan) if cell.index == term_column)
            plan.insert(at + 1, ("variants", _Copy(index)))
        else:
            if name == "term":
                term_column = index
            plan.append((raw, _Copy(index)))
    if statuses and "status" not in names:
        plan.append(("status", _Status(tuple(statuses))))
    if term_column is not None and _repeats_a_language(header, rows, term_column):
        plan = [(column, cell) for column, cell in plan if cell.index != term_column]
    # (each a note column: the reader keeps a sheet's second and later ones in the note)
    plan += [("note", _Copy(index)) for index in notes]
    new_header = [column for column, _ in plan]
    new_rows = [(line, [cell.make(cells) for _, cell in plan]) for line, cells in rows]
    return new_header, new_rows


def _repeats_a_language(header: list[str], rows: list[Row], term: int) -> bool:
    """Whether the 'term' column (Lokalise's term in the project's base language) says
    again what a language's own column says in every row."""
    cell = _Cell(term)
    for index, name in enumerate(header):
        if index == term or normalise_locale(name.strip()) is None:
            continue
        other = _Cell(index)
        if all(cell.make(cells).strip() in ("", other.make(cells).strip()) for _, cells in rows):
            return True
    return False


def _names_kinds(rows: list[Row], index: int) -> bool:
    """Whether each filled cell of a subject or tags column names a kind."""
    values = [cells[index].strip() for _, cells in rows if index < len(cells)]
    filled = [value for value in values if value]
    return bool(filled) and all(parse_kind(value) is not None for value in filled)


class _Cell:
    def __init__(self, index: int) -> None:
        self.index = index

    def make(self, cells: list[str]) -> str:
        return cells[self.index] if self.index < len(cells) else ""


class _Copy(_Cell):
    pass


class _Inverted(_Cell):
    """'translatable': its no is the glossary's dnt yes."""

    def make(self, cells: list[str]) -> str:
        value = super().make(cells).strip().casefold()
        if value in FALSE_VALUES and value:
            return "yes"
        return "no" if value in TRUE_VALUES or not value else value


class _Status(_Cell):
    """The row's status from its terms' statuses (Crowdin's): a row whose
    every status says not to use it is deprecated, its forms forms not to use."""

    def __init__(self, indexes: tuple[int, ...]) -> None:
        super().__init__(indexes[0])
        self.indexes = indexes

    def make(self, cells: list[str]) -> str:
        values = [cells[i].strip().casefold() for i in self.indexes if i < len(cells)]
        said = [value for value in values if value and value not in FALSE_VALUES]
        if said and all(value in TRUE_VALUES or value in _NOT_TO_USE for value in said):
            return "deprecated"
        return ""
