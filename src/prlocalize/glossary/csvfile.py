"""prlocalize.glossary.csvfile
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The CSV contract of DESIGN.md, reader and writer.

Columns: ``id``, ``kind``, one column per locale (the approved form),
``variants:<loc>`` and ``forbidden:<loc>`` (``|``-separated), ``given:<loc>`` and
``family:<loc>`` (persons), ``dnt`` (yes/no) and ``note``. Only ``kind`` and one
locale column are required; a row without ``id`` gets ``<kind>:<slug of its form>``.
A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, tab or CR, and not a plain number) is written with a leading apostrophe, and
that apostrophe is dropped again on reading: ``-san`` is stored as ``'-san`` and reads
back as ``-san``; ``glossary lint`` warns about such cells written without it.
The reader never raises: it returns the entries, the raw rows (for lint) and the
structural problems, each with its file and line.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from prlocalize.glossary import platforms
from prlocalize.glossary.brackets import Bracket, former_name, person_note, read_bracket
from prlocalize.glossary.cattools import as_glossary_sheet, is_cat_export
from prlocalize.glossary.cellmarks import excel_text_mark, kome_note, retired_form
from prlocalize.glossary.flags import forbidden_flags
from prlocalize.glossary.model import (
    LEGAL_FORMS,
    Entry,
    Glossary,
    Kind,
    PersonName,
    Source,
    Term,
)
from prlocalize.glossary.problems import (
    Level,
    ParsedFile,
    Problem,
    Row,
    raise_blocking,
    read_glossary_bytes,
)
from prlocalize.glossary.titled import split_title
from prlocalize.glossary.values import (
    FALSE_VALUES,
    FORMULA_GUARD,
    KIND_ALIASES,
    LIST_SEPARATOR,
    TRUE_VALUES,
    decode,
    formula_text,
    guard_formula,
    id_for_forms,
    locale_column,
    loose_field_column,
    loose_locale_column,
    normalise_locale,
    parse_kind,
    split_list,
    unguard_formula,
)

FIELD_PREFIXES = ("variants", "forbidden", "given", "family")
PLAIN_COLUMNS = ("id", "kind", "dnt", "note", "status")
# a sheet's second and later note columns ('Notes' and 'Comment', '備考' and '비고'):
# 'note#2', 'note#3', … read into the entry's note after the first
MORE_NOTES = "note#"
# written by `glossary suggest` for the reviewer; read past, so a candidates file loads
IGNORED_COLUMNS = ("confidence", "evidence")
# the other names spreadsheets give the plain columns, taken when the file does not
# also have the column by its own name
COLUMN_ALIASES = {
    **dict.fromkeys(
        (
            "type",
            "category",
            "種別",
            "種類",
            "分類",
            "区分",
            "カテゴリ",
            "カテゴリー",
            "구분",
            "종류",
            "유형",
            "분류",
            "카테고리",
        ),
        "kind",
    ),
    **dict.fromkeys(
        ("notes", "comment", "comments", "remarks", "備考", "メモ", "注記", "비고", "메모"), "note"
    ),
    **dict.fromkeys(
        (
            *("state", "usage", "usage status", "ステータス", "状態", "状況", "상태", "사용 여부"),
            # a checkbox column (Google Sheets and Excel save it as TRUE / FALSE)
            *("approved", "approved?", "承認", "承認済み", "승인", "승인 여부"),
        ),
        "status",
    ),
    **dict.fromkeys(
        (
            "do not translate",
            "do-not-translate",
            "don't translate",
            "untranslatable",
            "keep as is",
            "翻訳不要",
            "翻訳しない",
            "번역 안 함",
            "번역하지 않음",
            "번역 불필요",
        ),
        "dnt",
    ),  # (not "translate?": its yes means the opposite)
}
DELIMITERS = (",", ";", "\t")  # Excel writes ';' where ',' is the decimal comma


# ---------------------------------------------------------------- CSV reader


def read_csv(path: str | Path) -> Glossary:
    """The entries of one CSV glossary; InputErrors when it has structural problems."""
    parsed = parse_csv_file(path)
    raise_blocking(parsed.problems)
    return Glossary(parsed.entries)


def parse_csv_file(path: str | Path) -> ParsedFile:
    data = read_glossary_bytes(path)
    if isinstance(data, ParsedFile):
        return data
    text, problem = decode(data, str(path))
    if text is None:
        return ParsedFile(str(path), problems=[problem] if problem else [])
    # 'people.csv', 'titles.csv', '人名.csv': a sheet kept per kind may have no kind column
    return parse_csv(text, str(path), kind_from=Path(path).stem)


def parse_csv(text: str, path: str, kind_from: str = "") -> ParsedFile:
    """Entries, raw rows and structural problems of CSV ``text`` (never raises);
    ``kind_from`` names the kind of every row when the header has no kind column (the
    file's name)."""
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            records.append((line, record))
            line = reader.line_num + 1
    except csv.Error as exc:
        problems.append(Problem(path, line, "bad-csv", f"malformed CSV: {exc}"))
    return parse_records(records, path, problems, kind_from=kind_from)


def parse_records(
    records: list[tuple[int, list[str]]],
    path: str,
    found: Iterable[Problem] = (),
    *,
    kind_from: str = "",
) -> ParsedFile:
    """Entries, raw rows and structural problems of a sheet's rows, each with its line
    (a CSV file's, or a spreadsheet's row number), after the problems ``found`` in
    reading them; never raises. ``kind_from`` (a file's or sheet's name: 'People',
    '役職') gives every row its kind when the header has no kind column."""
    result = ParsedFile(path)
    problems = result.problems
    problems.extend(found)
    records = [(n, r) for n, r in records if any(cell.strip() for cell in r)]
    if not records:
        problems.append(Problem(path, 1, "missing-column", "empty file: a header row is needed"))
        return result
    if is_cat_export(records[0][1]):  # a memoQ term base: its columns as a glossary's
        header_row, rows = as_glossary_sheet(records[0][1], records[1:])
        records = [(records[0][0], header_row), *rows]
    elif platforms.is_platform_export(records[0][1]):  # Crowdin, Lokalise, Smartling
        header_row, rows = platforms.as_glossary_sheet(records[0][1], records[1:])
        named = {COLUMN_ALIASES.get(c.strip().casefold(), c.strip().casefold()) for c in header_row}
        if "kind" not in named and parse_kind(kind_from) is None:
            # a platform's glossary has no field for it: its rows are terms, said once
            header_row, rows = [*header_row, "kind"], [(n, [*r, "term"]) for n, r in rows]
            problems.append(_platform_kinds(path, records[0][0]))
        records = [(records[0][0], header_row), *rows]
    generic = kind_from.strip().casefold() in _GENERIC_NAMES
    default_kind = parse_kind(kind_from) if kind_from and not generic else None
    # a sheet or file named as a do-not-translate list ('Do not translate', '翻訳不要',
    # 'DNT'): every row kept as written, though it says neither kind nor dnt; a brand
    # (the contract's dnt kind), matched in its case as a name is ('SEIRAN', the
    # logotype, is not 'Seiran' the company)
    dnt_list = dnt_list_name(kind_from)
    if dnt_list and default_kind is None:
        default_kind = Kind.BRAND
    in_cells = default_kind is None and _kinds_in_cells(records)
    # (a sheet whose kinds are in its cells has a header without one: found as such)
    at, header, group = find_header(records, default_kind or (Kind.TERM if in_cells else None))
    records = records[at:]
    header_line = records[0][0]
    header_names = _names(records[0][1])  # as written: a row that repeats them is no entry
    if group is not None:
        problems.append(_group_read(group, records[0][1], header, path, header_line))
    header = _trimmed(header, records[1:])
    header = _terms_by_script(header, records[1:], path, header_line, problems)
    in_cells = in_cells and _check_header(header, header_line, path, []) is None
    if in_cells:
        header = [*header, "kind"]  # each row's empty cell: its kind from its bracket
    columns = _check_header(
        header, header_line, path, problems, default_kind, _list_languages(header, records[1:])
    )
    if columns is None:
        return result
    if "status" not in columns:
        records[1:] = forbidden_flags(columns, records[1:])
        if "status" in columns:
            flag = header[columns.index("status")]
            message = f"column {flag!r} says yes or no: read as each row's status (yes: "
            message += "its forms are forms not to use)"
            problems.append(Problem(path, header_line, "header-read", message, Level.INFO))
    if in_cells:
        problems.append(
            Problem(
                path,
                header_line,
                "kind-from-cells",
                "no kind column: each row's kind is read from the bracket after its term "
                "('Aiko Hirano (person)')",
                Level.INFO,
            )
        )
    dnt_list = dnt_list and "dnt" not in columns
    if dnt_list:
        problems.append(
            Problem(
                path,
                header_line,
                "dnt-from-name",
                f"no dnt column: every row is kept as written in every locale (dnt: yes), "
                f"as the name {kind_from!r} says",
                Level.INFO,
            )
        )
    if default_kind is not None and "kind" not in columns:
        problems.append(
            Problem(
                path,
                header_line,
                "kind-from-name",
                f"no kind column: every row is of kind {default_kind.value!r}, as the name "
                f"{kind_from!r} says",
                Level.INFO,
            )
        )
    else:
        default_kind = None
    _drop_numbering(columns, header, records[1:], path, header_line, problems)
    first_line: dict[str, int] = {}
    owners: dict[tuple[Kind, str, str], int] = {}  # (kind, locale, approved form): entry
    # every row has the same cells: their locales and per-locale column names, found once
    layout = _locale_columns([name for name in columns if name], present=set(columns))
    width = len(columns)
    every_column = all(columns)  # no ignored column: a full row's cells are the record
    above = _merged_kinds(records[1:], columns.index("kind")) if "kind" in columns else {}
    for line, record in records[1:]:
        if len(record) > len(header):
            # a company name split at its unquoted comma first ('Kumo Co.', ' Ltd.'): the
            # row's empty last cell would otherwise make up the count, its cells shifted
            record = _rejoin_legal_suffixes(record, len(header))
        if len(record) > len(header) and not any(c.strip() for c in record[len(header) :]):
            record = record[: len(header)]  # (the empty cells of those columns)
        if len(record) > len(header):
            problems.append(
                Problem(
                    path,
                    line,
                    "bad-row",
                    f"{len(record)} fields but the header has {len(header)}; quote values "
                    "that contain commas",
                )
            )
            continue
        if every_column and len(record) == width:
            cells = dict(zip(columns, record, strict=True))
        else:
            cells = {
                name: record[i] if i < len(record) else "" for i, name in enumerate(columns) if name
            }
        skipped = _not_an_entry(record, cells, header_names, single=dnt_list)
        if skipped is None and line == records[1][0] and _fill_in_notes(record, cells):
            skipped = (
                "notes-row",
                f"{_notes_text(record)!r} under the header says how to fill the sheet in: "
                "read as notes, not an entry",
            )
        if skipped is not None:
            problems.append(Problem(path, line, skipped[0], skipped[1], Level.INFO))
            continue
        result.rows.append(Row(line, cells))  # as written: lint looks for formulas there
        # the formula guard our writer adds is not part of the value (see guard_formula)
        values = cells  # (read only from here on)
        if any(value[:1] == FORMULA_GUARD for value in record):
            values = {
                name: unguard_formula(value) if value[:1] == FORMULA_GUARD else value
                for name, value in cells.items()
            }
        if default_kind is not None:
            values = {**values, "kind": default_kind.value}
        if dnt_list:
            values = {**values, "dnt": "yes"}
        if line in above and not values.get("kind", "").strip():
            kind_above, line_above = above[line]
            values = {**values, "kind": kind_above}
            problems.append(
                Problem(
                    path,
                    line,
                    "kind-from-above",
                    f"kind is empty: read as {kind_above!r} from line {line_above}, as a "
                    "merged cell is exported (the sheet names each kind once, above its "
                    "group); unmerge the kind cells and fill every row",
                    Level.WARNING,
                    column="kind",
                )
            )
        values = _with_plain_spaces(values, path, line, problems)
        values = _without_placeholders(values, layout, path, line, problems)
        values = _without_formula_text(values, cells, layout, path, line, problems)
        status = _status(values.get("status", ""), path, line, problems)
        if status == "draft":
            continue  # not approved yet: neither required nor reported
        entry = _entry_from_row(values, line, path, problems, layout)
        if entry is None:
            continue
        if numbers := _numbers_only(entry):
            numbered = _number_row(numbers, entry, path, line)
            if numbered is not None:
                problems.append(numbered)
                if numbered.code != "digits-brand":
                    continue
        if status == "deprecated":
            # an old name or a rejected rendering: every form of the row is one not to use
            entry = replace(
                entry,
                forms={
                    locale: Term(forbidden=tuple(dict.fromkeys((*t.accepted, *t.forbidden))))
                    for locale, t in entry.forms.items()
                },
            )
        if status == "deprecated" and entry.id in first_line:
            # a form the term's approved row gives is what ties the rows ('Hanbada
            # Shipping', then 'Hanbada Shipping' with 'ハンバダ船舶' deprecated): only the
            # forms the term does not accept are not to use
            entry = _without_accepted(entry, next(e for e in result.entries if e.id == entry.id))
        if entry.id not in first_line and status != "deprecated" and not values.get("id"):
            longer = _short_form_of(entry, result.entries, owners)
            if longer is not None:
                # 'Minamoto Seiki' under 'Minamoto Seiki Co., Ltd.', the Korean the same
                # in both rows: one company, not two that claim one form
                index, locale = longer
                problems.append(
                    Problem(
                        path,
                        line,
                        "repeated-term",
                        f"the same {locale} form as line {first_line[result.entries[index].id]}"
                        f" ({result.entries[index].id!r}), and elsewhere a short form of its "
                        "forms or the same name: its forms are accepted as variants of that "
                        "entry (give each row an id if they are two)",
                        Level.WARNING,
                    )
                )
                merged = result.entries[index].accepting(entry)
                if entry.note and entry.note not in merged.note:  # where each form is used
                    merged = replace(merged, note=f"{merged.note}; {entry.note}".lstrip("; "))
                result.entries[index] = merged
                continue
        if entry.id in first_line:
            if values.get("id", "").strip():
                # an id the sheet gives must be unique: which entry is meant cannot be told
                problems.append(
                    Problem(
                        path,
                        line,
                        "duplicate-id",
                        f"id {entry.id!r} already used on line {first_line[entry.id]}",
                        column="id",
                    )
                )
                continue
            # a row that repeats a term: the same forms again, or another translation of
            # it for another context ('President': 社長 for a company, 大統領 for a country)
            index = next(i for i, e in enumerate(result.entries) if e.id == entry.id)
            clash = _other_name(result.entries[index], entry)
            if clash is not None:
                # a slip in one of the rows, or two people of one name ('Kenji Sato':
                # 佐藤 健二 and 佐藤 賢治): not an error that stops every command, since
                # the sheet may be right; said until the sheet says which
                locale, first, other = clash
                problems.append(
                    Problem(
                        path,
                        line,
                        "conflicting-name",
                        f"{entry.approved('en') or entry.id!r} is written {first!r} on line "
                        f"{first_line[entry.id]} and {other!r} here, and both are accepted: "
                        f"if one is a slip, keep the right one and put the other in "
                        f"'forbidden:{locale}'; if they are two people, give each row its "
                        "own id",
                        Level.WARNING,
                        column=locale,
                    )
                )
                result.entries[index] = result.entries[index].accepting(entry)
                continue
            merged = result.entries[index].accepting(entry)
            said = "repeats line" if merged == result.entries[index] else "merged with line"
            joined = bool(entry.note) and entry.note not in merged.note
            if joined:
                # the same person again with another note ('(2026年4月～)', 'Head of
                # Procurement'): both notes are the sheet's word on the entry
                merged = replace(merged, note=f"{merged.note}; {entry.note}".lstrip("; "))
            problems.append(
                Problem(
                    path,
                    line,
                    "repeated-term",
                    f"{said} {first_line[entry.id]} ({entry.id!r}): "
                    + (
                        ("read once, its note joined" if joined else "read once")
                        if said == "repeats line"
                        else "its other forms are forms not to use for that entry"
                        if status == "deprecated"
                        else "its forms are accepted as variants of that entry (a note may "
                        "say where each is used)"
                    ),
                    Level.WARNING,
                )
            )
            result.entries[index] = merged
            continue
        first_line[entry.id] = line
        for locale, term in entry.forms.items():
            if term.text:
                owners.setdefault((entry.kind, locale, term.text), len(result.entries))
        result.entries.append(entry)
    return result


def _short_form_of(
    entry: Entry, entries: list[Entry], owners: dict[tuple[Kind, str, str], int]
) -> tuple[int, str] | None:
    """(index, locale) of the earlier entry of ``entry``'s kind that has ``entry``'s
    approved form in ``locale`` and whose forms in every other locale hold ``entry``'s,
    or the reverse, or are the same name with another legal form: a row of a company's,
    a brand's or a place's short form ('Minamoto Seiki', 'ミナモト精機', under 'Minamoto
    Seiki Co., Ltd.', '株式会社ミナモト精機'), where Korean writes both alike
    ('미나모토세이키'), or its name written again with 'Co., Ltd.' for 'Company Limited'.
    A title's row for another context ('CEO (of a Korean bio-venture)', '代表', '대표'
    under 'CEO, iPark Institute Co., Ltd.', '代表取締役社長', '대표') is read so too, as a
    row of the same English is. Else None: two rows that share a form and differ
    elsewhere are two entries claiming it (an error); people are never read so."""
    if entry.kind not in _NAMES_OF_THINGS:
        return None
    for locale, term in entry.forms.items():
        index = owners.get((entry.kind, locale, term.text)) if term.text else None
        if index is None:
            continue
        other = entries[index]
        if all(
            _one_name_of(mine.text, theirs.text)
            for loc, mine in entry.forms.items()
            if mine.text and (theirs := other.forms.get(loc)) is not None and theirs.text
        ):
            return index, locale
    return None


_NAMES_OF_THINGS = frozenset({Kind.ORG, Kind.BRAND, Kind.PLACE, Kind.TERM, Kind.TITLE})
# a bracket that ends a cell: what the sheet says of the row ('CEO (of a Korean
# bio-venture)'), not a part of the form a release writes
_TRAILING_BRACKET = re.compile(r"[(（][^()（）]*[)）]\Z")


def _one_name_of(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name one thing: the one a part of the other, or the same
    name with another legal form ('Co., Ltd.', 'Company Limited')."""
    a, b = _TRAILING_BRACKET.sub("", a).rstrip() or a, _TRAILING_BRACKET.sub("", b).rstrip() or b
    return _holds(a, b) or _holds(b, a) or _bare(a) == _bare(b)


# a legal form in its English spellings ('Company Limited', 'Co., Ltd.', 'K.K.')
_ENGLISH_LEGAL_FORM = re.compile(
    r"\b(?:co(?:mpany)?\.?,?\s*(?:ltd|limited)|inc(?:orporated)?|corp(?:oration)?|limited|ltd"
    r"|llc|plc|gmbh|k\.\s?k|co)\b\.?",
    re.IGNORECASE,
)


def _bare(name: str) -> str:
    """``name`` without its legal form, spaces and punctuation, case folded."""
    name = _ENGLISH_LEGAL_FORM.sub("", _LEGAL_FORM.sub("", name))
    return "".join(c for c in name.casefold() if c.isalnum())


def _holds(long: str, short: str) -> bool:
    """Whether ``short`` is ``long`` or a part of it that starts or ends on a word's edge."""
    long, short = long.casefold(), short.casefold()
    at = long.find(short)
    if at < 0:
        return False
    end = at + len(short)
    if not short.isascii():
        return True  # (Japanese and Korean: no spaces between words)
    return (at == 0 or not long[at - 1].isalnum()) and (end == len(long) or not long[end].isalnum())


def _merged_kinds(rows: Sequence[tuple[int, list[str]]], at: int) -> dict[int, tuple[str, int]]:
    """The kind of each row whose kind cell is empty under a group's first row, with that
    row's line, when the sheet's kind column was merged cells: a spreadsheet exports a
    merged cell's value in its first row only. Such a column names a kind at the top of
    each of several groups, never twice running (a merged group would hold both rows);
    a sheet that does, that names one kind only, whose first row has none, or whose
    company (by its legal form) would so be a person or a term, left its cells empty
    otherwise, and is read as such."""
    cells = [(line, record[at].strip() if at < len(record) else "") for line, record in rows]
    filled = [cell for _, cell in cells if cell]
    if not cells or not cells[0][1] or len(filled) < 2 or len(filled) == len(cells):
        return {}
    for (_, before), (_, cell) in itertools.pairwise(cells):
        if cell and before and cell.casefold() == before.casefold():
            return {}
    found: dict[int, tuple[str, int]] = {}
    kind, since = cells[0][1], cells[0][0]
    for (line, cell), (_, record) in zip(cells, rows, strict=True):
        if cell:
            kind, since = cell, line
            continue
        if parse_kind(kind) is not Kind.ORG and any(_LEGAL_FORM.search(c) for c in record):
            return {}
        found[line] = (kind, since)
    return found


def _platform_kinds(path: str, line: int) -> Problem:
    return Problem(
        path,
        line,
        "kind-default",
        "a localisation platform's export without a kind: every row is read as a term, "
        "so names are not checked as persons; add a column 'kind' (person, title, org, "
        "place, brand or term) to say which rows are names",
        Level.WARNING,
    )


def _without_accepted(deprecated: Entry, approved: Entry) -> Entry:
    """``deprecated`` without the forbidden forms ``approved`` accepts."""
    forms = {}
    for locale, term in deprecated.forms.items():
        accepted = term_of.accepted if (term_of := approved.term(locale)) is not None else ()
        kept = tuple(form for form in term.forbidden if form not in accepted)
        if kept:
            forms[locale] = Term(forbidden=kept)
    return replace(deprecated, forms=forms)


def _other_name(first: Entry, again: Entry) -> tuple[str, str, str] | None:
    """(locale, first form, other form) where a person's row repeated gives another
    name in a locale ('荻野 遥', then '荻野 春香'): not another translation for another
    context, as a term's may be, but a mistake in one of the rows. The same name
    spaced or ordered otherwise ('荻野遥', 'Ogino Haruka') is the same name."""
    if first.kind is not Kind.PERSON:
        return None
    for locale, term in again.forms.items():
        mine = first.approved(locale)
        if mine and term.text and not _same_name(mine, term.text):
            return locale, mine, term.text
    return None


def _same_name(a: str, b: str) -> bool:
    def words(name: str) -> list[str]:
        return name.replace("・", " ").replace("\u3000", " ").casefold().split()

    mine, other = words(a), words(b)
    unspaced = "".join(other)
    return sorted(mine) == sorted(other) or unspaced in ("".join(mine), "".join(mine[::-1]))


_ROW_NUMBER = re.compile(r"\d{1,6}\.?")


def _numbers_only(entry: Entry) -> list[str]:
    """The forms of ``entry`` when every one is a number ('2025', '２０２５', '1,000'),
    else []: no name or term is written with digits alone."""
    forms = [form for term in entry.forms.values() for form in term.accepted]
    if forms and all(_is_number(form) or _SHEET_DATE.fullmatch(form) for form in forms):
        return list(dict.fromkeys(forms))
    return []


# a date as a spreadsheet writes it: what Excel makes of a name such as 'MARCH-1' or
# '3-1' typed into a cell not formatted as text ('2026-03-01' read from a workbook,
# '1-Mar', 'Mar-01', '2026/03/01' in the CSV it saves)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_SHEET_DATE = re.compile(
    rf"(?:\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}(?: 00:00:00)?|\d{{1,2}}-(?:{_MONTHS})(?:-\d{{2,4}})?"
    rf"|(?:{_MONTHS})-\d{{2,4}})",
    re.IGNORECASE,
)


def _number_row(numbers: list[str], entry: Entry, path: str, line: int) -> Problem | None:
    """What to say of a row whose forms are all numbers: a date a spreadsheet made of a
    name (left out), a brand written in digits (kept: '007' as typed), else a year or a
    count typed into the sheet (left out)."""
    shown = ", ".join(map(repr, numbers))
    if any(_SHEET_DATE.fullmatch(number) for number in numbers):
        return Problem(
            path,
            line,
            "date-cell",
            f"the row holds only dates and numbers ({shown}): a name the spreadsheet took "
            "for a date ('MARCH-1' becomes 2026-03-01 and '1-Mar')? Left out; format the "
            "column as Text and type the name again, or delete the row",
            Level.WARNING,
        )
    if entry.kind is Kind.BRAND:
        if any(number[:1] == "0" and number.isdigit() and len(number) > 1 for number in numbers):
            return None  # '007': typed as text, its zeros kept
        return Problem(
            path,
            line,
            "digits-brand",
            f"a brand written in digits alone ({shown}): read as written; if it had "
            "leading zeros ('007'), the spreadsheet dropped them: format the column as "
            "Text and type it again",
            Level.WARNING,
        )
    return Problem(
        path,
        line,
        "number-row",
        f"the row holds only numbers ({shown}), no name or term: left out (a year or a "
        "count typed into the sheet); delete the row, or keep the number in a note",
        Level.WARNING,
    )


def _is_number(form: str) -> bool:
    return any(c.isdigit() for c in form) and all(c.isdigit() or c in ",.-/: " for c in form)


def _drop_numbering(
    columns: list[str],
    header: Sequence[str],
    rows: Sequence[tuple[int, list[str]]],
    path: str,
    line: int,
    problems: list[Problem],
) -> None:
    """Leave out a locale or id column that holds nothing but row numbers: 'No' heads
    one in many sheets, and is also Norwegian's code (its '1', '2' were forms, and gave
    the entries their ids); an 'ID' of row numbers gives two sheets the same ids, and
    one sheet's entries replaced the other's. Each row's id is then made from its kind
    and form, as for a sheet without ids."""
    for index, name in enumerate(columns):
        if not name or (name in PLAIN_COLUMNS and name != "id") or ":" in name or "#" in name:
            continue
        values = [r[index].strip() for _, r in rows if index < len(r) and r[index].strip()]
        if values and all(_ROW_NUMBER.fullmatch(value) for value in values):
            if name != "id" and _repeated_elsewhere(index, columns, rows):
                continue  # 'brand,007,007,007': a product's code in every language
            columns[index] = ""
            said = "ids are made from each row's kind and form" if name == "id" else "not forms"
            problems.append(
                Problem(
                    path,
                    line,
                    "ignored-column",
                    f"column {header[index].strip()!r} ignored: it holds row numbers ({said})",
                    Level.WARNING,
                )
            )


def _repeated_elsewhere(
    index: int, columns: Sequence[str], rows: Sequence[tuple[int, list[str]]]
) -> bool:
    """Whether another locale column holds the same value as column ``index`` on every
    row: the forms of a name written in digits ('007' in en, ja and ko), where a sheet
    numbers its rows in one column only."""

    def cell(record: list[str], at: int) -> str:
        return record[at].strip() if at < len(record) else ""

    return any(
        other != index
        and name
        and name not in PLAIN_COLUMNS
        and ":" not in name
        and all(cell(record, other) == cell(record, index) for _, record in rows)
        for other, name in enumerate(columns)
    )


# what a sheet's status column says of a row, as terminology tools and teams write it
_STATUS = {
    **dict.fromkeys(
        (
            "", "approved", "ok", "confirmed", "final", "preferred", "admitted", "permitted",
            "active", "current", "承認", "承認済", "承認済み", "確定", "済", "推奨", "승인", "확정",
            "사용", "true",
            # the default status options of Notion and Airtable ('Not started', 'In
            # progress', 'Done'): only a finished row is approved
            "done", "complete", "completed",
        ),
        "approved",
    ),
    **dict.fromkeys(
        (
            "deprecated", "obsolete", "old", "forbidden", "do not use", "don't use", "ng",
            "retired", "superseded", "廃止", "旧", "旧名", "使用禁止", "禁止", "폐기", "사용 금지",
            "금지", "구명칭",
        ),
        "deprecated",
    ),
    **dict.fromkeys(
        (
            "draft", "pending", "proposed", "new", "tbd", "under review", "検討中", "未確定",
            "仮", "確認中", "검토 중", "검토중", "미확정", "false",
            "in review", "needs review", "to review", "in progress", "not started", "todo",
            "to do", "on hold", "suggested", "レビュー中", "審査中", "작성 중", "작성중",
        ),
        "draft",
    ),
}  # fmt: skip


def _status(value: str, path: str, line: int, problems: list[Problem]) -> str:
    """'approved', 'deprecated' or 'draft' for a status cell (said by lint but for
    approved rows); an unknown status reads as approved, with a warning."""
    status = _STATUS.get(value.strip().casefold())
    if status is None:
        problems.append(
            Problem(
                path,
                line,
                "bad-value",
                f"status {value.strip()!r} is not one prlocalize knows: the row is read as "
                "approved (use approved, deprecated or draft)",
                Level.WARNING,
                column="status",
            )
        )
        return "approved"
    if status == "draft":
        problems.append(
            Problem(path, line, "draft-row", f"status {value.strip()!r}: left out", Level.INFO)
        )
    elif status == "deprecated":
        message = f"status {value.strip()!r}: its forms are forms not to use"
        problems.append(Problem(path, line, "deprecated-row", message, Level.INFO))
    return status


# names a whole glossary goes by, though a kind column may say "glossary" or "general"
# for a term: such a file still needs its kind column
_GENERIC_NAMES = frozenset({"glossary", "terminology", "general"})


def dnt_list_name(name: str) -> bool:
    """Whether a file's or sheet's ``name`` says it lists terms not to translate: the
    names of a dnt column ('Do not translate', '翻訳不要', '번역 안 함'), 'DNT',
    'Non-translatables', with or without a word for list ('DNT list', '翻訳不要リスト')."""
    word = name.strip().casefold().replace("_", " ").replace("-", " ")
    listed = _LIST_WORD.search(word)
    if listed is not None:
        word = word[: listed.start()].rstrip()
    return word in _DNT_NAMES or COLUMN_ALIASES.get(word) == "dnt"


_DNT_NAMES = frozenset({"dnt", "do not translate", "non translatable", "non translatables"})
# (the spaces before it are stripped apart: a leading \s* is tried again from every space)
_LIST_WORD = re.compile(r"(?:list|terms|words|リスト|一覧|用語|목록|리스트|용어)$")
_COMMENT = re.compile(r"#+(?:\s|$)")


def _not_an_entry(
    record: list[str], cells: dict[str, str], header_names: list[str], *, single: bool = False
) -> tuple[str, str] | None:
    """(code, message) of a row that a sheet kept by hand holds for its reader, not as an
    entry: a comment ("# checked by legal, 2026-03"), a section heading, one cell alone
    with no kind ("■ People", "【人名】"), or the header again (sheets pasted one under
    the other); None for an entry. With ``single`` (a do-not-translate list, whose term
    is its form in every locale) one cell alone is an entry."""
    first = next((cell.strip() for cell in record if cell.strip()), "")
    if _names(record) == header_names:
        return "header-repeated", "the header again: read as a header, not an entry"
    if _COMMENT.match(first):  # (not a hashtag: '#MeToo' may well be a brand)
        return "comment-row", f"{first[:40]!r} starts with '#': read as a comment, not an entry"
    if single:
        return None
    if not cells.get("kind", "").strip() and sum(1 for c in record if c.strip()) == 1:
        return (
            "section-heading",
            f"{first[:40]!r} alone on its row, with no kind: read as a section heading, "
            "not an entry",
        )
    return None


# what a row under a sheet's header tells whoever fills it in: that a column must be
# filled ('必須', '(필수)', 'required'), may be left empty ('任意', '선택', 'optional')
_FILL_IN_WORDS = frozenset(
    {"必須", "required", "mandatory", "필수", "任意", "optional", "선택", "必須項目", "任意項目"}
)
_NOTE_MARKS = "()（）[]［］*＊※ \u3000"
_LEGEND_SEPARATOR = re.compile(r"[/／,、|・]")
_PROMPT_LENGTH = 30  # 'choose one of the following', '以下から選択してください'


def _fill_in_word(cell: str) -> bool:
    return cell.strip(_NOTE_MARKS).casefold() in _FILL_IN_WORDS


def _kind_legend(cell: str) -> bool:
    """'(person/title/org/place/brand)', '人名／社名／地名': the kind column's words listed,
    in brackets or three at least ('Person/Company' is an entry's kind in doubt); a
    data validation's prompt may lead them ('(choose: person / org / place)', '選択：人名
    ／社名／地名')."""
    bare = cell.strip(_NOTE_MARKS)
    least = 2 if bare != cell.strip() else 3
    prompt, colon, listed = bare.rpartition(":") if ":" in bare else bare.rpartition("：")
    if colon and len(prompt) <= _PROMPT_LENGTH and not _LEGEND_SEPARATOR.search(prompt):
        bare = listed
    parts = [part for part in _LEGEND_SEPARATOR.split(bare) if part.strip()]
    return len(parts) >= least and all(parse_kind(part) is not None for part in parts)


def _fill_in_notes(record: list[str], cells: Mapping[str, str]) -> bool:
    """Whether the row under the header is the sheet's notes for whoever fills it in, as
    Google Sheets and Excel templates put there: its kind cell a mark that the column is
    required or a legend of the kinds ('※必須', '(필수)', '(person/org/place)'), or, with
    no kind, every cell such a mark ('required', 'optional'). Read as an entry, it was an
    unknown kind, or a term 'required' whose Korean was 'optional'."""
    kind = cells.get("kind", "").strip()
    if kind:
        return parse_kind(kind) is None and (_fill_in_word(kind) or _kind_legend(kind))
    filled = [cell for cell in record if cell.strip()]
    return bool(filled) and all(_fill_in_word(cell) for cell in filled)


def _notes_text(record: list[str]) -> str:
    return " | ".join(cell.strip() for cell in record if cell.strip())[:60].rstrip(" |")


def _names(cells: Sequence[str]) -> list[str]:
    return [c.strip().casefold() for c in cells if c.strip()]


# the second half of a company name split at its comma by a file written by hand without
# quotes: "Sakura Mobility Co., Ltd." read as "Sakura Mobility Co." and " Ltd."
_SUFFIX_CELL = re.compile(
    r"(\s*)(?:Ltd|Inc|LLC|L\.L\.C|LLP|Limited|Corp|S\.A|AG|GmbH|plc)\.?\s*$", re.IGNORECASE
)
# ... and the word before it that Japanese companies' English names join to it without a
# space ('Aomine Shipbuilding Co.,Ltd.')
_CO_BEFORE = re.compile(r"\b(?:Co|CO)\.?$")


def _rejoin_legal_suffixes(record: list[str], width: int) -> list[str]:
    """``record`` with each cell that is only a legal suffix (" Ltd.", " Inc.") joined back
    to the cell before it, when that gives exactly ``width`` cells; else ``record``."""
    joined: list[str] = []
    for cell in record:
        suffix = _SUFFIX_CELL.fullmatch(cell) if joined and joined[-1].strip() else None
        if suffix is not None and (suffix[1] or _CO_BEFORE.search(joined[-1])):
            joined[-1] += "," + cell
        else:
            joined.append(cell)
    if len(joined) == width:
        return joined
    # the empty cells a sheet saves past its last column ('…,구모음료,,'): past the
    # header's width once the name is joined, as a row's empty note column is
    if (
        len(joined) < len(record)
        and len(joined) > width
        and not any(c.strip() for c in joined[width:])
    ):
        return joined[:width]
    return record


# a column of forms headed without its language, as terminology tools export them
# ('Term' beside 'Translation (JA)', 'Source term', '用語', '용어'): its language is read
# from its text. Not 'Source' alone: sheets keep where a term comes from under it. An
# Airtable base or a Notion database heads its primary field 'Name' in its CSV export.
_TERM_HEADERS = frozenset(
    {"term", "terms", "source term", "target term", "word", "name", "用語", "訳語", "原語",
     "용어", "번역어", "원어"}
)  # fmt: skip
_SCRIPT_OF = (
    (re.compile("[\uac00-\ud7a3]"), "ko"),
    (re.compile("[\u3040-\u30ff]"), "ja"),
    (re.compile("[\u4e00-\u9fff]"), "kanji"),  # Japanese when kana are in the column too
    (re.compile("[A-Za-z]"), "en"),
)


def _terms_by_script(
    header: list[str],
    rows: Sequence[tuple[int, list[str]]],
    path: str,
    line: int,
    problems: list[Problem],
) -> list[str]:
    """``header`` with each column of forms headed without its language ('Term') headed
    by the language nearly all its cells are written in (Hangul, kana, Latin letters),
    said as information; left as it is when its text is mixed or the language has a
    column already."""
    wanted = [i for i, name in enumerate(header) if name.strip().casefold() in _TERM_HEADERS]
    if not wanted:
        return header
    named = {locale_column(name) or loose_locale_column(name) for name in header}
    out = list(header)
    for i in wanted:
        cells = [r[i].strip() for _, r in rows[:200] if i < len(r) and r[i].strip()]
        lang, count = _script_language(cells)
        if lang == "kanji":
            continue  # Japanese or Chinese: the text does not say
        if lang is None or lang in named or count < 0.9 * len(cells):
            continue
        named.add(lang)
        out[i] = lang
        problems.append(
            Problem(
                path,
                line,
                "header-read",
                f"column {header[i].strip()!r} read as locale {lang!r} (the language its "
                "forms are written in)",
                Level.INFO,
            )
        )
    return out


def _script_language(cells: Sequence[str]) -> tuple[str | None, int]:
    """The language nearly all of ``cells`` are written in by their script ('ko', 'ja',
    'en', or 'kanji' for kanji alone: Japanese or Chinese) and how many cells say so."""
    votes: dict[str, int] = {}
    for cell in cells:
        lang = next((code for pattern, code in _SCRIPT_OF if pattern.search(cell)), None)
        if lang is not None:
            votes[lang] = votes.get(lang, 0) + 1
    if "ja" in votes and "kanji" in votes:  # '田辺 義郎' beside 'アオバエナジー株式会社'
        votes["ja"] += votes.pop("kanji")
    return max(votes.items(), key=lambda kv: kv[1], default=(None, 0))


def _list_languages(header: Sequence[str], rows: Sequence[tuple[int, list[str]]]) -> dict[int, str]:
    """The locale of each column of variants or forbidden forms whose header names no
    language ('NG表記', '금지어', 'Do not use'), by the position of the column: the script
    nearly all its cells are written in, else the language of the header's own word
    (NG表記 and 使用禁止 are Japanese words, 금지어 and 사용 금지 Korean ones), when
    the sheet has a column of that locale. A column that says neither belongs to the
    locale column before it (as before: 'English', then 'Abbreviation')."""
    sheet: set[str | None] | None = None  # the sheet's locales, read when first needed
    found: dict[int, str] = {}
    for index, name in enumerate(header):
        field = loose_field_column(name) if ":" not in name and not _named_outright(name) else None
        if field is None or field[1] is not None or field[0] not in {"variants", "forbidden"}:
            continue
        if sheet is None:
            sheet = {locale_column(n) or loose_locale_column(n) for n in header if n.strip()}
        cells = [r[index].strip() for _, r in rows[:200] if index < len(r) and r[index].strip()]
        lang, count = _script_language(cells)
        if lang == "kanji" and "zh" not in sheet:
            lang = "ja"  # kanji alone, in a sheet without Chinese
        if lang not in sheet or count < 0.9 * len(cells):
            # the header's own word, when Japanese or Korean ('NG' and 'Do not use' head
            # such columns in sheets of every language)
            lang = {"ko": "ko", "ja": "ja", "kanji": "ja"}.get(_script_language([name])[0] or "")
        if lang in sheet and lang is not None:
            found[index] = lang
    return found


def _trimmed(header: list[str], rows: Sequence[tuple[int, list[str]]]) -> list[str]:
    """``header`` without the empty columns a spreadsheet saves at the right of a sheet
    that were ever touched ("en,ja,ko,kind,,"): unnamed and empty in every row, they are
    not columns."""
    while (
        header
        and not header[-1].strip()
        and all(len(row) < len(header) or not row[len(header) - 1].strip() for _, row in rows)
    ):
        header = header[:-1]
    # a spacer column between the others ("kind,,Notes"), unnamed and empty: no column
    return [
        _SPACER
        if not name.strip() and all(len(row) <= i or not row[i].strip() for _, row in rows)
        else name
        for i, name in enumerate(header)
    ]


_SPACER = "\x00spacer"  # what _trimmed names an empty column between others


def find_header(
    records: Sequence[tuple[int, list[str]]], default_kind: Kind | None = None
) -> tuple[int, list[str], tuple[int, list[str]] | None]:
    """Where a sheet's header is, the same for CSV files and workbooks: (index of its
    row in ``records``, its cells, the row above it that completes it or None).

    The header is the first row unless that row is no header and a row among the next
    few is one, with only rows of one or two cells above it (a title, "Glossary v3,
    updated 2026-01-10"). A header may also be two rows: a row of group headings over
    the column names (表記 over English, 日本語, 한국어; 管理 over status and notes),
    where a column named only in the upper row ('種別' left unmerged above an empty
    cell) takes its name from there. Index 0 and the first row when none is found: its
    problems are then the ones to say."""

    def usable(index: int, cells: list[str]) -> bool:
        header = _trimmed(cells, records[index + 1 :])
        return _check_header(header, 0, "", [], default_kind) is not None

    first = records[0][1]
    if usable(0, first):
        return 0, first, None
    for index in range(1, min(_MAX_TITLE_ROWS + 2, len(records))):
        above, cells = records[index - 1][1], records[index][1]
        if index <= _MAX_TITLE_ROWS and _filled(above) <= 2 and usable(index, cells):
            return index, cells, None
        joined = _under_groups(above, cells)
        if joined is not None and usable(index, joined):
            return index, joined, records[index - 1]
        if _filled(above) > 2:
            break  # a row with data above: no title, so no header to look for further
    return 0, first, None


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if cell.strip())


