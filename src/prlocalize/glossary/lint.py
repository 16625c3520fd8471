"""prlocalize.glossary.lint
~~~~~~~~~~~~~~~~~~~~~~~~~

Content checks of glossary files, on top of the structural problems the
readers report (missing columns, unknown kinds or locales, bad rows, duplicate
ids within a file):

* ``forbidden-accepted`` (error): a forbidden form equal to an approved or
  accepted form, of the same entry or of another;
* ``form-conflict`` (error): one accepted form mapped to two different entries;
* ``name-parts`` (error): a person's given and family name do not rebuild the
  approved form;
* ``spacing`` (warning): leading/trailing or doubled spaces in a value;
* ``mixed-width`` (warning): a form mixing full-width and half-width letters,
  digits or katakana;
* ``name-inferred`` (info): a person without name parts in a locale, and what the
  checks infer from the approved form alone (glued and reversed forms).

Errors block loading (``load_glossaries``); warnings and information do not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from prlocalize.glossary.model import Entry, Kind, Term
from prlocalize.glossary.problems import Level, ParsedFile, Problem
from prlocalize.glossary.values import FORMULA_GUARD, formula_risk, formula_text

LIST_COLUMNS = ("variants:", "forbidden:")


# the problems that a glossary file could not be read, not what it holds
UNREADABLE_CODES = frozenset({"unreadable", "encoding", "bad-xml"})


@dataclass(frozen=True)
class LintResult:
    files: list[str]
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.ERROR]

    @property
    def unreadable(self) -> list[Problem]:
        """The errors that a file could not be read at all (its bytes, its encoding, its
        XML): an input error, as ``check`` and ``export`` treat it."""
        return [p for p in self.errors if p.code in UNREADABLE_CODES]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.WARNING]

    @property
    def infos(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.INFO]

    def to_dict(self) -> dict[str, object]:
        return {
            "version": 1,
            "files": self.files,
            "problems": [p.to_dict() for p in self.problems],
            "summary": {
                "errors": len(self.errors),
                "warnings": len(self.warnings),
                "info": len(self.infos),
            },
        }


def lint_paths(paths: Iterable[str | Path]) -> LintResult:
    """Every problem of the glossary files in ``paths`` (structural and content), sorted."""
    from prlocalize.glossary.io import glossary_files, parse_file

    files = glossary_files(paths)
    parsed = [part for p in files for part in parse_file(p)]
    problems = [p for f in parsed for p in f.problems]
    for f in parsed:
        problems.extend(entry_checks(f))
    problems.extend(cross_checks(parsed))
    return LintResult([str(p) for p in files], sorted(problems, key=Problem.sort_key))


# ---------------------------------------------------------------- one file


def entry_checks(parsed: ParsedFile) -> Iterator[Problem]:
    """Checks of each entry of one parsed file."""
    path, rows, entries = parsed.path, parsed.rows, parsed.entries
    if rows:
        for row in rows:
            yield from _cell_spacing(path, row.line, row.cells)
    else:
        for entry in entries:
            line = entry.source.line if entry.source else None
            for locale, form, _ in _forms(entry):
                yield from _spacing(path, line, locale, form)
    yield from entry_problems(parsed)


def entry_problems(parsed: ParsedFile, *, blocking_only: bool = False) -> Iterator[Problem]:
    """The checks of each entry's content, where every blocking problem is found (the
    spacing and formula checks of the cells only ever warn). ``blocking_only``: only
    the errors, as loading needs them (the widths' warnings and the information on
    inferred names, a third of the load time, are lint's)."""
    check = _entry_errors if blocking_only else _entry_problems
    for entry in parsed.entries:
        yield from check(parsed.path, entry)


def _cell_spacing(path: str, line: int, cells: dict[str, str]) -> Iterator[Problem]:
    for column, value in cells.items():
        if formula_risk(value) and not formula_text(value):  # (that one is said on reading)
            yield Problem(
                path,
                line,
                "formula",
                f"{value!r} starts with {value[0]!r}: a spreadsheet opening this file runs it "
                f"as a formula; write it as {FORMULA_GUARD + value!r} (prlocalize reads it "
                "back without the apostrophe)",
                Level.WARNING,
                column,
            )
        if column in ("id", "kind", "dnt") or not value:
            continue
        if value != value.strip():
            yield Problem(
                path,
                line,
                "spacing",
                f"leading or trailing space in {value!r}",
                Level.WARNING,
                column,
            )
        items = value.split("|") if column.startswith(LIST_COLUMNS) else [value]
        for item in items:
            if "  " in item.strip() or "\u3000\u3000" in item.strip():
                yield Problem(
                    path,
                    line,
                    "spacing",
                    f"doubled space in {item.strip()!r}",
                    Level.WARNING,
                    column,
                )


def _spacing(path: str, line: int | None, column: str, form: str) -> Iterator[Problem]:
    if form != form.strip():
        yield Problem(
            path, line, "spacing", f"leading or trailing space in {form!r}", Level.WARNING, column
        )
    if "  " in form:
        yield Problem(path, line, "spacing", f"doubled space in {form!r}", Level.WARNING, column)


def _forms(entry: Entry) -> Iterator[tuple[str, str, str]]:
    """(locale, form, role) for every form of ``entry``; role is approved/variant/forbidden."""
    for locale, term in entry.forms.items():
        if term.text:
            yield locale, term.text, "approved"
        for form in term.variants:
            yield locale, form, "variant"
        for form in term.forbidden:
            yield locale, form, "forbidden"


# forms a spreadsheet cell lists together, where the glossary wants one form a cell and
# the others as variants: "Chief Executive Officer / CEO", "CEO; Chief Executive Officer"
_SEVERAL_FORMS = re.compile(r"\S\s+/\s+\S|;\s|\n|、\s*\S+\s*、")


def _entry_problems(path: str, entry: Entry) -> Iterator[Problem]:
    line = entry.source.line if entry.source else None
    for locale, form, role in _forms(entry):
        if role == "approved" and _SEVERAL_FORMS.search(form):
            yield Problem(
                path,
                line,
                "several-forms",
                f"{form!r} looks like several forms in one cell, which a release never "
                f"writes as such; keep one in {locale!r} and the others in "
                f"'variants:{locale}', separated by '|'",
                Level.WARNING,
                locale,
            )
        if width := mixed_width(form):
            yield Problem(
                path,
                line,
                "mixed-width",
                f"{form!r} mixes {width}; use one width throughout",
                Level.WARNING,
                locale,
            )
    for locale, term in entry.forms.items():
        yield from _term_errors(path, line, entry, locale, term)
        if entry.kind is Kind.PERSON and term.name is None and term.text:
            yield _name_inferred(path, line, locale, term.text)


def _entry_errors(path: str, entry: Entry) -> Iterator[Problem]:
    """The problems of ``entry`` that block loading (errors only)."""
    line = entry.source.line if entry.source else None
    for locale, term in entry.forms.items():
        if term.forbidden or term.name is not None:  # what _term_errors can object to
            yield from _term_errors(path, line, entry, locale, term)


def _term_errors(
    path: str, line: int | None, entry: Entry, locale: str, term: Term
) -> Iterator[Problem]:
    if term.forbidden:
        accepted = {_key(f): f for f in term.accepted}
        for form in term.forbidden:
            if _key(form) in accepted:
                yield Problem(
                    path,
                    line,
                    "forbidden-accepted",
                    f"{form!r} is both forbidden and accepted in entry {entry.id!r}",
                    column=f"forbidden:{locale}",
                )
    if entry.kind is Kind.PERSON and term.name and term.text and term.name_split() is None:
        yield Problem(
            path,
            line,
            "name-parts",
            f"given {term.name.given!r} and family {term.name.family!r} do not rebuild "
            f"{term.text!r}",
            column=f"given:{locale}",
        )


def inferred_names(entries: Iterable[Entry]) -> list[Problem]:
    """Information on every person without name parts (for ``glossary import``)."""
    found = []
    for entry in entries:
        if entry.kind is not Kind.PERSON:
            continue
        path = entry.source.path if entry.source else "<glossary>"
        line = entry.source.line if entry.source else None
        for locale, term in entry.forms.items():
            if term.name is None and term.text:
                found.append(_name_inferred(path, line, locale, term.text))
    return found


def _name_inferred(path: str, line: int | None, locale: str, text: str) -> Problem:
    return Problem(path, line, "name-inferred", name_inference(text), Level.INFO, locale)


def name_inference(text: str) -> str:
    """What the name checks make of a person's approved form without name parts."""
    from prlocalize.glossary.matcher import FormKind, person_forms

    derived = person_forms(Term(text=text))
    glued = [f"{form!r}" for form, kind in derived if kind is FormKind.GLUED]
    reversed_ = [f"{form!r}" for form, kind in derived if kind is FormKind.REVERSED]
    variants = [f"{form!r}" for form, kind in derived if kind is FormKind.VARIANT]
    said = f"no name parts for {text!r}: "
    if not derived:
        return said + "written as one word, so no glued or reversed form is checked"
    found = []
    if glued:
        found.append(f"glued {' and '.join(glued)}")
    if variants:
        found.append(f"unspaced {' and '.join(variants)} accepted")
    if reversed_:
        found.append(f"reversed {' and '.join(reversed_)}")
    else:
        found.append("order left alone (three parts or more: give the given and family name)")
    return said + "inferred " + "; ".join(found)


def mixed_width(form: str) -> str | None:
    """What ``form`` mixes (full- and half-width Latin/digits, or katakana), or None."""
    if form.isascii():
        return None  # neither full-width Latin nor any katakana: nothing to mix
    full_latin = any(0xFF10 <= ord(c) <= 0xFF5A and c.isalnum() for c in form)
    half_latin = any(c.isascii() and c.isalnum() for c in form)
    half_kana = any(0xFF66 <= ord(c) <= 0xFF9F for c in form)
    full_kana = any(0x30A1 <= ord(c) <= 0x30FA for c in form)
    if full_latin and half_latin:
        return "full-width and half-width Latin letters or digits"
    if half_kana and full_kana:
        return "full-width and half-width katakana"
    return None


def _key(form: str) -> str:
    return form if form.isascii() else unicodedata.normalize("NFKC", form)  # ASCII is NFKC


# ---------------------------------------------------------------- across entries and files


def cross_checks(parsed_files: Iterable[ParsedFile]) -> Iterator[Problem]:
    """Accepted forms shared by two entries; forbidden forms accepted by another entry;
    one id given to two unrelated entries in two files."""
    owners: dict[tuple[str, str], Entry] = {}
    entries = [e for f in parsed_files for e in f.entries]
    yield from _id_clashes(entries)
    for entry in entries:
        for locale, form, role in _forms(entry):
            if role == "forbidden":
                continue
            key = (locale, _key(form))
            owner = owners.setdefault(key, entry)
            if owner.id != entry.id:
                yield _at(
                    entry,
                    "form-conflict",
                    f"{form!r} ({locale}) already belongs to entry {owner.id!r}{_where(owner)}",
                    locale,
                )
    for entry in entries:
        for locale, form, role in _forms(entry):
            holder = owners.get((locale, _key(form)))
            if role == "forbidden" and holder is not None and holder.id != entry.id:
                yield _at(
                    entry,
                    "forbidden-accepted",
                    f"forbidden {form!r} ({locale}) is an accepted form of entry "
                    f"{holder.id!r}{_where(holder)}",
                    f"forbidden:{locale}",
                )


def _id_clashes(entries: Iterable[Entry]) -> Iterator[Problem]:
    """A later file's entry extends an earlier one of its id (its forms win): of another
    kind, or with an approved form of its own where the earlier one has another and no
    form in common, it is another term, which would silently replace the first ('p1' a
    person in one sheet and a title in another). Adding a locale or a variant is not."""
    first: dict[str, Entry] = {}
    for entry in entries:
        earlier = first.setdefault(entry.id, entry)
        if earlier is entry or earlier.source is None or entry.source is None:
            continue
        if earlier.source.path == entry.source.path:
            continue  # (within a file: the reader's duplicate-id)
        renamed = any(
            term.text and other.text and not set(term.accepted) & set(other.accepted)
            for locale, term in entry.forms.items()
            if (other := earlier.forms.get(locale)) is not None
        )
        if entry.kind is not earlier.kind or renamed:
            yield _at(
                entry,
                "id-clash",
                f"id {entry.id!r} is also {earlier.kind.value} "
                f"{(earlier.approved('en') or next(iter(earlier.forms.values())).text)!r}"
                f"{_where(earlier)}: this entry would replace it; give each its own id",
                "id",
            )


def _where(entry: Entry) -> str:
    return f" ({entry.source.path}:{entry.source.line})" if entry.source else ""


def _at(entry: Entry, code: str, message: str, column: str) -> Problem:
    path = entry.source.path if entry.source else "<glossary>"
    line = entry.source.line if entry.source else None
    return Problem(path, line, code, message, Level.ERROR, column)
