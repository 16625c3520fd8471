"""prlocalize.pipeline
~~~~~~~~~~~~~~~~~~~

The publishing use cases as plain functions that return result dataclasses and
never print: :func:`build` (releases + catalogs → one page per locale) and
:func:`run`, the whole way from a release to published pages:
check → extract → update → translate → compile → build.

``progress`` is an injected ``Callable[[stage, done, total], None]``; the CLI
turns it into a progress display, tests pass nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prlocalize.errors import UsageError
from prlocalize.render.batch import PageResult, alternates_for, load_translations, page_path

__all__ = [
    "BuildResult",
    "LocaleSummary",
    "PageResult",
    "RunResult",
    "alternates_for",
    "build",
    "load_translations",
    "page_path",
    "run",
]

if TYPE_CHECKING:
    from prlocalize.catalog import CompileResult
    from prlocalize.catalog.workflow import ExtractResult
    from prlocalize.config import Settings
    from prlocalize.document import Document
    from prlocalize.findings import FileReport, Finding, Tally
    from prlocalize.fsutil import PathList
    from prlocalize.glossary.model import Glossary
    from prlocalize.render.build_cache import CachedBuilds
    from prlocalize.run_cache import CatalogRecords
    from prlocalize.spool import Spool
    from prlocalize.translate.fill import FillResult
    from prlocalize.translate.workflow import KeptBack

Progress = Callable[[str, int, int], None]
FALLBACKS = ("source", "fail")


# -- build ---------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    """What a build published, summed over its pages (the pages themselves went to the
    reporter as they came, and to disk)."""

    fallback: str
    pages: int = 0  # pages built, the originals' own included
    written: int = 0  # pages whose bytes changed
    missing: int = 0  # segments published in the source language for want of a translation
    fuzzy_skipped: int = 0
    withheld_entries: int = 0  # distinct translations kept off the pages (PR4xx errors)
    refused_count: int = 0  # translations the sanitizer turned down
    failed: bool = False  # --fallback fail and something was missing: nothing written
    reviews: tuple[Path, ...] = ()  # --draft: the review page of each locale
    # without a reporter: the findings, in page order
    refused: tuple[Finding, ...] = ()
    withheld: tuple[Finding, ...] = ()  # error-level translation findings not published
    by_locale: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # (refused, missing)


def release_files(paths: Iterable[str | Path], *, exclude: Path | None = None) -> PathList:
    """The release files below ``paths`` but outside ``exclude`` (the output folder, whose
    pages are no releases); two that would publish to one page are an error. Kept as a
    :class:`~prlocalize.fsutil.PathList`: an archive's 100,000 paths are its largest list."""
    from prlocalize.fsutil import PathList, iter_release_files

    skip = exclude.resolve() if exclude is not None else None
    files = PathList()
    stems: dict[str, str] = {}  # each release's stem → its path (str: smaller than a Path)
    for file in iter_release_files(paths):
        if skip is not None and file.resolve().is_relative_to(skip):
            continue
        stem, path = _stem(file), str(file)
        other = stems.setdefault(stem, path)
        if other == path:
            if len(files) < len(stems):  # (a file named twice is listed once)
                files.append(file)
            continue
        raise UsageError(
            f"two releases would publish to the same page {stem!r}.html: "
            f"{other} and {file}; rename one"
        )
    if not files:
        raise UsageError("no release files found (.txt, .md, .html)")
    return files


def _stem(file: Path) -> str:
    from prlocalize.document import release_stem

    return release_stem(str(file))