def _under_groups(upper: list[str], lower: list[str]) -> list[str] | None:
    """``lower`` with its empty cells named from ``upper``, when ``upper`` reads as a row
    of group headings over it (fewer names, some over an empty cell); else None."""
    if _filled(upper) >= _filled(lower):
        return None
    joined = [
        _under_group(low, _heading_over(upper, i))
        if low.strip()
        else (upper[i] if i < len(upper) else low)
        for i, low in enumerate(lower)
    ]
    return joined if joined != lower else None


def _heading_over(upper: list[str], index: int) -> str:
    """The group heading over column ``index``: the last name of ``upper`` at or before
    it (a heading merged across its columns is written in the first of them)."""
    for i in range(min(index, len(upper) - 1), -1, -1):
        if upper[i].strip():
            return upper[i].strip()
    return ""


def _under_group(name: str, heading: str) -> str:
    """A column named by a language under a heading that says what its forms are ('EN'
    under 'Do not use', 'JA' under 'NG表記', 'KO' under 'Variants'), named by both, as a
    sheet of one header row names it ('Do not use (EN)'); other names as they are."""
    both = f"{heading} ({name.strip()})"
    if heading and loose_field_column(both) is not None and _header_meaning(name.strip()):
        return both
    return name


def _group_read(
    group: tuple[int, list[str]], lower: list[str], header: list[str], path: str, line: int
) -> Problem:
    """The information that a header was read from two rows, and which names of the upper
    row were taken (those over an empty cell) and which read as group headings."""
    taken = [name.strip() for name, low in zip(header, lower, strict=False) if not low.strip()]
    taken += [name.strip() for name in header[len(lower) :]]
    groups = [
        cell.strip()
        for cell in dict.fromkeys(group[1])
        if cell.strip() and cell.strip() not in taken
    ]
    said = f"{', '.join(map(repr, taken))} from row {group[0]}" if taken else "nothing above"
    heads = f"; {', '.join(map(repr, groups))} read as group headings" if groups else ""
    return Problem(
        path,
        line,
        "header-read",
        f"header read from two rows: the names of row {line}, {said}{heads}",
        Level.INFO,
    )


