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
from typing import TYPE_CHECKING, Any

from prlocalize.document import Document, Segment
from prlocalize.errors import InputError
from prlocalize.findings import Finding

if TYPE_CHECKING:
    from prlocalize.glossary.model import Glossary
    from prlocalize.render.review import ReviewRow

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
    withheld: tuple[Finding, ...] = ()  # error-level PR4xx findings: the source stands in
    original: bool = False  # the page of the source language itself (x-default)
    review: tuple[ReviewRow, ...] = ()  # with --draft: every sentence and its status


Rendered = list[tuple[PageResult, bytes]]


def page_path(out: str | Path, locale: str, stem: str) -> Path:
    return Path(out) / locale / f"{stem}.html"


def alternates_for(
    locales: Sequence[str], stem: str, source_lang: str | None = None
) -> dict[str, str]:
    """Relative links between the pages of one release, percent-encoded (a release named
    ``news#1`` must not link to a fragment). x-default is the original, the source
    language's page, when ``source_lang`` is given (else the first locale)."""
    from prlocalize.render.escaping import url_path

    page = url_path(f"{stem}.html")
    every = page_locales(source_lang, locales) if source_lang else list(locales)
    links = {locale: f"../{url_path(locale)}/{page}" for locale in every}
    if every:
        links["x-default"] = links[every[0]]
    return links


def page_locales(source_lang: str, locales: Sequence[str]) -> list[str]:
    """The original first, then every target locale (one in the source's language is the
    original itself)."""
    from prlocalize.render.resolve import same_language

    return [source_lang, *(loc for loc in locales if not same_language(loc, source_lang))]


def places_for(glossary: Glossary | None, source_lang: str, locale: str) -> dict[str, str]:
    """The glossary's places: every accepted ``source_lang`` form (casefolded) → the
    approved ``locale`` form, for datelines."""
    from prlocalize.glossary.model import Kind

    places: dict[str, str] = {}
    for entry in glossary or ():
        if entry.kind is not Kind.PLACE:
            continue
        approved, source = entry.approved(locale), entry.term(source_lang)
        if approved and source is not None:
            for form in source.accepted:
                places.setdefault(form.casefold(), approved)
    return places


def markup_suppressed(po: Path) -> frozenset[tuple[str | None, str]]:
    """The entries of ``po`` flagged ``#, prlocalize-ignore:PR406`` (or a prefix of it):
    `check` accepts their changed links, so `build` publishes them (script URLs aside)."""
    import re

    from prlocalize.catalog.io import decode_catalog, parse_catalog

    data = po.read_bytes()
    if b"prlocalize-ignore" not in data:  # (nearly every catalog: no second parse)
        return frozenset()
    text = decode_catalog(data, po)
    keys: set[tuple[str | None, str]] = set()
    for message in parse_catalog(text, path=str(po)):
        for flag in message.flags:
            if not flag.startswith(IGNORE_FLAG):
                continue
            codes = re.split(r"[\s;,]+", flag[len(IGNORE_FLAG) :])
            if any(c and "PR406".startswith(c.upper()) for c in codes):
                keys.add((message.context, str(message.id)))
    return frozenset(keys)


IGNORE_FLAG = "prlocalize-ignore:"  # the catalog's suppression flag (see `check`)

# po path → (msgctxt, msgid) → the findings that keep its translation off the page
WithheldByCatalog = dict[str, dict[tuple[str | None, str], tuple[Finding, ...]]]