def extract(
    paths: Sequence[str | Path],
    settings: Settings,
    locales: Sequence[str] = (),
    *,
    jobs: int | None = None,
    advance: Callable[[int], None] | None = None,
) -> Spool[ExtractResult]:
    """`extract` as the command runs it: one template per release, in the order found,
    with a release whose bytes and template are what the last extract left (same
    settings, glossaries and ``locales`` for the hints) answered from its records
    without being read, and no glossary loaded when every release is (see
    :mod:`prlocalize.extract_cache`)."""
    from prlocalize.catalog.io import pot_path
    from prlocalize.catalog.workflow import ExtractResult
    from prlocalize.catalog.workflow import extract as extract_templates
    from prlocalize.checking import load_glossary
    from prlocalize.extract_cache import open_template_records
    from prlocalize.fsutil import PathList, iter_release_files
    from prlocalize.spool import Spool

    locales_dir = settings.locales_path()
    records = open_template_records(settings, locales_dir, locales)
    files = PathList(iter_release_files(paths))
    known: dict[str, int] = {}  # an unchanged release's messages, by its path
    if records is not None:
        for file in files:
            found = records.lookup(file)
            if found is not None:
                known[str(file)] = found.messages
    glossary = load_glossary(settings) if len(known) < len(files) or not files else None
    made = extract_templates(
        files,  # found once: the folders are not walked again
        locales_dir,
        glossary=glossary,
        locales=locales,
        source_lang=settings.source_lang,
        advance=advance,
        encoding=settings.encoding,
        jobs=jobs,
        skip={_stem(Path(p)) for p in known},
        digest=records.release_digest if records is not None else None,
    )
    if records is not None:
        records.put(made)
        records.save()
    # the templates made come in the order of the releases not known: merged back
    fresh = iter(made)
    results: Spool[ExtractResult] = Spool()
    for file in files:
        messages = known.get(str(file))
        if messages is None:
            results.append(next(fresh))
        else:
            target = pot_path(locales_dir, _stem(file))
            results.append(ExtractResult(str(file), target, messages, False))
    return results