_MAX_TITLE_ROWS = 4


def _delimiter(text: str) -> str:
    """The file's delimiter, from its first line that has one (a title row above the
    header may have none): ',' unless that line has none and has semicolons or tabs (a
    spreadsheet's "CSV" in a decimal-comma locale, or a TSV)."""
    for line in text[:8192].splitlines()[: _MAX_TITLE_ROWS + 1]:
        if "," in line:
            return ","
        if any(d in line for d in DELIMITERS):
            return max(DELIMITERS, key=line.count)
    return ","


# what a sheet's header adds to a column's name for the person filling it in: a mark
# that it is required ('Kind*', '種別 ※必須', '구분(필수)'), a legend of the kind column's
# words ('区分（人名/社名/地名）', 'kind (person/org/place)') or the language's name again
# ('英語（English）')
_HEADER_NOTE = re.compile(r"[ \u3000]?(?:[*＊]|※[^\s]{0,8}|[(（](?P<inner>[^()（）]{1,60})[)）])\Z")
_REQUIRED = frozenset({"必須", "required", "mandatory", "필수", "※必須", "※"})


def _header_name(name: str) -> str:
    """``name`` without such a note, where the rest is a column the reader knows and the
    note says nothing else: 'Name (EN)' is a locale column as written, and 'Japanese
    (draft 2)' or 'Japanese (ko-KR)' are no 'Japanese' column."""
    if (both := _named_twice(name)) is not None:
        return both
    bare = name
    for _ in range(2):  # '英語（English）*'
        if _known_header(bare):
            return bare
        found = _HEADER_NOTE.search(bare)
        if found is None or found.start() == 0:
            return name
        rest = bare[: found.start()].strip()
        inner = (found["inner"] or "").strip()
        if inner and inner.lower() not in _REQUIRED and not _glosses(rest, inner):
            return name
        bare = rest
    return bare if _known_header(bare) else name


