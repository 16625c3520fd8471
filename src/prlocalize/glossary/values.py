"""prlocalize.glossary.values
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

How cell and attribute values of glossary files are read, the same for CSV and
TBX: locales, kinds, lists, generated ids, file decoding.
"""

from __future__ import annotations

import re
from functools import lru_cache

from prlocalize.glossary.model import Kind
from prlocalize.glossary.problems import Problem

LIST_SEPARATOR = "|"
KIND_ALIASES = {
    "organisation": Kind.ORG,
    "organization": Kind.ORG,
    "company": Kind.ORG,
    "people": Kind.PERSON,
    "name": Kind.PERSON,
}
# CSV injection (OWASP): a cell starting with one of these is run as a formula when the
# CSV is opened in a spreadsheet ('=HYPERLINK(...)', '-2+3+cmd|...'). A plain number
# ('-1', '+81') is read as a number, not a formula, and stays as it is.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


def formula_risk(cell: str) -> bool:
    """Whether a spreadsheet would read ``cell`` as a formula."""
    return cell[:1] in FORMULA_TRIGGERS and cell != "" and not _PLAIN_NUMBER.fullmatch(cell)


def guard_formula(cell: str) -> str:
    """``cell`` as written to a CSV file: an apostrophe before what would be a formula
    (spreadsheets then show it as text, '-san' stays '-san'). A value that itself starts
    with apostrophes before one gets one more, so that reading gives it back exactly."""
    return FORMULA_GUARD + cell if formula_risk(cell.lstrip(FORMULA_GUARD)) else cell


def unguard_formula(cell: str) -> str:
    """``cell`` as read from a CSV file: the apostrophe that :func:`guard_formula` (or a
    person) put before a would-be formula is dropped; any other apostrophe is kept."""
    if cell.startswith(FORMULA_GUARD) and formula_risk(cell.lstrip(FORMULA_GUARD)):
        return cell[1:]
    return cell


TRUE_VALUES = frozenset({"yes", "y", "true", "1", "x"})
FALSE_VALUES = frozenset({"no", "n", "false", "0", ""})


@lru_cache(maxsize=256)
def normalise_locale(code: str) -> str | None:
    """Babel's spelling of a locale identifier ("ja", "zh_Hant"), or None when unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code.strip().replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def parse_kind(value: str) -> Kind | None:
    value = value.strip().lower()
    if value in KIND_ALIASES:
        return KIND_ALIASES[value]
    try:
        return Kind(value)
    except ValueError:
        return None


def split_list(value: str) -> tuple[str, ...]:
    if not value:
        return ()  # most list cells are empty
    return tuple(dict.fromkeys(p.strip() for p in value.split(LIST_SEPARATOR) if p.strip()))


_NOT_WORD = re.compile(r"[^\w]+")


def make_id(kind: Kind, form: str) -> str:
    slug = _NOT_WORD.sub("-", form.casefold()).strip("-")
    return f"{kind}:{slug}"


def decode(data: bytes, path: str) -> tuple[str | None, Problem | None]:
    """UTF-8 (BOM allowed) text of a file, or the problem naming the line of the bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(
            path, line, "encoding", f"not UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8"
        )
    return text, None
