"""prlocalize.translate.workflow
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

``translate`` and ``memory`` as use-case functions that return data (the CLI and
``pipeline`` call them): find each locale's catalogs, feed their approved entries
to the memory, fill them through the chain, and write each catalog atomically as
soon as it is done — also when a backend fails or the user presses Ctrl-C.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from prlocalize.errors import InputError
from prlocalize.glossary.model import Glossary
from prlocalize.translate.fill import FillResult, fill_catalog, header_source_lang
from prlocalize.translate.policy import Budget, RetryPolicy

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from prlocalize.config import Settings
    from prlocalize.translate.memory import TranslationMemory


@dataclass
class TranslateResult:
    catalogs: list[FillResult] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    budget_refused: int = 0  # texts not sent because of --max-chars
    chars_sent: int = 0

    @property
    def error(self) -> str | None:
        return next((c.error for c in self.catalogs if c.error), None)


def catalogs_of(locales_dir: str | Path, locale: str) -> list[Path]:
    folder = Path(locales_dir) / locale / "LC_MESSAGES"
    found = sorted(folder.glob("*.po")) if folder.is_dir() else []
    if not found:
        raise InputError(
            folder, None, f"no catalogs for {locale}", "run `prlocalize update` to create them"
        )
    return found


def catalog_source_lang(po: Path) -> str | None:
    """``X-Source-Language`` of the PO file, else of its template (``<dir>/<stem>.pot``)."""
    return header_source_lang(po) or header_source_lang(po.parents[2] / f"{po.stem}.pot")


def learn_catalogs(
    memory: TranslationMemory,
    catalogs: Sequence[tuple[str, Path, Catalog]],
    source_lang: str | None,
) -> int:
    """Put every approved entry of these (locale, path, catalog) triples into the memory."""
    added = 0
    for locale, path, catalog in catalogs:
        source = source_lang or catalog_source_lang(path) or "en"
        added += memory.add_catalog(catalog, source, locale, origin=f"po:{path.name}")
    return added


def pending_entries(
    locales_dir: str | Path, locales: Sequence[str], *, overwrite_fuzzy: bool = False
) -> int:
    """How many entries ``translate_catalogs`` will look for (for a progress bar)."""
    from prlocalize.catalog import read_catalog
    from prlocalize.translate.fill import wants_translation

    return sum(
        1
        for locale in locales
        for path in catalogs_of(locales_dir, locale)
        for message in read_catalog(path, locale)
        if wants_translation(message, overwrite_fuzzy)
    )


def translate_catalogs(
    locales_dir: str | Path,
    locales: Sequence[str],
    settings: Settings,
    *,
    backends: Sequence[str],
    glossary: Glossary | None = None,
    source_lang: str | None = None,
    workers: int = 4,
    max_chars: int | None = None,
    overwrite_fuzzy: bool = False,
    progress: Callable[[int], None] | None = None,
) -> TranslateResult:
    from prlocalize.catalog import read_catalog, write_catalog
    from prlocalize.translate.cache import MtCache
    from prlocalize.translate.engine import MtOptions
    from prlocalize.translate.memory import TranslationMemory
    from prlocalize.translate.registry import make_chain

    glossary = glossary if glossary is not None else Glossary()
    paths = {locale: catalogs_of(locales_dir, locale) for locale in locales}
    result = TranslateResult()
    catalogs = [(locale, p, read_catalog(p, locale)) for locale, ps in paths.items() for p in ps]
    with TranslationMemory(settings.memory_path()) as memory:
        learn_catalogs(memory, catalogs, source_lang or settings.source_lang)
        budget = Budget(max_chars)
        options = MtOptions(
            url=settings.backend_url,
            workers=workers,
            cache=MtCache(conn=memory.conn),
            budget=budget,
            retry=RetryPolicy(),
        )
        chain = make_chain(backends, settings, glossary=glossary, memory=memory, options=options)
        for locale, path, catalog in catalogs:
            source = source_lang or catalog_source_lang(path) or settings.source_lang or "en"
            try:
                filled = fill_catalog(
                    catalog,
                    chain,
                    source_lang=source,
                    locale=locale,
                    glossary=glossary,
                    overwrite_fuzzy=overwrite_fuzzy,
                    path=str(path),
                    progress=progress,
                )
            finally:  # Ctrl-C included: what was filled so far is kept
                if write_catalog(path, catalog):
                    result.written.append(path)
            result.catalogs.append(filled)
            if filled.error:
                break
        result.budget_refused, result.chars_sent = budget.refused, budget.spent
    return result


def import_tmx(memory_path: Path, tmx: Path) -> int:
    from prlocalize.translate.memory import TranslationMemory
    from prlocalize.translate.tmx import read_tmx

    with TranslationMemory(memory_path) as memory:
        return memory.add(read_tmx(tmx))


def export_tmx(memory_path: Path, out: Path, *, srclang: str = "en") -> int:
    from prlocalize.fsutil import atomic_write
    from prlocalize.translate.memory import TranslationMemory
    from prlocalize.translate.tmx import tmx_bytes

    with TranslationMemory(memory_path) as memory:
        units = list(memory.units())
        atomic_write(out, tmx_bytes(units, srclang=srclang))
    return len(units)