_TWO_NAMES = re.compile(r" ?[/／] ?")


def _named_twice(name: str) -> str | None:
    """The first name of a header that names its column in two languages ('English /
    英語', 'Type / 区分', '한국어／Korean'), where both say the same column; else None."""
    parts = _TWO_NAMES.split(name.strip())
    if len(parts) != 2 or not all(parts):
        return None
    meanings = {_header_meaning(part) for part in parts}
    return parts[0] if len(meanings) == 1 and None not in meanings else None


def _header_meaning(name: str) -> object:
    """What a header says (a column, a locale, a (field, locale)), or None."""
    lowered = name.lower()
    if lowered in COLUMN_ALIASES:
        return COLUMN_ALIASES[lowered]
    if lowered in PLAIN_COLUMNS:
        return lowered
    return locale_column(name) or loose_locale_column(name) or loose_field_column(name)


def _glosses(name: str, inner: str) -> bool:
    """Whether a bracket after the column ``name`` only explains it: the kind column's
    legend, a note column's aside, or the same language named again."""
    alias = COLUMN_ALIASES.get(name.lower(), name.lower())
    if alias in ("kind", "note"):
        return True
    locale = locale_column(name) or loose_locale_column(name)
    return locale is not None and (locale_column(inner) or loose_locale_column(inner)) == locale


