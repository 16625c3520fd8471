"""prlocalize.catalog.compile
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A .po → .mo beside it, with Babel's ``write_mo``; fuzzy translations are left out
unless asked for, as ``msgfmt`` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from prlocalize.catalog.io import read_catalog
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