def build(
    paths: Iterable[str | Path],
    locales_dir: str | Path,
    locales: Sequence[str],
    out: str | Path,
    *,
    fallback: str = "source",
    use_fuzzy: bool = False,
    source_lang: str | None = None,
    documents: Sequence[Document] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    settings: Settings | None = None,
    draft: bool = False,
    report: Callable[[PageResult], None] | None = None,
    glossary: Glossary | None = None,
    keep_withheld: bool = True,
    page_url: str | None = None,
) -> BuildResult:
    """Write ``OUT/<locale>/<stem>.html`` for every release and locale, and the
    original's own page ``OUT/<source language>/<stem>.html`` (x-default).

    Releases stream: each is read, checked, rendered and staged by one task of the
    worker pool (``workers``: the ``--jobs`` of the CLI; None, one per CPU for large
    batches), and ``report`` receives each page's result in release order. With
    ``settings``, every catalog is checked as `check` checks it (PR4xx, suppressions
    included) and a translation with an error-level finding is not published; the
    glossary's places localise datelines. The pages are put in place only once every
    release proved sound: a release that cannot be read, or ``fallback="fail"`` with a
    missing, refused or withheld translation, writes nothing at all. Pages are derived
    files that the next build rewrites, so they are written atomically but without an
    fsync each. With ``draft``, ``OUT/review/<locale>.html`` marks every sentence not
    published as translated. ``glossary``: the one ``settings`` names, already loaded.
    ``keep_withheld=False``: the result counts the withheld translations but does not
    hold their findings (``run`` reports the catalogs' findings from its own check).
    ``page_url`` (else the settings'): the pages' URLs on the site (render.page_urls).
    """
    from prlocalize.parallel import worker_count
    from prlocalize.render.batch import ReleaseBuilder, publish

    if fallback not in FALLBACKS:
        raise UsageError(f"unknown fallback {fallback!r}; use source or fail")
    if not locales:
        raise UsageError("no locale given; pass -l LOCALE")
    step = progress or (lambda stage, done, total: None)
    files = None if documents is not None else release_files(paths, exclude=Path(out))
    if page_url is None and settings is not None:
        page_url = getattr(settings, "page_url", None)
    gate = None
    cached: CachedBuilds | None = None
    every_unchanged = False
    if settings is not None:
        from prlocalize.checking import load_glossary, open_cache
        from prlocalize.rules.registry import select_rules
        from prlocalize.translation_checking import CatalogGate

        rules = select_rules(
            getattr(settings, "select", ()) or None, getattr(settings, "ignore", ()) or None
        )
        if not draft and fallback == "source":  # (their pages' records are not kept)
            cached = _build_cache(
                settings, rules, locales_dir, locales, out, use_fuzzy, source_lang, page_url
            )
        if cached is not None and files is not None and glossary is None:
            # a repeated build of unchanged releases loads no glossary at all
            every_unchanged = all(cached.unchanged(str(f)) for f in files)
    if settings is not None and not every_unchanged:
        if glossary is None:
            glossary = load_glossary(settings)
        # the catalogs `check` checked, or an earlier build's gate, as they are now are
        # not checked again (see CatalogGate)
        gate = CatalogGate(
            glossary,
            settings,
            cache=open_cache(settings, rules),
            remembered=open_cache(settings, rules, purpose="build-gate"),
        )
        gate.before_fork()
    elif settings is None:
        glossary = None
    builder = ReleaseBuilder(
        Path(locales_dir),
        tuple(locales),
        Path(out),
        use_fuzzy=use_fuzzy,
        source_lang=source_lang,
        glossary=glossary,
        gate=gate,
        draft=draft,
        fell_back=fallback == "fail",
        page_url=page_url,
    )
    releases = len(documents) if documents is not None else len(files or ())
    total = releases * (len(locales) + 1)  # (the original's page too)
    per_release = total // max(releases, 1)

    def advance(done: int) -> None:
        step("build", done * per_release, total)

    jobs = worker_count(releases, workers)
    if gate is not None and jobs > 1:
        gate.before_workers()
    remember = gate.remember if gate is not None and gate.remembered is not None else None
    items: Sequence[Any]
    task: Callable[[Any], list[PageResult]]
    keep = None
    if cached is not None:
        cached.builder = None if every_unchanged else builder
        cached.cache.store.before_fork()
        keep = cached.cache.put
    if documents is not None:  # read already: the workers inherit them, indexes cross
        docs = documents
        if cached is not None:
            front = cached
            items, task = range(len(docs)), lambda i: front.document(docs[i])
        else:
            items, task = range(len(docs)), lambda i: builder.pages(docs[i])
    else:
        items = [str(f) for f in files or ()]
        task = cached.release if cached is not None else builder
    try:
        published = publish(
            items,
            task,
            out,
            workers=jobs,
            fail=fallback == "fail",
            draft=draft,
            report=report,
            progress=advance,
            keep_withheld=keep_withheld,
            remember=remember,
            keep=keep,
        )
    finally:
        if gate is not None:
            gate.close()  # what the gate checked is remembered, even when a page failed
        if cached is not None:
            cached.cache.store.save()
    return BuildResult(
        fallback,
        pages=published.pages,
        written=0 if published.failed else published.written,
        missing=published.missing,
        fuzzy_skipped=published.fuzzy_skipped,
        withheld_entries=published.withheld_entries,
        refused_count=published.refused_count,
        failed=published.failed,
        reviews=tuple(published.reviews),
        refused=tuple(published.refused),
        withheld=tuple(published.withheld),
        by_locale={k: (v[0], v[1]) for k, v in published.by_locale.items()},
    )


def _build_cache(
    settings: Settings,
    rules: Sequence[Any],
    locales_dir: str | Path,
    locales: Sequence[str],
    out: str | Path,
    use_fuzzy: bool,
    source_lang: str | None,
    page_url: str | None,
) -> CachedBuilds | None:
    """The build cache of these settings and options (None: caching is off)."""
    import json

    from prlocalize.checking import open_cache
    from prlocalize.render.build_cache import BuildCache, CachedBuilds, package_data_digest

    store = open_cache(settings, rules, purpose="build-pages")
    if store is None or not store.usable:
        return None
    encoding = getattr(settings, "encoding", None)
    options = json.dumps(
        [
            str(Path(locales_dir).resolve()),
            list(locales),
            str(Path(out).resolve()),
            use_fuzzy,
            source_lang,
            encoding,
            page_url,
            package_data_digest(),
        ]
    )
    cache = BuildCache(store, Path(locales_dir), tuple(locales), Path(out), options)
    return CachedBuilds(cache, None, source_lang=source_lang, encoding=encoding)