def _known_header(name: str) -> bool:
    return (
        _named_outright(name)
        or locale_column(name) is not None
        or loose_field_column(name) is not None
        or loose_locale_column(name) is not None
    )


def _named_outright(name: str) -> bool:
    """Whether a header names its column as DESIGN.md does ('kind', 'note', 'ja',
    'variants:en') or by a known alias: read without Babel's names of languages, whose
    locale data takes a third of a second to load (a sheet's 'Japanese' needs them)."""
    lowered = name.strip().lower()
    if lowered in COLUMN_ALIASES or lowered in PLAIN_COLUMNS or lowered in IGNORED_COLUMNS:
        return True
    prefix, colon, code = lowered.partition(":")
    if colon and prefix.strip() in FIELD_PREFIXES:
        return normalise_locale(code) is not None
    return normalise_locale(lowered) is not None


def _name_part_locales(header: Sequence[str]) -> set[str]:
    """The locales whose names a sheet gives as a family and a given name column."""
    found: dict[str, set[str]] = {}
    for raw in header:
        field = loose_field_column(raw.strip()) if raw.strip() else None
        if field is not None and field[0] in {"family", "given"} and field[1]:
            found.setdefault(field[1], set()).add(field[0])
    return {locale for locale, parts in found.items() if len(parts) == 2}


def _check_header(
    header: Sequence[str],
    line: int,
    path: str,
    problems: list[Problem],
    default_kind: Kind | None = None,
    list_languages: Mapping[int, str] | None = None,
) -> list[str] | None:
    """Normalised column names ("" for ignored ones), or None when the header is unusable
    (no kind column is needed with ``default_kind``). ``list_languages`` gives the
    locale of a column of variants or forbidden forms whose header names none ('NG表記',
    '금지어'), by its position; such a column not in it belongs to the locale before it."""
    columns: list[str] = []
    seen: set[str] = set()
    locales: list[str] = []
    read: list[tuple[str, str]] = []  # headers read as a locale loosely ('Name (EN)', 'JP')
    unknown: list[str] = []
    ignored: list[tuple[str, str]] = []  # (header, why)
    notes: list[str] = []  # note columns after the first
    ok = True
    own_names = {raw.strip().lower() for raw in header}
    # '이름' is a given name beside a family name ('성', '성 (영문)'), else a whole name
    family_column = any(
        (field := loose_field_column(raw)) is not None and field[0] == "family"
        for raw in header
        if raw.strip() and not _named_outright(raw)
    )
    part_locales = _name_part_locales(header) if family_column else set()
    for index, raw in enumerate(header):
        name = _header_name(raw.strip())
        lowered = name.lower()
        alias = COLUMN_ALIASES.get(lowered)
        if alias is not None and (alias not in own_names or alias == "note"):
            lowered = alias  # (every column of notes is read: see MORE_NOTES)
        if lowered in PLAIN_COLUMNS:
            column = lowered
        elif lowered in IGNORED_COLUMNS:
            columns.append("")
            continue
        elif ":" in name:
            prefix, _, code = name.partition(":")
            prefix = prefix.strip().lower()
            locale = locale_column(code)
            if prefix not in FIELD_PREFIXES:
                problems.append(
                    Problem(
                        path,
                        line,
                        "unknown-column",
                        f"unknown column {name!r}; use one of "
                        + ", ".join(f"{p}:<locale>" for p in FIELD_PREFIXES),
                    )
                )
                ok = False
                column = ""
            elif locale is None:
                problems.append(
                    Problem(path, line, "unknown-locale", f"unknown locale {code!r} in {name!r}")
                )
                ok = False
                column = ""
            else:
                column = f"{prefix}:{locale}"
        elif raw == _SPACER:
            columns.append("")
            continue
        elif not name:
            # cells with no header may be a language's forms left unlabelled: say so
            number = len(columns) + 1
            problems.append(
                Problem(
                    path,
                    line,
                    "unknown-column",
                    f"header cell {number} is empty but its column has values; name the "
                    "column (e.g. 'ko' or 'note') or delete it",
                )
            )
            ok = False
            column = ""
        else:
            locale = locale_column(name)
            field = loose_field_column(name) if locale is None else None
            if field is not None and field[0] == "given" and not family_column:
                field = None if "이름" in name else field
            if field is not None:
                # 'English abbreviation', '略称' after '日本語', 'NG表記': a list column
                of = field[1] or (list_languages or {}).get(index)
                of = of or (locales[-1] if locales else None)
                column = f"{field[0]}:{of}" if of else ""
                if not column or column in seen:
                    why = f"another column for {column!r} came first" if column else ""
                    ignored.append((name, why or "no language column before it"))
                    columns.append("")
                    continue
                read.append((name, column))
                seen.add(column)
                columns.append(column)
                if field[0] in {"given", "family"} and of and of not in locales:
                    locales.append(of)  # the parts make the approved form (a parts-only sheet)
                continue
            if locale is None:
                locale = loose_locale_column(name)
                if locale is not None and locale in seen:
                    # 'Name (EN)' then 'Title (EN)': the first holds the approved forms
                    ignored.append((name, f"another column for {locale!r} came first"))
                    columns.append("")
                    continue
                if locale is not None and locale in part_locales:
                    # 'family_en', 'given_en', then 'title_en': the parts make the name;
                    # the other column is the person's title or a note, not the name
                    why = f"the name parts' columns give the {locale!r} form"
                    ignored.append((name, why))
                    columns.append("")
                    continue
                if locale is not None:
                    read.append((name, locale))
            if locale is None:
                unknown.append(name)
                column = ""
            else:
                column = locale
                locales.append(locale)
        if column == "note" and "note" in seen:
            # 'Notes' and 'Comment' (or '備考' and '비고'): both notes, kept in one
            column = f"{MORE_NOTES}{sum(c.startswith('note') for c in seen) + 1}"
            notes.append(name)
        if column and column in seen:
            problems.append(Problem(path, line, "duplicate-column", f"column {name!r} twice"))
            ok = False
        seen.add(column)
        columns.append(column)
    has_kind = "kind" in seen or default_kind is not None
    usable = has_kind and bool(locales)
    for name in unknown:
        if usable and (not _CODE_LIKE.fullmatch(name) or name.lower() in _SHORT_COLUMN_WORDS):
            # a sheet's own column ('Reading', 'Source', 'Date added', 'URL'): not ours
            ignored.append((name, "not a column prlocalize reads"))
            continue
        problems.append(
            Problem(
                path,
                line,
                "unknown-locale",
                f"unknown column or locale {name!r}; locale columns are codes such as en, ja, ko",
            )
        )
        ok = False
    if ok and usable:
        for name, locale in read:
            problems.append(
                Problem(
                    path,
                    line,
                    "header-read",
                    f"column {name!r} read as {'' if ':' in locale else 'locale '}{locale!r}",
                    Level.INFO,
                )
            )
        for name in notes:
            problems.append(
                Problem(
                    path,
                    line,
                    "header-read",
                    f"column {name!r} read as 'note' too: its text follows the first note's",
                    Level.INFO,
                )
            )
        for name, why in ignored:
            problems.append(
                Problem(
                    path, line, "ignored-column", f"column {name!r} ignored: {why}", Level.WARNING
                )
            )
    if not has_kind:
        problems.append(
            Problem(
                path,
                line,
                "missing-column",
                "required column 'kind' missing: add a column 'kind' (person, title, org, "
                "place, brand or term), or name the file or its sheet after the kind of all "
                "its rows ('people.csv', a tab 'Titles'), or write each term's kind after "
                "it in brackets ('Aiko Hirano (person)')",
            )
        )
        ok = False
    if not locales:
        problems.append(
            Problem(
                path,
                line,
                "missing-column",
                "no locale column (approved forms), e.g. 'en', 'ja' or 'ko'",
            )
        )
        ok = False
    return columns if ok else None


# a header that looks like a locale code ('xx', 'jpn-x'): a typo that would drop a
# language's forms unseen, so an error, where another unknown column is left out
_CODE_LIKE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
# short words a team heads its own columns with, shaped like a language code but none
# that a glossary of names is kept in: a sheet with a 'url' column is read, not refused
_SHORT_COLUMN_WORDS = frozenset(
    {"url", "uri", "web", "sns", "tag", "tel", "fax", "ref", "doc", "pdf", "img", "rev", "faq"}
)
_DNT_VALUES = TRUE_VALUES | FALSE_VALUES
# a locale and its columns: (locale, given, family, variants, forbidden); None for a
# column the file does not have
_LocaleColumns = tuple[str, str | None, str | None, str | None, str | None]


def _locale_columns(names: Iterable[str], present: set[str] | None = None) -> list[_LocaleColumns]:
    """The locales named by the cell names (in order of first appearance) and their columns;
    with ``present``, the columns a file has, None for the others (a column the header
    lacks is empty in every row, so its rows need not look it up)."""
    locales = dict.fromkeys(
        name.partition(":")[2] if ":" in name else name
        for name in names
        if name not in PLAIN_COLUMNS and not name.startswith(MORE_NOTES)
    )

    def column(name: str) -> str | None:
        return name if present is None or name in present else None

    return [
        (
            locale,
            column(f"given:{locale}"),
            column(f"family:{locale}"),
            column(f"variants:{locale}"),
            column(f"forbidden:{locale}"),
        )
        for locale in locales
    ]


# a company's legal form in a cell: the glossary model's Japanese and Korean ones (and
# their brackets mixed), or an English one
_LEGAL_FORM = re.compile(
    "|".join(map(re.escape, LEGAL_FORMS))
    + r"|[(（][株주][)）]|\b(?:Co\.,?\s*Ltd|Inc|Corp|Corporation|Ltd|LLC|PLC|GmbH|K\.K)\b\.?"
)


