"""prlocalize.catalog.quick
~~~~~~~~~~~~~~~~~~~~~~~~

A catalog as ``build``'s gate reads it, without Babel's model: Babel's parser and
``Catalog`` cost about 3 ms a catalog, more than rendering its page. A well-formed
catalog is read by the expression :func:`prlocalize.catalog.io.read_translations`
uses, into :class:`QuickMessage` records that hold what the translation checks and the
page need (msgid, msgstr, msgctxt, flags, translator comments, the msgid's line); the
header is read by Babel alone (cached), so the language, ``X-`` fields and the
problems reported are Babel's. Anything the expression does not vouch for gives None,
and the caller reads the catalog with :func:`prlocalize.catalog.io.parse_catalog`,
which reports a defect with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# the quick reader's expression and helpers: one definition of what it vouches for
from prlocalize.catalog.io import _header_accepted, _joined, scan_entries, without_format_flags


@dataclass(frozen=True, slots=True)
class QuickMessage:
    """One entry, with the attributes of Babel's ``Message`` that the gate reads."""

    id: str
    string: str
    context: str | None
    flags: frozenset[str]
    user_comments: tuple[str, ...]
    lineno: int  # 1-based line of the msgid keyword, as Babel counts it

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


class QuickCatalog:
    """The entries of a catalog in file order (header and obsolete entries left out),
    with the header's language and ``X-`` fields as Babel reads them."""

    def __init__(
        self,
        messages: list[QuickMessage],
        locale_identifier: str | None,
        extra_headers: tuple[tuple[str, str], ...],
    ) -> None:
        self.messages = messages
        self.locale_identifier = locale_identifier
        self.extra_headers = list(extra_headers)

    def __iter__(self) -> Iterator[QuickMessage]:
        return iter(self.messages)


def quick_catalog(text: str, locale: str | None) -> QuickCatalog | None:
    """``text`` read without Babel's model, or None when the strict reader must decide."""
    line, counted = 1, 0  # the line number at offset ``counted``

    def message(entry: re.Match[str], context: str | None, msgid: str) -> QuickMessage:
        nonlocal line, counted
        keyword = entry.start("id") - len("msgid ")
        line += text.count("\n", counted, keyword)
        counted = keyword
        flags, comments = _comments(entry["comments"])
        return QuickMessage(msgid, _joined(entry["str"]), context, flags, comments, line)

    scanned = scan_entries(text, message)
    if scanned is None:
        return None
    header, messages = scanned
    if header is None:
        return QuickCatalog(messages, None, ())
    if not _header_accepted(header, locale):
        return None
    fields = _header_fields(header)
    if fields is None:
        return None
    return QuickCatalog(messages, *fields)


def _comments(block: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The flags and translator comments of an entry's comment lines, as Babel's
    ``PoFileParser._process_comment`` reads them (each line stripped first)."""
    if not block:
        return frozenset(), ()
    flags: list[str] = []
    comments: list[str] = []
    for raw in block.split("\n"):
        line = raw.strip()
        if not line:
            continue
        prefix = line[:2]
        if prefix == "#,":
            flags.extend(flag.strip() for flag in line[2:].lstrip().split(","))
        elif prefix not in ("#:", "#."):
            comments.append(line[1:].strip())
    return frozenset(without_format_flags(flags)), tuple(comments)


@lru_cache(maxsize=256)
def _header_fields(header: str) -> tuple[str | None, tuple[tuple[str, str], ...]] | None:
    """``(Language, X- fields)`` of a header as Babel reads it; None if Babel objects.
    A project's catalogs share most of their header, so each distinct one is read once."""
    from babel.messages.catalog import Message

    from prlocalize.catalog.headers import HeaderCatalog

    catalog = HeaderCatalog(locale=None)
    try:
        catalog[""] = Message("", header)
    except Exception:  # whatever Babel objects to, the strict reader reports
        return None
    extra = tuple(getattr(catalog, "extra_headers", None) or ())
    return catalog.locale_identifier, extra