def withheld_translations(catalogs: Sequence[Path], settings: Any) -> WithheldByCatalog:
    """Run the translation checks (PR4xx) as `check` does, with the same settings and the
    catalog's own ``prlocalize-ignore`` flags, and name each entry that has an
    error-level finding: `build` publishes the source there, so `check` and `build`
    never disagree about a translation."""
    import bisect

    from prlocalize.catalog.io import parse_catalog
    from prlocalize.checking import check_paths
    from prlocalize.document import LineIndex
    from prlocalize.findings import Severity

    if not catalogs:
        return {}
    result = check_paths(catalogs, settings, cache=False)
    withheld: WithheldByCatalog = {}
    for report in result.files:
        errors = [f for f in report.findings if f.severity is Severity.ERROR]
        if not errors:
            continue
        catalog = parse_catalog(report.text, path=report.path)
        entries = sorted(
            (m.lineno, (m.context, str(m.id))) for m in catalog if m.id and m.lineno is not None
        )
        lines = [line for line, _ in entries]
        index = LineIndex(report.text)
        table: dict[tuple[str | None, str], tuple[Finding, ...]] = {}
        for finding in errors:
            at = bisect.bisect_right(lines, index.position(finding.span.start).line) - 1
            if at >= 0:
                key = entries[at][1]
                table[key] = (*table.get(key, ()), finding)
        withheld[str(report.path)] = table
    return withheld


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
    glossary: Glossary | None = None,
    withheld: WithheldByCatalog | None = None,
    draft: bool = False,
) -> Rendered:
    """``document``'s page for every locale and the original's own page, with what each
    one published (and, with ``draft``, the rows of the review page)."""
    from prlocalize.catalog import po_path
    from prlocalize.render.html import render_document

    alternates = alternates_for(locales, document.stem, document.lang)
    rendered: Rendered = []
    for n, locale in enumerate(page_locales(document.lang, locales)):
        original = n == 0
        po = po_path(locales_dir, locale, document.stem)
        exists = not original and po.is_file()
        table, fuzzy = load_translations(po, locale, use_fuzzy=use_fuzzy) if exists else ({}, 0)
        kept_off = (withheld or {}).get(str(po)) or {}
        page = render_document(
            document,
            table,
            locale,
            alternates=alternates,
            places=places_for(glossary, document.lang, locale),
            withheld=kept_off,
            any_target=markup_suppressed(po) if exists else frozenset(),
        )
        review: tuple[ReviewRow, ...] = ()
        if draft and not original:
            from prlocalize.render.review import review_rows

            every = load_translations(po, locale, use_fuzzy=True)[0] if exists else {}
            drafts = {k: v for k, v in every.items() if k not in table}
            review = review_rows(
                document,
                table,
                drafts,
                missing=page.missing,
                refused=page.refused,
                withheld=kept_off,
            )
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
            withheld=page.withheld,
            original=original,
            review=review,
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
    glossary: Glossary | None = None
    withheld: WithheldByCatalog | None = None
    draft: bool = False


def _render_files(job: _Job, files: Sequence[str]) -> Rendered | tuple[str | None, ...]:
    """A worker's share. An input error comes back as data: our exceptions do not
    survive pickling with their fields."""
    from prlocalize.readers import read_document

    rendered: Rendered = []
    try:
        for file in files:
            document = read_document(file, lang=job.source_lang)
            rendered += render_pages(
                document,
                job.locales_dir,
                job.locales,
                job.out,
                use_fuzzy=job.use_fuzzy,
                glossary=job.glossary,
                withheld=job.withheld,
                draft=job.draft,
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
    glossary: Glossary | None = None,
    withheld: WithheldByCatalog | None = None,
    draft: bool = False,
) -> Rendered:
    """Read and render ``files``; in worker processes when there are many."""
    job = _Job(
        str(locales_dir),
        tuple(locales),
        str(out),
        use_fuzzy,
        source_lang,
        glossary,
        withheld,
        draft,
    )
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


def review_pages(pages: Sequence[PageResult], out: str | Path) -> list[tuple[Path, bytes]]:
    """``OUT/review/<locale>.html`` for every locale that has review rows (``--draft``)."""
    from prlocalize.render.review import review_html

    by_locale: dict[str, list[tuple[str, Sequence[ReviewRow]]]] = {}
    for page in pages:
        if not page.original and page.review:
            by_locale.setdefault(page.locale, []).append((page.source, page.review))
    return [
        (review_path(out, locale), review_html(locale, releases))
        for locale, releases in by_locale.items()
    ]


def review_path(out: str | Path, locale: str) -> Path:
    return Path(out) / "review" / f"{locale}.html"