def _did_you_mean(value: str) -> str:
    """' (did you mean 'person'?)' for a kind one slip away from a known word ('persn',
    'plase'; two in a long word: 'organizaton'), else ''."""
    from rapidfuzz.distance import OSA

    word = value.casefold().strip("()[]（）")
    if len(word) < 3:  # '名' is one slip from '人' and means neither
        return ""
    allowed = 1 if len(word) <= 8 else 2
    for known in (*(k.value for k in Kind), *KIND_ALIASES):
        if abs(len(known) - len(word)) <= allowed and OSA.distance(word, known) <= allowed:
            kind = _KINDS.get(known) or KIND_ALIASES[known]
            return f" (did you mean {kind.value!r}?)"
    return ""


# spaces a cell copied from a web page or a word processor brings along: a
# non-breaking space ('Aiko\u00a0Hirano') made a name one word, so its glued and
# reversed forms went unchecked, and zero-width ones hide inside a form
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")


def _with_plain_spaces(
    values: dict[str, str], path: str, line: int, problems: list[Problem]
) -> dict[str, str]:
    """``values`` with non-breaking and other typographic spaces as plain spaces and
    zero-width ones left out, each cell so read said."""
    changed: dict[str, str] = {}
    for column, cell in values.items():
        if not cell.isascii() and (_ODD_SPACES.search(cell) or _ZERO_WIDTH.search(cell)):
            changed[column] = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", cell))
            problems.append(
                Problem(
                    path,
                    line,
                    "odd-space",
                    f"{cell!r} has a non-breaking or zero-width space: read as {changed[column]!r}",
                    Level.INFO,
                    column=column,
                )
            )
    return {**values, **changed} if changed else values


# what a sheet writes in a cell that has no form ('-', 'N/A', 'なし', '없음', 'TBD'):
# no approved form, variant or name part, or the checks would demand it of a release
_PLACEHOLDERS = frozenset(
    (
        *("-", "--", "–", "—", "―", "－", "?", "？", "×", "n/a", "n.a.", "tbd", "tbc"),
        *("none", "nil", "null", "なし", "無し", "該当なし", "未定", "未確定", "不明"),
        *("없음", "해당 없음", "해당없음", "미정", "미확정"),
    )
)


# what Excel, LibreOffice and Google Sheets save for a formula that failed ('#N/A' of a
# VLOOKUP that found nothing): never a name
_ERROR_VALUES = frozenset(
    (
        *("#n/a", "#value!", "#ref!", "#name?", "#div/0!", "#null!", "#num!", "#spill!"),
        *("#calc!", "#getting_data", "#field!", "#blocked!", "#unknown!", "#connect!"),
        *("#busy!", "#error!", "err:502", "err:504", "err:508", "err:511", "err:522"),
    )
)


# what Google Sheets saves for a formula still computing when the sheet was downloaded
# (=GOOGLETRANSLATE, =IMPORTRANGE): never a name
_PENDING_VALUES = frozenset(("loading...", "loading…"))


_NO_FORM = _PLACEHOLDERS | _ERROR_VALUES | _PENDING_VALUES


def _without_placeholders(
    values: dict[str, str],
    layout: list[_LocaleColumns],
    path: str,
    line: int,
    problems: list[Problem],
) -> dict[str, str]:
    """``values`` with the form columns' placeholders read as empty cells, each said."""
    emptied: dict[str, str] = {}
    for columns in layout:
        for column in columns:
            if column is None or column == "" or column in emptied:
                continue
            cell = values.get(column, "").strip()
            if cell and cell.casefold() in _NO_FORM:
                emptied[column] = cell
    for column, cell in emptied.items():
        problems.append(_emptied(cell, column, path, line))
    return {**values, **dict.fromkeys(emptied, "")} if emptied else values


def _without_formula_text(
    values: dict[str, str],
    cells: Mapping[str, str],
    layout: list[_LocaleColumns],
    path: str,
    line: int,
    problems: list[Problem],
) -> dict[str, str]:
    """``values`` with the form columns that hold a formula's text ('=B2',
    '=VLOOKUP(…)', as written: not one our writer guarded) read as empty cells, each
    said: the sheet was saved with its formulas, not their values."""
    columns = {column for group in layout for column in group if column}
    found = [c for c in columns if formula_text(cells.get(c, "")) and values.get(c)]
    for column in sorted(found):
        problems.append(
            Problem(
                path,
                line,
                "formula-text",
                f"{cells[column]!r} in column {column!r} is a formula, not its value (the "
                "sheet was saved or copied with its formulas shown): read as an empty "
                "cell; save the sheet's values (paste as values, or download it as CSV)",
                Level.WARNING,
                column=column,
            )
        )
    return {**values, **dict.fromkeys(found, "")} if found else values


def _emptied(cell: str, column: str, path: str, line: int) -> Problem:
    if cell.casefold() in _PENDING_VALUES:
        return Problem(
            path,
            line,
            "formula-error",
            f"{cell!r} in column {column!r} is what Google Sheets shows while a formula "
            "(GOOGLETRANSLATE, IMPORTRANGE) is still computing: the sheet was downloaded "
            "before it finished; read as an empty cell; download it again, or paste the "
            "column as values",
            Level.WARNING,
            column=column,
        )
    if cell.casefold() in _ERROR_VALUES:
        return Problem(
            path,
            line,
            "formula-error",
            f"{cell!r} in column {column!r} is a spreadsheet's error value (the formula "
            "behind the cell failed, as a lookup that found nothing): read as an empty "
            "cell; fix the formula or type the form",
            Level.WARNING,
            column=column,
        )
    return Problem(
        path,
        line,
        "placeholder",
        f"{cell!r} in column {column!r} says there is no form: read as an empty cell",
        Level.INFO,
        column=column,
    )


# the kinds as they are usually written, without parse_kind's steps
_KINDS: dict[str, Kind] = {kind.value: kind for kind in Kind}


def _entry_from_row(
    cells: dict[str, str],
    line: int,
    path: str,
    problems: list[Problem],
    layout: list[_LocaleColumns] | None = None,
) -> Entry | None:
    found: list[Problem] = []
    kind = _KINDS.get(cells.get("kind", ""))
    if kind is None:
        kind = parse_kind(cells.get("kind", ""))
    if kind is None and not cells.get("kind", "").strip():
        said = _kind_in_bracket(cells)
        if said is not None:
            # 'Kenji Arakawa (person)', '星空計器株式会社（社名）': the kind written after the
            # term, in the term's cell (the bracket is then no part of the form)
            kind = said
    if kind is None and not cells.get("kind", "").strip():
        # a row whose kind cell was left empty: a company by its legal form, else a term
        # (checked for its approved forms, not as a name), and the sheet told so
        kind = Kind.ORG if any(_LEGAL_FORM.search(v) for v in cells.values() if v) else Kind.TERM
        found.append(
            Problem(
                path,
                line,
                "empty-kind",
                f"kind is empty: read as {kind.value!r}"
                + (" (a legal form in its name)" if kind is Kind.ORG else "")
                + "; write one of "
                + ", ".join(k.value for k in Kind),
                Level.WARNING,
                column="kind",
            )
        )
    elif kind is None:
        value = cells.get("kind", "").strip()
        found.append(
            Problem(
                path,
                line,
                "unknown-kind",
                f"unknown kind {value!r}{_did_you_mean(value)}; use one of "
                + ", ".join(k.value for k in Kind),
                column="kind",
            )
        )
    dnt_value = cells.get("dnt", "").strip().lower()
    if dnt_value not in _DNT_VALUES:
        found.append(
            Problem(path, line, "bad-value", f"dnt is {dnt_value!r}; use yes or no", column="dnt")
        )
    forms: dict[str, Term] = {}
    columns = layout if layout is not None else _locale_columns(cells)
    for locale, given_column, family_column, variants_column, forbidden_column in columns:
        given = cells.get(given_column, "").strip() if given_column else ""
        family = cells.get(family_column, "").strip() if family_column else ""
        name = None
        if given or family:
            if kind is not None and kind is not Kind.PERSON:
                found.append(
                    Problem(
                        path,
                        line,
                        "bad-value",
                        f"name parts given only for persons, not for kind {kind.value!r}",
                        column=f"given:{locale}",
                    )
                )
            elif not (given and family):
                missing = "family" if given else "given"
                found.append(
                    Problem(
                        path,
                        line,
                        "name-parts",
                        f"{missing}:{locale} is empty; give both name parts or neither",
                        column=f"{missing}:{locale}",
                    )
                )
            else:
                name = PersonName(given=given, family=family)
        text = cells.get(locale, "").strip()
        if not text and name is not None:
            # a sheet of name parts only ('Family name', 'First name', '姓', '名')
            language = locale.split("_")[0]
            text = f"{family} {given}" if language in {"ja", "zh"} else f"{given} {family}"
            if language == "ko":
                text = f"{family}{given}"  # a Korean name is written as one word: '박민재'

        variants = _list_cell(cells.get(variants_column, "")) if variants_column else ()
        forbidden = _list_cell(cells.get(forbidden_column, "")) if forbidden_column else ()
        if any(form[:1] == "'" for form in (text, *variants, *forbidden)):
            text, variants, forbidden = _without_text_marks(
                text, variants, forbidden, path, line, locale, problems
            )
        if any(form[:1] in _QUOTES for form in (text, *variants, *forbidden)):
            quoted = [form for form in (text, *variants, *forbidden) if _unquoted(form) != form]
            text = _unquoted(text)
            variants = tuple(dict.fromkeys(map(_unquoted, variants)))
            forbidden = tuple(dict.fromkeys(map(_unquoted, forbidden)))
            for form in quoted:
                problems.append(
                    Problem(
                        path,
                        line,
                        "quoted-form",
                        f"{form!r} is written in quotation marks: read as {_unquoted(form)!r} "
                        "(releases quote a name, the name is what is inside); write the form "
                        "without them",
                        Level.WARNING,
                        locale,
                    )
                )
        if kind is Kind.PERSON and (bare := _without_honorific(text)) != text:
            # 'Mr. Yoshiro Tanabe', '田辺 義郎 氏', '가토 미키오 님': no text writes the
            # name with the sheet's courtesy; the rules know honorifics around a name
            problems.append(
                Problem(
                    path,
                    line,
                    "honorific",
                    f"{text!r}: read as {bare!r}, the honorific left out",
                    Level.INFO,
                    locale,
                )
            )
            text = bare
        if kind is Kind.PERSON and name is None and (titled := split_title(text, locale[:2])):
            # 'Minister Haruto Kimura', '環境副大臣 木村 陽翔': the name is what texts write
            # with any title, or none; the cell as written still holds it
            problems.append(
                Problem(
                    path,
                    line,
                    "title-with-name",
                    f"{text!r} holds a title and a name: read as {titled.name!r}, the title "
                    f"{titled.title!r} left out; keep the name alone in {locale!r} and the "
                    "title in a row of kind 'title' or in 'note'",
                    Level.WARNING,
                    locale,
                )
            )
            text = titled.name
        if kind is Kind.PERSON and name is None and (inverted := _inverted_name(text)):
            # 'Tanabe, Yoshiro' (a roster's "Last, First"): the name as text writes it, in
            # either order, since the sheet does not say which the releases use
            family, given = inverted
            name = PersonName(given=given, family=family)
            variants = tuple(dict.fromkeys((*variants, f"{family} {given}", text)))
            problems.append(
                Problem(
                    path,
                    line,
                    "inverted-name",
                    f"{text!r} is written family name first with a comma: read as "
                    f"'{given} {family}' (family name {family!r}), '{family} {given}' accepted",
                    Level.INFO,
                    locale,
                )
            )
            text = f"{given} {family}"
        if "\n" in text:
            # a bracket a spreadsheet cell puts on a line of its own ('Chief Executive
            # Officer⏎(CEO)'): the same cell's form and its bracket, not two forms
            text = _BRACKET_LINE.sub(lambda m: m[1] if m[1] in "（［" else " " + m[1], text)
        if kind is Kind.PERSON and name is None and (capital := _family_in_capitals(text)):
            # 'SATO Kenji': a Japanese sheet's style, family name first in capitals; the
            # releases write it so or the Western way, 'Kenji Sato'
            family, given = capital
            name = PersonName(given=given, family=family)
            variants = tuple(dict.fromkeys((*variants, text)))
            # a Korean name keeps its order in English ('KIM Min-jun': 'Kim Min-jun')
            read = f"{family} {given}" if _korean_romanized(family, given) else f"{given} {family}"
            problems.append(
                Problem(
                    path,
                    line,
                    "family-in-capitals",
                    f"{text!r} is written family name first in capitals: read as "
                    f"{read!r} (family name {family!r}), {text!r} accepted",
                    Level.INFO,
                    locale,
                )
            )
            text = read
        if (noted := kome_note(text)) is not None:
            # 'ノーヴェイル物流株式会社 ※旧社名：北浜運輸': the note after a reference mark is
            # for the sheet's reader; no text writes it with the name
            problems.append(
                Problem(
                    path,
                    line,
                    "note-in-cell",
                    f"{text!r} holds a note after '※': read as {noted[0]!r}, the note "
                    f"{noted[1]!r} left out; keep {noted[0]!r} in {locale!r} and the note "
                    "in 'note'",
                    Level.INFO,
                    locale,
                )
            )
            text = noted[0]
            forbidden = _with_former_name(noted[1], forbidden, path, line, locale, problems)
        listed = several_forms(text)
        if len(listed) > 1 or any(map(retired_form, variants)):
            retired = [form for form in (*listed, *variants) if retired_form(form)]
            current = [form for form in listed if form not in retired]
            if retired and current:
                # 'Norvale Kitchen; Harbor Kitchen (old)', '旧: ハーバーキッチン': a form the
                # team retired, listed to be avoided: a forbidden form, not a variant
                old = [was for form in retired if (was := retired_form(form))]
                listed, text = current, current[0]
                variants = tuple(form for form in variants if form not in retired)
                forbidden = tuple(dict.fromkeys((*forbidden, *old)))
                problems.append(
                    Problem(
                        path,
                        line,
                        "retired-form",
                        f"{', '.join(map(repr, retired))} marked as no longer used: read as "
                        f"the forbidden form(s) {', '.join(map(repr, old))} (reported with "
                        f"{listed[0]!r} as the suggestion); write them in 'forbidden:{locale}'",
                        Level.INFO,
                        locale,
                    )
                )
        if len(listed) > 1:
            # 'Chief Executive Officer / CEO': the first is the approved form, the others
            # variants, as a sheet kept by hand means it (and lint says where they go)
            text = listed[0]
            variants = tuple(dict.fromkeys((*variants, *listed[1:])))
            problems.append(
                Problem(
                    path,
                    line,
                    "several-forms",
                    f"{cells.get(locale, '').strip()!r} lists several forms in one cell: read "
                    f"as {text!r} and the variant(s) {', '.join(map(repr, listed[1:]))}; keep "
                    f"one in {locale!r} and the others in 'variants:{locale}', separated by '|'",
                    Level.WARNING,
                    locale,
                )
            )
        bracket = read_bracket(text, (cells.get(other[0], "") for other in columns))
        if bracket is None and _bracketed_kind(text) is not None:
            bracket = person_note(text)  # '…（社名）': the kind, a note, not the form
        if bracket is None and kind is Kind.PERSON:
            # 'Kenji Sato (President)', '佐藤健二（社長）': a bracket after a person's name
            # is a note for the sheet's reader (a title, a former name), never the name
            bracket = person_note(text)
        if bracket is not None:
            text, variants = _bracket_read(bracket, text, variants, path, line, locale, problems)
            if bracket.what == "note":
                forbidden = _with_former_name(
                    bracket.inner, forbidden, path, line, locale, problems
                )
        if text or variants or forbidden or name:
            forms[locale] = Term(text, variants, forbidden, name)
    for term in forms.values():
        if term.text or term.variants:
            break
    else:
        found.append(
            Problem(path, line, "empty-entry", "no approved form or variant in any locale")
        )
    problems.extend(found)
    if any(problem.level is Level.ERROR for problem in found) or kind is None:
        return None
    entry_id = cells.get("id", "").strip()
    if not entry_id:
        entry_id = id_for_forms(kind, forms)
    return Entry(
        id=entry_id,
        kind=kind,
        forms=forms,
        dnt=dnt_value in TRUE_VALUES,
        note=_note(cells),
        source=Source(path, line),
    )


