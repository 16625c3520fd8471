"""prlocalize.catalog.compile
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A .po → .mo beside it, the bytes Babel's ``write_mo`` writes; fuzzy translations are
left out unless asked for, as ``msgfmt`` does.

A well-formed catalog (what :func:`~prlocalize.catalog.io.quick_entries` vouches for)
is compiled from its entries straight away: building Babel's model of it took three
quarters of ``compile``. Anything else is read by the strict reader and written by
``write_mo``, so a defect raises the same error with its line.
"""

from __future__ import annotations

import array
import hashlib
import struct
from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import LE_MAGIC, write_mo

from prlocalize.catalog.headers import HeaderCatalog
from prlocalize.catalog.io import (
    QuickEntry,
    parse_catalog,
    quick_entries,
    read_catalog,
    read_catalog_text,
)
from prlocalize.fsutil import atomic_write


@dataclass(frozen=True, slots=True)
class CompileResult:
    po_path: Path
    mo_path: Path
    translated: int  # translated and not fuzzy
    fuzzy: int
    untranslated: int
    written: bool  # False when the .mo already held exactly these bytes
    use_fuzzy: bool = False
    # the digest (catalog_digest) of the catalog's text as compiled, so that a caller can
    # tell whether the .po on disk is still what its .mo was made from (None: not known)
    source_digest: str | None = field(default=None, compare=False)

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def compiled(self) -> int:
        """Messages with a translation in the .mo."""
        return self.translated + (self.fuzzy if self.use_fuzzy else 0)

    @property
    def percent(self) -> float:
        """Share of messages translated and reviewed (not fuzzy)."""
        return 100.0 * self.translated / self.total if self.total else 100.0


def catalog_digest(text: str) -> str:
    """The digest of a catalog's decoded text (``CompileResult.source_digest``)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def compile_catalog(
    po_path: str | Path, use_fuzzy: bool = False, *, catalog: Catalog | None = None
) -> CompileResult:
    """Write ``<po_path stem>.mo`` beside ``po_path`` and count what went into it.

    ``catalog`` is the already read content of ``po_path``, when the caller has it.
    """
    po_path = Path(po_path)
    if catalog is None:
        catalog = read_catalog(po_path)
    return compiled(po_path, catalog, use_fuzzy).write()


@dataclass(frozen=True)
class CompiledCatalog:
    """A catalog's .mo bytes and counts, not yet written."""

    po_path: Path
    data: bytes
    translated: int
    fuzzy: int
    untranslated: int
    use_fuzzy: bool
    source_digest: str | None = field(default=None, compare=False)

    def write(self) -> CompileResult:
        return self.result(written=atomic_write(self.po_path.with_suffix(".mo"), self.data))

    def result(self, *, written: bool) -> CompileResult:
        """What compiling this catalog comes to, once its .mo is ``written`` (or not)."""
        return CompileResult(
            self.po_path,
            self.po_path.with_suffix(".mo"),
            self.translated,
            self.fuzzy,
            self.untranslated,
            written,
            self.use_fuzzy,
            self.source_digest,
        )


def compiled(po_path: Path, catalog: Catalog, use_fuzzy: bool = False) -> CompiledCatalog:
    """The .mo of ``catalog`` (read from ``po_path``) in memory, with its counts."""
    translated = fuzzy = untranslated = 0
    for message in catalog:
        if not message.id:
            continue
        if not message.string:
            untranslated += 1
        elif message.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=use_fuzzy)
    return CompiledCatalog(po_path, buffer.getvalue(), translated, fuzzy, untranslated, use_fuzzy)


def compile_file(
    po_path: Path, use_fuzzy: bool = False, locale: str | None = None
) -> CompiledCatalog:
    """The .mo of the catalog at ``po_path`` in memory, with its counts (``locale``: the
    catalog's, checked against its header as :func:`~prlocalize.catalog.io.read_catalog`
    does). The same bytes and errors as ``compiled(po_path, read_catalog(po_path))``."""
    text = read_catalog_text(po_path)
    digest = catalog_digest(text)
    quick = quick_entries(text, locale)
    header = None if quick is None or quick[0] is None else _mo_header(quick[0])
    if quick is None or header is None:
        catalog = parse_catalog(text, path=str(po_path), locale=locale)
        return replace(compiled(po_path, catalog, use_fuzzy), source_digest=digest)
    del text  # the entries are read: the catalog's text (twice its bytes, or four) is not
    translated = fuzzy = untranslated = 0
    kept: list[QuickEntry] = []
    for entry in quick[1]:
        if not entry[2]:
            untranslated += 1
            continue
        if entry[3]:
            fuzzy += 1
            if not use_fuzzy:
                continue
        else:
            translated += 1
        kept.append(entry)
    del quick
    data = mo_bytes(header, kept)
    return CompiledCatalog(po_path, data, translated, fuzzy, untranslated, use_fuzzy, digest)


def mo_bytes(header: str, entries: list[QuickEntry]) -> bytes:
    """What ``write_mo`` writes for a catalog whose header entry's msgstr is ``header``
    and whose messages (singular, non-empty msgstr) are ``entries``: the header first,
    then the messages sorted by (msgid, msgctxt), no hash table, UTF-8.

    ``entries`` is emptied as it is encoded: each string is encoded straight into the
    one buffer of keys or of values and the file is joined once, so a large catalog's
    .mo is held about twice, not as a list of encoded pairs, the two buffers and each
    step of a concatenation besides."""
    entries.sort(key=_sort_key)
    entries.reverse()  # popped from the end: in order, each let go once it is encoded
    count = len(entries) + 1
    ids, strs = bytearray(), bytearray()
    lengths = array.array("i")  # key length, key offset, per message (then values')
    values = array.array("i")
    keystart = 7 * 4 + 16 * count
    value = header.encode("utf-8")
    lengths += array.array("i", (0, keystart))
    ids += b"\x00"
    values += array.array("i", (len(value), 0))
    strs += value + b"\x00"
    while entries:
        context, msgid, msgstr, _fuzzy = entries.pop()
        at = len(ids)
        if context:
            ids += context.encode("utf-8")
            ids += b"\x04"
        ids += msgid.encode("utf-8")
        lengths.append(len(ids) - at)
        lengths.append(at + keystart)
        ids += b"\x00"
        at = len(strs)
        strs += msgstr.encode("utf-8")
        values.append(len(strs) - at)
        values.append(at)
        strs += b"\x00"
    valuestart = keystart + len(ids)
    for i in range(1, len(values), 2):
        values[i] += valuestart
    head = struct.pack("Iiiiiii", LE_MAGIC, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return b"".join((head, lengths.tobytes(), values.tobytes(), ids, strs))


def _sort_key(entry: QuickEntry) -> tuple[str, str]:
    return entry[1], entry[0] or ""  # Message.__lt__: (id, context or "")


def _mo_header(fields: str) -> str | None:
    """The header msgstr ``write_mo`` writes for a catalog whose header entry's msgstr
    is ``fields``: Babel's rendering of the fields it read (None if it objects)."""
    catalog = HeaderCatalog(locale=None)
    try:
        catalog[""] = Message("", fields)
    except Exception:  # whatever Babel objects to, the strict reader reports
        return None
    if (catalog.charset or "utf-8").lower().replace("_", "-") not in {"utf-8", "utf8"}:
        return None
    header = next(iter(catalog)).string
    return header if isinstance(header, str) else None