# -- run -----------------------------------------------------------------------


@dataclass
class LocaleSummary:
    locale: str
    segments: int = 0  # distinct messages in this locale's catalogs
    translated: int = 0  # publishable (non-fuzzy) translations
    fuzzy: int = 0
    by_origin: Counter[str] = field(default_factory=Counter)  # filled this run, by origin
    findings: int = 0  # translation checks on the catalogs + refused translations
    fell_back: int = 0  # segments published in the source language


@dataclass
class RunResult:
    check: Tally  # the releases' findings, counted (each report went to ``on_report``)
    locales: list[LocaleSummary]
    build: BuildResult
    locales_dir: Path
    dist_dir: Path
    translation_check: Tally | None = None  # the catalogs' (PR4xx), counted likewise
    translate_error: str | None = None
    seeded: list[Path] = field(default_factory=list)  # catalogs started from the project's
    kept_back: list[KeptBack] = field(default_factory=list)  # confidential catalogs

    def summary(self, locale: str) -> LocaleSummary:
        return next(s for s in self.locales if s.locale == locale)


def run(
    paths: Sequence[str | Path],
    locales: Sequence[str],
    out: str | Path,
    settings: Settings,
    progress: Progress | None = None,
    *,
    backends: Sequence[str] | None = None,
    use_fuzzy: bool = False,
    allow_external: bool = False,
    jobs: int | None = None,
    on_report: Callable[[FileReport], None] | None = None,
    on_catalog_report: Callable[[FileReport], None] | None = None,
) -> RunResult:
    """check → extract → update → translate → compile → build, into ``OUT/locales`` and
    ``OUT/dist``. Findings are reported, never raised: the caller decides what fails.

    Every stage streams over the files on disk (each release is read by the stage that
    needs it and let go), so memory does not grow with the number of releases: the
    check's and the catalog checks' file reports go to ``on_report`` and
    ``on_catalog_report`` as they come, and the result keeps their counts. ``jobs`` is
    every stage's ``--jobs`` (translate's machine services keep their own limits).
    """
    from prlocalize.catalog.io import po_files
    from prlocalize.catalog.workflow import compile_all, extract, update
    from prlocalize.checking import iter_check, load_glossary
    from prlocalize.fsutil import PathList
    from prlocalize.run_cache import open_records
    from prlocalize.translate.workflow import learn_now, translate_catalogs

    if not locales:
        raise UsageError("no locale given; pass -l LOCALE")
    step = progress or (lambda stage, done, total: None)
    out = Path(out)
    locales_dir, dist_dir = out / "locales", out / "dist"

    files = release_files(paths, exclude=out)  # never last run's pages or catalogs
    glossary = load_glossary(settings)  # a broken glossary stops the run before any write
    # None unless configured: translate then reads each catalog's X-Source-Language, so
    # that a folder holding Japanese and English releases translates each from its own
    source_lang = settings.source_lang

    checked = iter_check(
        files, settings, jobs=jobs, progress=_counter(step, "check", files), glossary=glossary
    )
    for report in checked:
        if on_report is not None:
            on_report(report)
    backends = tuple(backends or settings.backends)
    records = open_records(
        settings,
        locales,
        locales_dir,
        backends=backends,
        use_fuzzy=use_fuzzy,
        allow_external=allow_external,
    )
    by_locale = {locale: LocaleSummary(locale) for locale in locales}
    try:
        # the releases whose catalogs are as the last run left them: their counts are
        # summed as they are found, and they go through no catalog stage
        skip = _unchanged_catalogs(records, files, by_locale)
        stale = PathList(file for file in files if _stem(file) not in skip)
        extract(
            files,
            locales_dir,
            glossary=glossary,
            locales=locales,
            source_lang=settings.source_lang,
            encoding=settings.encoding,
            jobs=jobs,
            advance=_counter(step, "extract", stale),
            skip=skip,
        )
        seeded = seed_catalogs(settings.root / "locales", locales_dir, locales, stale)
        updated = update(
            locales_dir,
            locales,
            jobs=jobs,
            advance=_counter(step, "update", stale, len(locales)),
            skip=skip,
        )
        # what the translate step will look at: entries with no translation yet
        todo = sum(u.untranslated for u in updated)
        del updated
        translated = translate_catalogs(
            locales_dir,
            locales,
            settings,
            backends=backends,
            glossary=glossary,
            source_lang=source_lang,
            progress=_counter(step, "translate", range(todo)),
            allow_external=allow_external,
            jobs=jobs,
            skip=skip,
        )
        catalogs = po_files(locales_dir)
        compiled = compile_all(
            locales_dir,
            use_fuzzy=use_fuzzy,
            jobs=jobs,
            advance=_counter(step, "compile", po_files(locales_dir, skip=skip)),
            skip=skip,
        )
        for result in compiled:
            _count_compiled(by_locale, result)
        if records is not None and translated.error is None:
            if translated.written:
                # what the next run's translate learns first, learnt now: a run whose
                # work teaches the memory nothing new (fuzzy drafts, or none) is what a
                # repeat would leave, and is remembered; one that does is not (a catalog
                # filled before the lesson may be filled from it next time)
                learn_now(locales_dir, locales, settings, source_lang=source_lang, skip=skip)
            _remember_catalogs(records, stale, compiled)
    finally:
        if records is not None:
            records.save()
    # the catalogs are checked before the build, whose gate then reads what to withhold
    # from the check cache instead of checking every catalog again
    translation_check = None
    per_locale: Counter[str] = Counter()
    if catalogs:
        stream = iter_check(catalogs, settings, jobs=jobs, glossary=glossary)
        for report in stream:
            per_locale[Path(report.path).parents[1].name] += len(report.findings)
            if on_catalog_report is not None:
                on_catalog_report(report)
        translation_check = stream.tally
    built = build(
        files,
        locales_dir,
        locales,
        dist_dir,
        use_fuzzy=use_fuzzy,
        source_lang=settings.source_lang,
        progress=progress,
        settings=settings,
        workers=jobs,
        glossary=glossary,
        # the catalog check above reported them: one finding per withheld translation
        # of the archive need not be held until the end
        keep_withheld=False,
    )
    summaries = _summaries(by_locale, translated.catalogs, built, per_locale)
    return RunResult(
        check=checked.tally,
        locales=summaries,
        build=built,
        locales_dir=locales_dir,
        dist_dir=dist_dir,
        translation_check=translation_check,
        translate_error=translated.error,
        seeded=seeded,
        kept_back=translated.kept_back,
    )