def _bracketed_kind(cell: str) -> Kind | None:
    """The kind a cell's closing bracket names ('Kumamoto (place)', '星空計器株式会社（社名）')."""
    text = cell.strip()
    if not text.endswith((")", "）")):
        return None
    opening = max(text.rfind("("), text.rfind("（"))
    inner = text[opening + 1 : -1].strip()
    if opening <= 0 or not inner or len(inner) > 16:
        return None
    return parse_kind(inner)


def _kinds_in_cells(records: Sequence[tuple[int, list[str]]]) -> bool:
    """Whether a sheet writes each row's kind after its term ('Aiko Hirano (person)',
    '平野 愛子（人名）') instead of in a column: nearly every row of several cells, two at
    least, names one kind in a closing bracket."""
    rows = [record for _, record in records if _filled(record) >= 2]
    named = sum(
        1
        for record in rows
        if _kind_in_bracket({str(i): cell for i, cell in enumerate(record)}) is not None
    )
    return named >= 2 and named >= 0.8 * (len(rows) - 1)


def _kind_in_bracket(cells: Mapping[str, str]) -> Kind | None:
    """The one kind the row's cells name in a closing bracket, if they name one."""
    kinds = {kind for value in cells.values() if value and (kind := _bracketed_kind(value))}
    return kinds.pop() if len(kinds) == 1 else None


def _note(cells: Mapping[str, str]) -> str:
    """The row's note: its note columns' texts in order, each once ('; ' between)."""
    texts = [cells.get("note", "").strip()]
    texts += [value.strip() for name, value in cells.items() if name.startswith(MORE_NOTES)]
    return "; ".join(dict.fromkeys(text for text in texts if text))


# the quotation marks a sheet may write a name in ('“Aoba Arm”', '「アオバアーム」'): each
# opening mark and the mark that closes it
_QUOTES = {
    "“": "”", '"': '"', "„": "“", "‘": "’", "'": "'", "«": "»", "「": "」", "『": "』",
    "〝": "〟", "＂": "＂", "《": "》", "〈": "〉",
}  # fmt: skip


def _with_former_name(
    note: str,
    forbidden: tuple[str, ...],
    path: str,
    line: int,
    locale: str,
    problems: list[Problem],
) -> tuple[str, ...]:
    """``forbidden`` with the former name a cell's note gives ('※旧社名：北浜運輸',
    '（旧：ほしぞら計器）', '(formerly Aoba Kogyo)'): a release that writes it for the
    company is out of date, and one that cites it so ('旧社名：…') is not reported."""
    old = former_name(note)
    if old is None or old in forbidden:
        return forbidden
    problems.append(
        Problem(
            path,
            line,
            "former-name",
            f"{old!r} is named as the former name: read as a forbidden form (a text that "
            f"cites it as the former name is not reported); write it in 'forbidden:{locale}'",
            Level.INFO,
            locale,
        )
    )
    return (*forbidden, old)


def _without_text_marks(
    text: str,
    variants: tuple[str, ...],
    forbidden: tuple[str, ...],
    path: str,
    line: int,
    locale: str,
    problems: list[Problem],
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The forms without the apostrophe Excel keeps a value as text by ("'24/7 Fresh"),
    each said: the apostrophe is no part of the name, and no text writes it."""

    def bare(form: str) -> str:
        found = excel_text_mark(form)
        if found is None:
            return form
        problems.append(
            Problem(
                path,
                line,
                "text-mark",
                f"{form!r} starts with Excel's text apostrophe: read as {found!r}; write "
                "the form without it (Excel keeps the cell as text when its format is Text)",
                Level.INFO,
                locale,
            )
        )
        return found

    return (
        bare(text),
        tuple(dict.fromkeys(map(bare, variants))),
        tuple(dict.fromkeys(map(bare, forbidden))),
    )


def _unquoted(form: str) -> str:
    """``form`` without a pair of quotation marks enclosing all of it; as written when the
    marks are part of the name ('“Aoba” Arm', '「空」と「海」', or a lone mark)."""
    close = _QUOTES.get(form[:1])
    if close is None or len(form) < 3 or form[-1] != close:
        return form
    inner = form[1:-1]
    if form[0] in inner or close in inner or not inner.strip():
        return form
    return inner.strip()


# "Tanabe, Yoshiro", "Kim, Young-soo", "O'Neill, Mary Ann": one family name, a comma,
# the given names; not "Yoshiro Tanabe, Ph.D." or "Tanabe, Jr." (no degree, no suffix)
_INVERTED_NAME = re.compile(
    r"(?P<family>[A-Z][A-Za-z'’\-]+),\s*(?P<given>[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+)?)"
)
_CAPITAL_FAMILY = re.compile(
    r"(?P<family>[A-Z]{2,}(?:-[A-Z]{2,})?) (?P<given>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)"
)


def _family_in_capitals(text: str) -> tuple[str, str] | None:
    """(family, given) of a person's cell written 'SATO Kenji', the family name as a name
    is written ('Sato'), or None ('IBM Japan', 'NEC Corporation' are no persons, and a
    person's row says so)."""
    match = _CAPITAL_FAMILY.fullmatch(text.strip())
    if match is None:
        return None
    return match["family"].title(), match["given"]


def _korean_romanized(family: str, given: str) -> bool:
    """Whether a romanized name is Korean: a hyphenated given name ('Min-jun') or a
    Korean family name ('Kim', 'Lee', 'Park', or another spelling: 'Rhee', 'Chung')."""
    from prlocalize.glossary.readings import KOREAN_FAMILY

    folded = family.casefold()
    return "-" in given or folded in _KOREAN_SPELLINGS or folded in KOREAN_FAMILY.values()


# the family names KOREAN_FAMILY romanizes otherwise
_KOREAN_SPELLINGS = frozenset({"rhee", "yi", "pak", "chung"})
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "Mr", "Ms", "Mrs", "Dr", "PhD", "Esq", "MBA"})

_HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?=\S)|(?<=\S)\s*(?:氏|様|さま|さん|殿|씨|님)$"
    # an academic courtesy after the name: '近藤 真理 博士', '이민호 교수'
    r"|(?<=\S)\s+(?:名誉教授|准教授|教授|博士|先生|명예교수|교수|박사|선생님)$"
)


def _without_honorific(text: str) -> str:
    """A person's form without the courtesy a sheet may write with it."""
    return _HONORIFIC.sub("", text).strip() if text else text


