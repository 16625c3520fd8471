"""prlocalize.catalog.headers
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Header fields Babel drops: it reads only the fields it knows, so ``X-Source-Language``
(the language of the msgids, as Weblate and Poedit read it) and the ``X-`` fields other
tools write would vanish on the first read and write. :class:`HeaderCatalog` keeps
them, in order, and writes them back before ``Generated-By``.

:func:`catalog_now` is the time new templates and catalogs are stamped with: now, or
``SOURCE_DATE_EPOCH`` when it is set (the reproducible-builds convention), so that two
runs over the same releases write the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import Any

from babel.messages.catalog import Catalog, Message

from prlocalize.lazy_patterns import lazy_compile

SOURCE_LANGUAGE = "X-Source-Language"


def catalog_now() -> dt.datetime:
    """Now (UTC, whole seconds), or the time ``SOURCE_DATE_EPOCH`` names when it is set
    to a number of seconds since 1970 (any other value is ignored)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (OverflowError, OSError, ValueError):
            pass  # out of range for this system: the real time
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class HeaderCatalog(Catalog):
    """A Babel catalog that keeps its ``X-`` header fields."""

    extra_headers: list[tuple[str, str]]

    def _get_extra_mime_headers(self) -> list[tuple[str, str]]:
        headers = list(Catalog.mime_headers.fget(self))  # type: ignore[attr-defined]
        extra = getattr(self, "extra_headers", None)
        if not extra:
            return headers
        last = len(headers) - 1 if headers and headers[-1][0] == "Generated-By" else len(headers)
        return headers[:last] + list(extra) + headers[last:]

    def _set_extra_mime_headers(self, headers: Iterable[tuple[str, str]]) -> None:
        headers = list(headers)
        Catalog.mime_headers.fset(self, headers)  # type: ignore[attr-defined]
        extra = [(str(k), str(v).strip()) for k, v in headers if str(k).lower().startswith("x-")]
        if extra:
            self.extra_headers = extra

    mime_headers = property(_get_extra_mime_headers, _set_extra_mime_headers)

    def __setitem__(self, id: Any, message: Message) -> None:
        # Babel reads the header entry with the e-mail parser, a third of the time it
        # takes to read a release's catalog; the usual header ("Name: value" a line)
        # is read here instead, to the same fields (anything else still goes to Babel)
        if id == "" and self._key_for(id, message.context) not in self._messages:
            items = header_items(message.string) if isinstance(message.string, str) else None
            if items is not None:
                self.mime_headers = items
                self.header_comment = "\n".join(f"# {c}".rstrip() for c in message.user_comments)
                self.fuzzy = message.fuzzy
                return
        super().__setitem__(id, message)


# a header field's name, as the e-mail parser takes it: printable ASCII but ':'
_FIELD = lazy_compile(r"[\x21-\x39\x3b-\x7e]+:")
# what the e-mail parser (str.splitlines) ends a line at, besides "\n"
_OTHER_BREAKS = lazy_compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def header_items(text: str) -> list[tuple[str, str]] | None:
    """``email.message_from_string(text).items()`` for a header of one ``Name: value``
    field a line (what gettext tools write); None for anything else (a continuation
    line, a blank line before the end, another line break, a line that is no field),
    which only the e-mail parser reads as it does."""
    if _OTHER_BREAKS.search(text) is not None:
        return None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    items: list[tuple[str, str]] = []
    for line in lines:
        field = _FIELD.match(line)
        if field is None or line.startswith("From "):
            return None
        items.append((line[: field.end() - 1], line[field.end() :].lstrip(" \t")))
    return items


def source_language(catalog: object) -> str | None:
    """The ``X-Source-Language`` of ``catalog``, if it says one."""
    for name, value in getattr(catalog, "extra_headers", None) or ():
        if name.lower() == SOURCE_LANGUAGE.lower():
            language: str = value.strip()
            if language:
                return language.replace("-", "_")
    return None


def set_source_language(catalog: Catalog, lang: str | None) -> None:
    """Record the language of the msgids in the header (``catalog`` a :class:`HeaderCatalog`)."""
    kept = [
        h
        for h in getattr(catalog, "extra_headers", None) or ()
        if h[0].lower() != SOURCE_LANGUAGE.lower()
    ]
    catalog.extra_headers = ([(SOURCE_LANGUAGE, lang)] if lang else []) + kept  # type: ignore[attr-defined]


def extra_headers(catalog: Catalog | None) -> list[tuple[str, str]]:
    return list(getattr(catalog, "extra_headers", None) or ()) if catalog is not None else []