def _unchanged_catalogs(
    records: CatalogRecords | None, files: Sequence[Path], by_locale: dict[str, LocaleSummary]
) -> frozenset[str]:
    """The stems of the releases whose catalogs are as the last run left them (none when
    the run keeps no records), with what compiling them came to counted in ``by_locale``."""
    known = set()
    if records is not None:
        for file in files:
            found = records.lookup(file)
            if found is not None:
                known.add(_stem(file))
                for result in found:
                    _count_compiled(by_locale, result)
    return frozenset(known)


def _count_compiled(by_locale: dict[str, LocaleSummary], result: CompileResult) -> None:
    summary = by_locale.get(Path(result.po_path).parents[1].name)
    if summary is not None:  # (a catalog of another locale in the folder)
        summary.translated += result.translated
        summary.fuzzy += result.fuzzy
        summary.segments += result.translated + result.fuzzy + result.untranslated


def _remember_catalogs(
    records: CatalogRecords, processed: Sequence[Path], compiled: Spool[CompileResult]
) -> None:
    """Record the catalogs of the releases this run took through the catalog stages."""
    before = records.memory_state
    records.refresh()
    if records.memory_state != before:
        # translate learnt from the catalogs: one filled before the lesson may now be
        # filled from it, so the next run goes through every catalog again
        return
    files = {_stem(file): str(file) for file in processed}  # (a str: smaller than a Path)
    for stem, results in _by_release(compiled):
        file = files.get(stem)
        if file is not None:
            records.put(Path(file), results)