def _inverted_name(text: str) -> tuple[str, str] | None:
    """(family, given) of a person's cell written "Family, Given", or None."""
    if "," not in text:
        return None
    match = _INVERTED_NAME.fullmatch(text.strip())
    if match is None or match["given"].split()[0] in _NAME_SUFFIXES:
        return None
    if not any(c.islower() for c in match["given"]):
        return None  # 'Tanabe, CEO', 'Kato, MD': no given name
    return match["family"], match["given"]


def _bracket_read(
    bracket: Bracket,
    cell: str,
    variants: tuple[str, ...],
    path: str,
    line: int,
    locale: str,
    problems: list[Problem],
) -> tuple[str, tuple[str, ...]]:
    """The approved form and variants of a cell whose bracket holds a short form, a
    reading or a note (see :mod:`prlocalize.glossary.brackets`), with lint's word on it."""
    if bracket.what == "short":
        # the cell as written stays accepted: a release may define the short form so
        variants = tuple(dict.fromkeys((*variants, cell, bracket.inner)))
        said = f"the short form {bracket.inner!r} and {cell!r} as variants"
        where = f"'variants:{locale}'"
    else:
        said = f"the {'note' if bracket.what == 'note' else 'reading'} {bracket.inner!r} left out"
        where = "'note'"
    problems.append(
        Problem(
            path,
            line,
            "bracketed-form",
            f"{cell!r} holds more than the form: read as {bracket.form!r}, {said}; to say "
            f"so in the sheet, keep {bracket.form!r} in {locale!r} and the rest in {where}",
            Level.INFO,
            locale,
        )
    )
    return bracket.form, variants


# forms a spreadsheet cell lists together, where the glossary wants one form a cell and
# the others as variants: "Chief Executive Officer / CEO", or one per line. A slash
# without spaces ('R/D Center') is part of a name, and so may a semicolon be ('Sakura;
# Partners'): a semicolon separates forms only between forms of one name (see
# several_forms), else lint warns and the cell is read as written.
# Japanese sheets write the full-width slash, spaced or not ('朴 智媛／パク・チウォン'):
# no name holds one
_SEVERAL_FORMS = re.compile(r"\s/\s|\n|／")  # (parts are stripped: linear on long blanks)


# the forms of a variants or forbidden cell: '|'-separated as the contract says, or as a
# sheet kept by hand lists them (one per line, ' / ', '、')
_LIST_CELL = re.compile(r"\||\n|、|；|／|\s/\s")  # (parts are stripped: linear on long blanks)


def _list_cell(value: str) -> tuple[str, ...]:
    if not value:
        return ()  # most list cells are empty
    if "|" in value and not any(c in value for c in "\n、；/／"):
        return split_list(value)
    parts = (part.strip() for part in _LIST_CELL.split(value.strip()))
    return tuple(dict.fromkeys(part for part in parts if part))


_BRACKET_LINE = re.compile(r"\r?\n[ \t]*([(（\[［])")  # (no blanks before \n: linear)


def several_forms(cell: str) -> list[str]:
    """The forms a cell lists ('森本 健司 / 森本健司' → both), or [cell] for one form.
    A semicolon separates forms of one name ('Kenji Sato; K. Sato', 'Chief Executive
    Officer; CEO', '森本 健司；森本健司', 'Akira Ono; Ono-san'), not the words of one
    ('Sakura; Partners')."""
    if not any(c in cell for c in "/\n;；／、"):
        return [cell]  # (most cells: no pattern run)
    forms = [form.strip() for form in _SEVERAL_FORMS.split(cell)]
    forms = [part for form in forms for part in _semicolon_forms(form)]
    forms = [part for form in forms for part in _forms_in_two_scripts(form)]
    forms = [part for form in forms for part in _synonyms(form)]
    forms = [part for form in forms for part in _slashed_acronym(form)]
    forms = [form for form in dict.fromkeys(forms) if form]
    return forms or [cell]


def _semicolon_forms(form: str) -> list[str]:
    """The forms of one name ``form`` lists with semicolons, or [form]: every part must be
    a form of the first (a word in common, its initials, or it without spaces)."""
    if ";" not in form and "；" not in form:
        return [form]
    parts = [part.strip() for part in form.replace("；", ";").split(";")]
    if len(parts) < 2 or not all(parts):
        return [form]
    first = parts[0]
    # a part marked retired ('旧: ハーバーキッチン') is listed as a form of the name
    named = all(_one_name(first, part) or retired_form(part) for part in parts[1:])
    return parts if named else [form]


def _forms_in_two_scripts(form: str) -> list[str]:
    """The forms of ``form`` when it lists a name in Japanese or Korean letters and in
    Latin letters ('タイドセル、TideCell', 'グリッドセンス; GridSense'): a sheet's ja or ko
    cell gives a brand's katakana and the Latin name translations keep; else [form].
    Parts of one script stay one form ('取締役、代表執行役': a title's words)."""
    if "、" not in form and ";" not in form and "；" not in form:
        return [form]
    parts = [part.strip() for part in _SCRIPT_SEPARATORS.split(form)]
    if len(parts) < 2 or not all(parts):
        return [form]
    cjk = [bool(_CJK_LETTER.search(part)) for part in parts]
    latin = [bool(_LATIN_LETTER.search(part)) for part in parts]
    if any(a == b for a, b in zip(cjk, latin, strict=True)) or all(cjk) or not any(cjk):
        return [form]  # a part of both scripts, or of neither, or one script throughout
    if any(_ACRONYM.fullmatch(part) for part in parts):
        # '神崎 幹也、CEO': a title after a person's name, no form of it (a title's own
        # acronym, '最高技術責任者；CTO', is read by _semicolon_forms)
        return [form]
    return parts


def _synonyms(form: str) -> list[str]:
    """The forms of ``form`` when it lists two or three Japanese or Korean words for one
    thing with '、' ('食品ロス、フードロス', '再生可能エネルギー、再エネ'): each shares a word of
    two letters or more with the first, at its start or its end, or is its short form;
    else [form]. Words of a title ('取締役、常務執行役員') or a rank and the one above it
    ('取締役、代表取締役': the one inside the other) stay one form."""
    if "、" not in form:
        return [form]
    parts = [part.strip() for part in form.split("、")]
    if not 2 <= len(parts) <= 3 or not all(len(part) >= 2 for part in parts):
        return [form]
    if not all(_CJK_LETTER.search(part) for part in parts):
        return [form]
    first = parts[0]
    return parts if all(_one_thing(first, part) for part in parts[1:]) else [form]


def _slashed_acronym(form: str) -> list[str]:
    """[name, acronym] of a cell that writes a title's or an office's acronym after it
    with a slash and no spaces ('최고지속가능성책임자/CSO', 'Chief Data Officer/CDO'), else
    [form]: a slash between other parts is the name's own ('AB/노바 파트너스', 'TCP/IP')."""
    if form.count("/") != 1:
        return [form]
    name, short = (part.strip() for part in form.split("/"))
    if not name or not _ACRONYM.fullmatch(short):
        return [form]
    if _CJK_LETTER.search(name) and not _LATIN_LETTER.search(name):
        return [name, short]
    words = _name_words(name)
    initials = "".join(w[0] for w in words if w not in _MINOR_WORDS)
    return [name, short] if len(words) > 1 and initials == short.casefold() else [form]


def _one_thing(a: str, b: str) -> bool:
    if a in b or b in a:
        return False
    # (both have two letters at least: see _synonyms)
    return a[:2] == b[:2] or a[-2:] == b[-2:] or _cjk_short_form(a, b)


_SCRIPT_SEPARATORS = re.compile(r"[、;；]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _one_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are two forms of one name: a word in common ('Kenji Sato',
    'K. Sato'), the one the other's initials ('CEO'), or the same without spaces."""
    words_a, words_b = _name_words(a), _name_words(b)
    if {w for w in words_a if len(w) > 1} & {w for w in words_b if len(w) > 1}:
        return True
    if "".join(a.split()) == "".join(b.split()):
        return True
    for long, short in ((words_a, b), (words_b, a)):
        initials = "".join(w[0] for w in long if w not in _MINOR_WORDS)
        if len(long) > 1 and short.replace(".", "").casefold() == initials:
            return True
    return _cjk_short_form(a, b) or _cjk_short_form(b, a)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _cjk_short_form(long: str, short: str) -> bool:
    """Whether ``short`` is a short form of the Japanese or Korean name ``long``: its
    acronym in Latin letters ('最高技術責任者；CTO', '최고기술책임자; CTO') or its
    abbreviation, the same first letter and the rest of its letters in order
    ('経済産業省；経産省')."""
    if not _CJK_LETTER.search(long):
        return False
    if _ACRONYM.fullmatch(short):
        return True
    if " " in short or not 2 <= len(short) < len(long) or short[0] != long[0]:
        return False
    if not all(_CJK_LETTER.fullmatch(c) for c in short):
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def _name_words(text: str) -> list[str]:
    # (a hyphen joins a romanised honorific to a name: 'Kobayashi-san' holds 'kobayashi')
    words = (w.strip(".,()（）").casefold() for w in text.replace("-", " ").split())
    return [w for w in words if w]


_MINOR_WORDS = frozenset({"of", "and", "the", "for", "&"})


# ---------------------------------------------------------------- CSV writer


def csv_columns(entries: Iterable[Entry]) -> list[str]:
    """The columns needed to write ``entries``: id, kind, locales (with their lists), dnt, note."""
    entries = list(entries)
    locales: dict[str, None] = {}
    for entry in entries:
        for locale in entry.forms:
            locales[locale] = None
    main = [loc for loc in ("en", "ja", "ko") if loc in locales]
    ordered = main + sorted(loc for loc in locales if loc not in main)
    columns = ["id", "kind", *ordered]
    lists: tuple[tuple[str, Callable[[Term], tuple[str, ...]]], ...] = (
        ("variants", lambda t: t.variants),
        ("forbidden", lambda t: t.forbidden),
    )
    for prefix, test in lists:
        for locale in ordered:
            if any((t := e.forms.get(locale)) is not None and test(t) for e in entries):
                columns.append(f"{prefix}:{locale}")
    for locale in ordered:  # name parts in pairs: given:en, family:en, given:ja, ...
        if any((t := e.forms.get(locale)) is not None and t.name for e in entries):
            columns += [f"given:{locale}", f"family:{locale}"]
    return [*columns, "dnt", "note"]


def write_csv_text(glossary: Iterable[Entry]) -> str:
    """The CSV text of ``glossary`` (UTF-8, no BOM, LF line ends), readable by :func:`parse_csv`."""
    entries = list(glossary)
    columns = csv_columns(entries)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for entry in entries:
        # never a cell a spreadsheet would run as a formula (CSV injection)
        writer.writerow([guard_formula(_cell(entry, column)) for column in columns])
    return out.getvalue()


def _cell(entry: Entry, column: str) -> str:
    if column == "id":
        return entry.id
    if column == "kind":
        return entry.kind.value
    if column == "dnt":
        return "yes" if entry.dnt else ""
    if column == "note":
        return entry.note
    prefix, _, locale = column.rpartition(":")
    term = entry.forms.get(locale)
    if term is None:
        return ""
    if not prefix:
        return term.text
    if prefix == "variants":
        return LIST_SEPARATOR.join(term.variants)
    if prefix == "forbidden":
        return LIST_SEPARATOR.join(term.forbidden)
    if term.name is None:
        return ""
    return term.name.given if prefix == "given" else term.name.family


def write_csv(path: str | Path, glossary: Iterable[Entry]) -> bool:
    from prlocalize.fsutil import atomic_write

    return atomic_write(path, write_csv_text(glossary))
