"""prlocalize.glossary.io
~~~~~~~~~~~~~~~~~~~~~~~

Loading glossaries: :func:`load_glossaries` reads CSV and TBX files and folders,
merges them in order (a later file extends an entry with the same id) and raises
:class:`~prlocalize.errors.InputErrors` listing every blocking problem at once
(structural problems and lint errors; lint warnings such as doubled spaces do not
block). The CSV reader and writer live in ``csvfile``, TBX in ``tbx``; the names
most callers need are re-exported here (which files are glossaries: ``files``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from prlocalize.glossary.csvfile import (
    csv_columns,
    parse_csv,
    parse_csv_file,
    read_csv,
    write_csv,
    write_csv_text,
)
from prlocalize.glossary.files import GLOSSARY_SUFFIXES, glossary_files
from prlocalize.glossary.model import Glossary
from prlocalize.glossary.problems import ParsedFile, Problem, Row, raise_blocking
from prlocalize.glossary.values import make_id, normalise_locale, parse_kind

__all__ = [
    "GLOSSARY_SUFFIXES",
    "ParsedFile",
    "Problem",
    "Row",
    "csv_columns",
    "glossary_files",
    "load_glossaries",
    "make_id",
    "normalise_locale",
    "parse_csv",
    "parse_csv_file",
    "parse_file",
    "parse_kind",
    "read_csv",
    "write_csv",
    "write_csv_text",
]


def parse_file(path: Path) -> list[ParsedFile]:
    """What one glossary file holds: one part, or one per glossary sheet of a workbook."""
    if path.suffix.lower() in (".tbx", ".xml"):  # TBX, or MultiTerm XML
        from prlocalize.glossary.tbx import parse_tbx_file

        return [parse_tbx_file(path)]
    if path.suffix.lower() == ".xlsx":
        from prlocalize.glossary.xlsx import parse_xlsx_file

        return parse_xlsx_file(path)
    return [parse_csv_file(path)]


def load_glossaries(paths: Iterable[str | Path]) -> Glossary:
    """Every glossary in ``paths`` merged in order; InputErrors lists all blocking problems."""
    from prlocalize.glossary.lint import cross_checks, entry_problems

    parsed = [part for p in glossary_files(paths) for part in parse_file(p)]
    problems = [p for f in parsed for p in f.problems]
    # only what can block loading: the cells' spacing and formula warnings are lint's
    problems += [p for f in parsed for p in entry_problems(f, blocking_only=True)]
    problems += cross_checks(parsed)
    raise_blocking(problems)
    glossary = Glossary()
    for f in parsed:
        for entry in f.entries:
            glossary.add(entry)
    return glossary
