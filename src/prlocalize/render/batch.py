"""prlocalize.render.batch
~~~~~~~~~~~~~~~~~~~~~~~~

Pages for many releases: each release is read once and rendered for every locale
with its catalog's publishable entries. Large batches are spread over worker
processes (one release never spans two), and the pages come back in input order,
so the output does not depend on the number of workers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from prlocalize.document import Document, Segment
from prlocalize.errors import InputError
from prlocalize.findings import Finding

PARALLEL_MIN = 64  # releases; below this, starting workers costs more than it saves
CHUNK = 16


@dataclass(frozen=True)
class PageResult:
    source: str  # the release's path
    locale: str
    path: Path  # the page
    written: bool  # False: the page already held exactly these bytes
    segments: int
    translated: int
    fuzzy_skipped: int  # fuzzy entries left out (no --use-fuzzy)
    missing: tuple[Segment, ...]  # the source stands in for these
    refused: tuple[Finding, ...]  # translations the sanitizer turned down
    catalog: Path | None  # the PO read, None when there is none yet


Rendered = list[tuple[PageResult, bytes]]


def page_path(out: str | Path, locale: str, stem: str) -> Path:
    return Path(out) / locale / f"{stem}.html"


def alternates_for(locales: Sequence[str], stem: str) -> dict[str, str]:
    """Relative links between the locale pages of one release (x-default: the first locale),
    percent-encoded: a release named ``news#1`` must not link to a fragment."""
    from prlocalize.render.escaping import url_path

    page = url_path(f"{stem}.html")
    links = {locale: f"../{url_path(locale)}/{page}" for locale in locales}
    if locales:
        links["x-default"] = links[locales[0]]
    return links


def load_translations(
    po: Path, locale: str, *, use_fuzzy: bool = False
) -> tuple[dict[tuple[str | None, str], str], int]:
    """``(msgctxt, msgid) → msgstr`` of a catalog's publishable entries, and how many
    fuzzy entries were left out."""
    from prlocalize.catalog.io import read_translations

    return read_translations(po, locale, use_fuzzy=use_fuzzy)


def render_pages(
    document: Document,
    locales_dir: str | Path,
    locales: Sequence[str],
    out: str | Path,
    *,
    use_fuzzy: bool = False,
) -> Rendered:
    """``document``'s page for every locale, with what each one published."""
    from prlocalize.catalog import po_path
    from prlocalize.render.html import render_document

    alternates = alternates_for(locales, document.stem)
    rendered: Rendered = []
    for locale in locales:
        po = po_path(locales_dir, locale, document.stem)
        exists = po.is_file()
        table, fuzzy = load_translations(po, locale, use_fuzzy=use_fuzzy) if exists else ({}, 0)
        page = render_document(document, table, locale, alternates=alternates)
        result = PageResult(
            source=document.path,
            locale=locale,
            path=page_path(out, locale, document.stem),
            written=False,
            segments=page.segments,
            translated=page.translated,
            fuzzy_skipped=fuzzy,
            missing=page.missing,
            refused=page.refused,
            catalog=po if exists else None,
        )
        rendered.append((result, page.html))
    return rendered


@dataclass(frozen=True)
class _Job:
    locales_dir: str
    locales: tuple[str, ...]
    out: str
    use_fuzzy: bool
    source_lang: str | None


def _render_files(job: _Job, files: Sequence[str]) -> Rendered | tuple[str | None, ...]:
    """A worker's share. An input error comes back as data: our exceptions do not
    survive pickling with their fields."""
    from prlocalize.readers import read_document

    rendered: Rendered = []
    try:
        for file in files:
            document = read_document(file, lang=job.source_lang)
            rendered += render_pages(
                document, job.locales_dir, job.locales, job.out, use_fuzzy=job.use_fuzzy
            )
    except InputError as exc:
        return (exc.path, str(exc.line) if exc.line is not None else None, exc.message, exc.hint)
    return rendered


def render_files(
    files: Sequence[Path],
    locales_dir: str | Path,
    locales: Sequence[str],
    out: str | Path,
    *,
    use_fuzzy: bool = False,
    source_lang: str | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> Rendered:
    """Read and render ``files``; in worker processes when there are many."""
    job = _Job(str(locales_dir), tuple(locales), str(out), use_fuzzy, source_lang)
    names = [str(f) for f in files]
    chunks = [names[i : i + CHUNK] for i in range(0, len(names), CHUNK)]
    workers = workers or min(os.cpu_count() or 1, 8)
    rendered: Rendered = []
    if len(names) < PARALLEL_MIN or workers < 2:
        return _collect((_render_files(job, chunk) for chunk in chunks), rendered, progress)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return _collect(pool.map(_render_files, [job] * len(chunks), chunks), rendered, progress)


def _collect(
    results: Iterable[Rendered | tuple[str | None, ...]],
    rendered: Rendered,
    progress: Callable[[int], None] | None,
) -> Rendered:
    for result in results:
        if isinstance(result, tuple):
            path, line, message, hint = result
            raise InputError(path, int(line) if line else None, message or "", hint)
        rendered += result
        if progress is not None:
            progress(len(rendered))
    return rendered
