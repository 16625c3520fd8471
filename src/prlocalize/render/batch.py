"""prlocalize.render.batch
~~~~~~~~~~~~~~~~~~~~~~~~

Pages for many releases, one release at a time: :class:`ReleaseBuilder` reads a
release and its catalogs (each catalog once), runs the translation checks on them
when `build` gates translations, renders the page of every locale and stages it
beside its target (:func:`prlocalize.fsutil.stage_write`); it returns a small
record of each page (counts, the findings to report, the staged write), never the
page itself. ``pipeline.build`` hands one release to each task of the worker pool
(:mod:`prlocalize.parallel`) and puts the staged pages in place once every release
proved sound, so the output does not depend on the number of workers and memory
does not grow with the number of releases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from prlocalize.document import Document
from prlocalize.findings import Finding

if TYPE_CHECKING:
    from prlocalize.fsutil import StagedWrite
    from prlocalize.glossary.model import Glossary
    from prlocalize.render.review import ReviewRow
    from prlocalize.translation_checking import CatalogGate, GateRecord

T = TypeVar("T")


@dataclass(frozen=True)
class PageResult:
    """What one page published, small enough to cross back from a worker."""

    source: str  # the release's path
    locale: str
    path: Path  # the page
    written: bool  # False: the page already held exactly these bytes
    segments: int
    translated: int
    fuzzy_skipped: int  # fuzzy entries left out (no --use-fuzzy)
    missing: int  # segments the source stands in for (no translation)
    refused: tuple[Finding, ...]  # translations the sanitizer turned down
    catalog: Path | None  # the PO read, None when there is none yet
    withheld: tuple[Finding, ...] = ()  # error-level PR4xx findings: the source stands in
    original: bool = False  # the page of the source language itself (x-default)
    review: tuple[ReviewRow, ...] = ()  # with --draft: every sentence and its status
    # the line of each refused finding in the release and of each withheld one in its
    # catalog (None: not known), for messages that name file and line
    refused_lines: tuple[int | None, ...] = ()
    withheld_lines: tuple[int | None, ...] = ()
    # with ``fell_back``: (line, text) of every sentence published in the source
    # language (missing or refused), in source order
    fell_back: tuple[tuple[int, str], ...] = ()
    staged: StagedWrite | None = None  # the new page beside its target, not yet in place
    checked: GateRecord | None = None  # what the gate found in the catalog, to remember
    digest: str | None = None  # of the page's bytes (fsutil.bytes_digest)
    inputs: str | None = None  # the digest of what the page was built from (build cache)


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
    from prlocalize.catalog.io import decode_catalog, parse_catalog

    data = po.read_bytes()
    if b"prlocalize-ignore" not in data:  # (nearly every catalog: no second parse)
        return frozenset()
    return suppressed_markup(parse_catalog(decode_catalog(data, po), path=str(po)))


def suppressed_markup(catalog: Iterable[Any]) -> frozenset[tuple[str | None, str]]:
    """:func:`markup_suppressed` of a catalog already parsed."""
    import re

    keys: set[tuple[str | None, str]] = set()
    for message in catalog:
        for flag in message.flags:
            if not flag.startswith(IGNORE_FLAG):
                continue
            codes = re.split(r"[\s;,]+", flag[len(IGNORE_FLAG) :])
            if any(c and "PR406".startswith(c.upper()) for c in codes):
                keys.add((message.context, str(message.id)))
    return frozenset(keys)


IGNORE_FLAG = "prlocalize-ignore:"  # the catalog's suppression flag (see `check`)


def load_translations(
    po: Path, locale: str, *, use_fuzzy: bool = False
) -> tuple[dict[tuple[str | None, str], str], int]:
    """``(msgctxt, msgid) → msgstr`` of a catalog's publishable entries, and how many
    fuzzy entries were left out."""
    from prlocalize.catalog.io import read_translations

    return read_translations(po, locale, use_fuzzy=use_fuzzy)


@dataclass(frozen=True)
class _CatalogData:
    """What one catalog gives a page (read and, with the gate, checked once)."""

    table: dict[tuple[str | None, str], str]  # publishable (msgctxt, msgid) → msgstr
    fuzzy: int  # fuzzy entries left out
    withheld: dict[tuple[str | None, str], tuple[Finding, ...]]
    any_target: frozenset[tuple[str | None, str]]  # entries that suppress PR406
    every: dict[tuple[str | None, str], str] | None  # with --draft: fuzzy ones too
    text: str | None  # the catalog's text, for the lines of withheld findings
    checked: GateRecord | None = None  # the gate's findings, when it checked the catalog


@dataclass
class ReleaseBuilder:
    """The pages of one release for every locale: the task of one worker (a closure over
    what the parent loaded, inherited by forking; only the release's path crosses).

    ``gate`` (a :class:`~prlocalize.translation_checking.CatalogGate`) withholds the
    translations `check` finds an error in. ``fell_back`` records where every sentence
    published in the source language is (for ``--fallback fail``). ``stage`` writes each
    page beside its target (see :func:`prlocalize.fsutil.stage_write`); without it,
    nothing is written (``PageResult.staged`` is None).
    """

    locales_dir: Path
    locales: tuple[str, ...]
    out: Path
    use_fuzzy: bool = False
    source_lang: str | None = None
    glossary: Glossary | None = None
    gate: CatalogGate | None = None
    draft: bool = False
    fell_back: bool = False
    stage: bool = True
    encoding: str | None = None
    page_url: str | None = None  # the pages' URLs on the live site (render.page_urls)
    _places: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def __call__(self, release: str | Path) -> list[PageResult]:
        from prlocalize.readers import read_document

        return self.pages(read_document(release, lang=self.source_lang, encoding=self.encoding))

    def pages(self, document: Document) -> list[PageResult]:
        """Render and stage ``document``'s page for every locale and the original's own;
        a failure discards what this release staged."""
        done: list[PageResult] = []
        try:
            for n, locale in enumerate(page_locales(document.lang, self.locales)):
                done.append(self._page(document, locale, original=n == 0))
        except BaseException:
            for page in done:
                if page.staged is not None:
                    page.staged.discard()
            raise
        return done

    def _page(self, document: Document, locale: str, *, original: bool) -> PageResult:
        from prlocalize.catalog import po_path
        from prlocalize.document import LineIndex
        from prlocalize.fsutil import bytes_digest, stage_write
        from prlocalize.render.html import render_document

        po = po_path(self.locales_dir, locale, document.stem)
        data = None if original else self._catalog(po, locale)
        page = render_document(
            document,
            data.table if data else {},
            locale,
            alternates=alternates_for(self.locales, document.stem, document.lang),
            places=self._places_for(document.lang, locale),
            withheld=data.withheld if data else {},
            any_target=data.any_target if data else frozenset(),
            page_url=self.page_url,
        )
        review: tuple[ReviewRow, ...] = ()
        if self.draft and not original:
            from prlocalize.render.review import review_rows

            table = data.table if data else {}
            every = (data.every or {}) if data else {}
            review = review_rows(
                document,
                table,
                {k: v for k, v in every.items() if k not in table},
                missing=page.missing,
                refused=page.refused,
                withheld=data.withheld if data else {},
            )
        source_lines = (
            LineIndex(document.text) if page.refused or (self.fell_back and page.missing) else None
        )
        refused_lines = tuple(_line(source_lines, f.span.start) for f in page.refused)
        withheld_lines: tuple[int | None, ...] = ()
        if page.withheld and data is not None and data.text is not None:
            catalog_lines = LineIndex(data.text)
            withheld_lines = tuple(_line(catalog_lines, f.span.start) for f in page.withheld)
        fell_back: tuple[tuple[int, str], ...] = ()
        if self.fell_back and source_lines is not None:
            spots = [(s.span.start, s.text) for s in page.missing]
            spots += [(f.span.start, f.found) for f in page.refused]
            fell_back = tuple(
                (source_lines.position(offset).line, text) for offset, text in sorted(spots)
            )
        target = page_path(self.out, locale, document.stem)
        staged = stage_write(target, page.html, durable=False) if self.stage else None
        return PageResult(
            source=document.path,
            locale=locale,
            path=target,
            written=staged is not None,
            segments=page.segments,
            translated=page.translated,
            fuzzy_skipped=data.fuzzy if data else 0,
            missing=len(page.missing),
            refused=page.refused,
            catalog=po if data is not None else None,
            withheld=page.withheld,
            original=original,
            review=review,
            refused_lines=refused_lines,
            withheld_lines=withheld_lines,
            fell_back=fell_back,
            staged=staged,
            checked=data.checked if data is not None else None,
            digest=bytes_digest(page.html),
        )

    def _catalog(self, po: Path, locale: str) -> _CatalogData | None:
        """Read ``po`` once: its publishable table and, with the gate, what to withhold."""
        from prlocalize.catalog.io import publishable

        if not po.is_file():
            return None
        if self.gate is None:  # no checks: the quick reader, no Babel catalog at all
            table, fuzzy = load_translations(po, locale, use_fuzzy=self.use_fuzzy)
            every = load_translations(po, locale, use_fuzzy=True)[0] if self.draft else None
            return _CatalogData(table, fuzzy, {}, markup_suppressed(po), every, None)
        from prlocalize.catalog.io import parse_catalog, read_catalog_text
        from prlocalize.catalog.quick import quick_catalog

        text = read_catalog_text(po)
        catalog = quick_catalog(text, locale) or parse_catalog(text, path=str(po), locale=locale)
        withheld, checked = self.gate.examine(text, catalog, path=str(po), locale=locale)
        table, fuzzy = publishable(catalog, use_fuzzy=self.use_fuzzy)
        every = publishable(catalog, use_fuzzy=True)[0] if self.draft else None
        return _CatalogData(
            table,
            fuzzy,
            withheld,
            suppressed_markup(catalog),
            every,
            text if withheld else None,
            checked,
        )

    def _places_for(self, source_lang: str, locale: str) -> dict[str, str]:
        key = (source_lang, locale)
        if key not in self._places:  # one walk over the glossary per pair of languages
            self._places[key] = places_for(self.glossary, source_lang, locale)
        return self._places[key]


def _line(index: Any, offset: int) -> int | None:
    return None if index is None or offset < 0 else int(index.position(offset).line)


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


class SpooledWrites:
    """Staged pages to put in place together, remembered in a temporary file rather than
    in memory: an archive of 100,000 releases stages 300,000 pages, whose records alone
    would take over 100 MB. Used as a context manager: leaving it by an exception
    discards every page staged so far (no target has changed); :meth:`commit` puts them
    in place in the order they were staged."""

    def __init__(self) -> None:
        import tempfile

        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed on exit
        self.count = 0

    def add(self, staged: StagedWrite | None) -> bool:
        if staged is None:
            return False
        import json

        row = [staged.temp, staged.target, staged.shown, staged.expect, staged.checked]
        self._spool.write(json.dumps([*row, staged.durable]) + "\n")
        self.count += 1
        return True

    def _replay(self) -> Iterator[StagedWrite]:
        import json

        from prlocalize.fsutil import StagedWrite

        self._spool.flush()
        self._spool.seek(0)
        for line in self._spool:
            temp, target, shown, expect, checked, durable = json.loads(line)
            yield StagedWrite(temp, target, shown, expect, checked, durable)
        self._spool.seek(0)
        self._spool.truncate()
        self.count = 0

    def commit(self) -> None:
        from prlocalize.fsutil import put_all_in_place

        put_all_in_place(self._replay())

    def discard(self) -> None:
        for staged in self._replay():
            staged.discard()

    def __enter__(self) -> SpooledWrites:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        try:
            self.discard()  # after commit() nothing is left; after an error, nothing lands
        finally:
            self._spool.close()


@dataclass
class Published:
    """What a build published, summed page by page as the pages come (never the pages)."""

    pages: int = 0
    written: int = 0
    missing: int = 0  # segments published in the source language for want of a translation
    fuzzy_skipped: int = 0
    withheld_entries: int = 0  # distinct withheld translations (a catalog entry counts once)
    refused_count: int = 0
    failed: bool = False  # fallback "fail" and something fell back: nothing written
    refused: list[Finding] = field(default_factory=list)  # when no reporter takes them
    withheld: list[Finding] = field(default_factory=list)
    # locale → [refused, missing], for the summaries of `run`
    by_locale: dict[str, list[int]] = field(default_factory=dict)
    reviews: list[Path] = field(default_factory=list)

    def add(self, page: PageResult, *, keep_findings: bool, keep_withheld: bool = True) -> None:
        self.pages += 1
        self.written += page.written
        self.missing += page.missing
        self.fuzzy_skipped += page.fuzzy_skipped
        self.withheld_entries += len({f.span for f in page.withheld})
        self.refused_count += len(page.refused)
        if keep_findings:
            self.refused += page.refused
            if keep_withheld:
                self.withheld += page.withheld
        if not page.original:
            counts = self.by_locale.setdefault(page.locale, [0, 0])
            counts[0] += len(page.refused)
            counts[1] += page.missing

    @property
    def fell_back(self) -> bool:
        return bool(self.missing or self.withheld_entries or self.refused_count)


def publish(
    items: Sequence[T],
    task: Callable[[T], list[PageResult]],
    out: str | Path,
    *,
    workers: int,
    fail: bool = False,
    draft: bool = False,
    report: Callable[[PageResult], None] | None = None,
    progress: Callable[[int], None] | None = None,
    keep_withheld: bool = True,
    remember: Callable[[GateRecord], None] | None = None,
    keep: Callable[[list[PageResult]], None] | None = None,
) -> Published:
    """Run ``task`` (a :class:`ReleaseBuilder`) on every release in ``items`` with
    ``workers`` processes, hand each page to ``report`` in the order of ``items`` as it
    comes, and put every staged page in place once all releases proved sound.

    A release that cannot be read or built raises its error (file and line) once the
    releases before it are done, and nothing is written: the workers skip what is left
    and every staged page is discarded. With ``fail`` (``--fallback fail``), a page that
    published any sentence in the source language means nothing is written either.
    Without ``report``, the refused and withheld findings are kept in the result (the
    withheld ones only with ``keep_withheld``: a caller that reports the catalogs'
    findings itself, as ``run`` does, need not hold one per withheld translation).
    ``remember`` receives, in this process, what the gate found in each catalog it
    checked (see :meth:`~prlocalize.translation_checking.CatalogGate.remember`), and
    ``keep`` the pages of each release staged (for :mod:`prlocalize.render.build_cache`).
    """
    import multiprocessing

    from prlocalize.errors import PrlocalizeError
    from prlocalize.parallel import can_fork, ordered_map

    # set by the parent at the first failure: the workers (which inherit it) skip the rest
    stop = multiprocessing.get_context("fork" if can_fork() else None).Value("b", 0, lock=False)

    def guarded(item: T) -> list[PageResult] | None:
        return None if stop.value else task(item)

    published = Published()
    rows: dict[str, list[tuple[str, Sequence[ReviewRow]]]] = {}
    failure: BaseException | None = None
    done = 0
    folders = _Folders(Path(out))
    with folders, SpooledWrites() as staged:
        for outcome in ordered_map(guarded, items, workers, catch=(PrlocalizeError,)):
            done += 1
            if isinstance(outcome, BaseException):
                if failure is None:
                    failure, stop.value = outcome, 1
                continue
            for page in outcome or ():
                if failure is not None:  # finished before the workers heard of the failure
                    if page.staged is not None:
                        page.staged.discard()
                    continue
                staged.add(page.staged)
                if remember is not None and page.checked is not None:
                    remember(page.checked)
                published.add(page, keep_findings=report is None, keep_withheld=keep_withheld)
                if draft and page.review and not page.original:
                    rows.setdefault(page.locale, []).append((page.source, page.review))
                if report is not None:
                    report(page)
            if keep is not None and failure is None and outcome:
                keep(outcome)
            if progress is not None and failure is None:
                progress(done)
        if failure is not None:
            raise failure
        if fail and published.fell_back:
            published.failed = True
            return published
        staged.commit()
        folders.keep()
    if draft:
        from prlocalize.fsutil import atomic_write
        from prlocalize.render.review import review_html

        for locale, releases in rows.items():
            path = review_path(out, locale)
            atomic_write(path, review_html(locale, releases), durable=False)
            published.reviews.append(path)
    return published


class _Folders:
    """The output folder's locale folders that a build made for its staged pages: when
    nothing is written after all, the ones left empty go too (as does the output folder
    itself if the build made it), so a failed build leaves the tree as it found it."""

    def __init__(self, out: Path) -> None:
        import os

        self.out = out
        self.before = set(os.listdir(out)) if out.is_dir() else None
        self.kept = False

    def keep(self) -> None:
        self.kept = True

    def __enter__(self) -> _Folders:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        import contextlib
        import os

        if self.kept or not self.out.is_dir():
            return
        with contextlib.suppress(OSError):
            for name in os.listdir(self.out):
                if self.before is None or name not in self.before:
                    with contextlib.suppress(OSError):
                        os.rmdir(self.out / name)  # only ever an empty folder
            if self.before is None:
                os.rmdir(self.out)