def _by_release(compiled: Spool[CompileResult]) -> Iterator[tuple[str, list[CompileResult]]]:
    """compile's results grouped by release: they come locale by locale, each locale's
    in the order of its catalogs' names, so the locales' streams merge by name (an
    archive's results are read back from disk, never all held at once)."""
    import heapq
    import itertools

    def locale(result: CompileResult) -> str:
        return Path(result.po_path).parents[1].name

    def name(result: CompileResult) -> str:
        return Path(result.po_path).name

    def of(wanted: str) -> Iterator[CompileResult]:
        return (result for result in compiled if locale(result) == wanted)

    streams = [of(each) for each in dict.fromkeys(locale(result) for result in compiled)]
    for _name, group in itertools.groupby(heapq.merge(*streams, key=name), key=name):
        results = list(group)
        yield Path(results[0].po_path).stem, results


def _counter(step: Progress, stage: str, items: Sized, per_item: int = 1) -> Callable[[int], None]:
    """A stage's ``advance(n)``, as the progress display counts it."""
    total = len(items) * per_item
    done = [0]
    step(stage, 0, total)

    def advance(n: int) -> None:
        done[0] += n
        step(stage, done[0], total)

    return advance


def seed_catalogs(
    project_dir: Path, locales_dir: Path, locales: Sequence[str], releases: Sequence[Path]
) -> list[Path]:
    """Start each catalog the run has not made yet from the project's own (``locales/``),
    so that a translator's work there is published rather than done again."""
    from prlocalize.catalog import po_path, read_catalog
    from prlocalize.fsutil import atomic_write

    if not project_dir.is_dir() or project_dir.resolve() == locales_dir.resolve():
        return []
    seeded = []
    for release in releases:
        for locale in locales:
            source = po_path(project_dir, locale, _stem(release))
            target = po_path(locales_dir, locale, _stem(release))
            if source.is_file() and not target.exists():
                read_catalog(source, locale=locale)  # a broken one is reported by its own path
                atomic_write(target, source.read_bytes())
                seeded.append(target)
    return seeded


def _summaries(
    by_locale: dict[str, LocaleSummary],
    filled: Sequence[FillResult],
    built: BuildResult,
    catalog_findings: Mapping[str, int],
) -> list[LocaleSummary]:
    """``by_locale`` (the compiled catalogs counted) with what the other stages did."""
    for fill in filled:
        if fill.locale in by_locale:
            by_locale[fill.locale].by_origin.update(fill.by_origin)
    for locale, (refused, missing) in built.by_locale.items():
        if locale in by_locale:  # (not the original's own page)
            by_locale[locale].findings += refused
            by_locale[locale].fell_back += missing
    for locale, count in catalog_findings.items():
        if locale in by_locale:
            by_locale[locale].findings += count
    return list(by_locale.values())


def origin_counts(summary: LocaleSummary) -> Mapping[str, int]:
    """Counts per origin family: glossary, memory, MT (every machine backend)."""
    families: Counter[str] = Counter()
    for origin, count in summary.by_origin.items():
        name = origin.split()[0].split(":")[0].lower()
        if name in {"glossary", "memory"}:
            families[name] += count
        else:
            families["mt"] += count
    return families
