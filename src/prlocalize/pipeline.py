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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

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
    from prlocalize.config import Settings
    from prlocalize.document import Document
    from prlocalize.findings import CheckResult, Finding
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


def release_files(paths: Iterable[str | Path], *, exclude: Path | None = None) -> list[Path]:
    """The release files below ``paths`` but outside ``exclude`` (the output folder, whose
    pages are no releases); two that would publish to one page are an error."""
    from prlocalize.fsutil import iter_release_files

    skip = exclude.resolve() if exclude is not None else None
    files = [
        f
        for f in dict.fromkeys(iter_release_files(paths))
        if skip is None or not f.resolve().is_relative_to(skip)
    ]
    if not files:
        raise UsageError("no release files found (.txt, .md, .html)")
    stems: dict[str, Path] = {}
    for file in files:
        stem = _stem(file)
        other = stems.setdefault(stem, file)
        if other != file:
            raise UsageError(
                f"two releases would publish to the same page {stem!r}.html: "
                f"{other} and {file}; rename one"
            )
    return files


def _stem(file: Path) -> str:
    return file.name.rsplit(".", 1)[0] if "." in file.name else file.name


def read_releases(
    paths: Iterable[str | Path], source_lang: str | None = None, *, exclude: Path | None = None
) -> list[Document]:
    from prlocalize.readers import read_document

    return [read_document(p, lang=source_lang) for p in release_files(paths, exclude=exclude)]


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
    published as translated.
    """
    from prlocalize.parallel import worker_count
    from prlocalize.render.batch import ReleaseBuilder, publish

    if fallback not in FALLBACKS:
        raise UsageError(f"unknown fallback {fallback!r}; use source or fail")
    if not locales:
        raise UsageError("no locale given; pass -l LOCALE")
    step = progress or (lambda stage, done, total: None)
    files = None if documents is not None else release_files(paths, exclude=Path(out))
    glossary, gate = None, None
    if settings is not None:
        from prlocalize.checking import load_glossary
        from prlocalize.translation_checking import CatalogGate

        glossary = load_glossary(settings)
        gate = CatalogGate(glossary, settings)
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
    )
    releases = len(documents) if documents is not None else len(files or ())
    total = releases * (len(locales) + 1)  # (the original's page too)
    per_release = total // max(releases, 1)

    def advance(done: int) -> None:
        step("build", done * per_release, total)

    jobs = worker_count(releases, workers)
    if documents is not None:  # read already: the workers inherit them, indexes cross
        docs = documents
        published = publish(
            range(len(docs)),
            lambda i: builder.pages(docs[i]),
            out,
            workers=jobs,
            fail=fallback == "fail",
            draft=draft,
            report=report,
            progress=advance,
        )
    else:
        published = publish(
            [str(f) for f in files or ()],
            builder,
            out,
            workers=jobs,
            fail=fallback == "fail",
            draft=draft,
            report=report,
            progress=advance,
        )
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
    check: CheckResult
    locales: list[LocaleSummary]
    build: BuildResult
    locales_dir: Path
    dist_dir: Path
    translation_check: CheckResult | None = None
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
) -> RunResult:
    """check → extract → update → translate → compile → build, into ``OUT/locales`` and
    ``OUT/dist``. Findings are reported in the result, never raised: the caller
    decides what fails."""
    from prlocalize.catalog.workflow import compile_all, extract_documents, update
    from prlocalize.checking import check_documents, load_glossary
    from prlocalize.translate.workflow import translate_catalogs

    if not locales:
        raise UsageError("no locale given; pass -l LOCALE")
    step = progress or (lambda stage, done, total: None)
    out = Path(out)
    locales_dir, dist_dir = out / "locales", out / "dist"

    files = release_files(paths, exclude=out)  # never last run's pages or catalogs
    documents = read_releases(files, settings.source_lang)  # once, for every stage
    glossary = load_glossary(settings)
    step("check", 0, 1)
    checked = check_documents(documents, settings, glossary)
    step("check", 1, 1)
    step("extract", 0, len(documents))
    extract_documents(documents, locales_dir, glossary=glossary, locales=locales)
    step("extract", len(documents), len(documents))

    seeded = seed_catalogs(settings.root / "locales", locales_dir, locales, documents)
    step("update", 0, 1)
    updated = update(locales_dir, locales)
    step("update", 1, 1)

    # what the translate step will look at: entries with no translation yet
    todo = sum(u.untranslated for u in updated)
    done = [0]

    def advanced(n: int) -> None:
        done[0] += n
        step("translate", done[0], todo)

    step("translate", 0, todo)
    translated = translate_catalogs(
        locales_dir,
        locales,
        settings,
        backends=tuple(backends or settings.backends),
        glossary=glossary,
        source_lang=settings.source_lang or documents[0].lang,
        progress=advanced,
        allow_external=allow_external,
    )

    step("compile", 0, 1)
    compiled = compile_all(locales_dir, use_fuzzy=use_fuzzy)
    step("compile", 1, 1)

    built = build(
        paths,
        locales_dir,
        locales,
        dist_dir,
        use_fuzzy=use_fuzzy,
        documents=documents,
        progress=progress,
        settings=settings,
    )
    translation_check = _check_catalogs(locales_dir, settings)
    summaries = _summaries(locales, compiled, translated.catalogs, built, translation_check)
    return RunResult(
        check=checked,
        locales=summaries,
        build=built,
        locales_dir=locales_dir,
        dist_dir=dist_dir,
        translation_check=translation_check,
        translate_error=translated.error,
        seeded=seeded,
        kept_back=translated.kept_back,
    )


def seed_catalogs(
    project_dir: Path, locales_dir: Path, locales: Sequence[str], documents: Sequence[Document]
) -> list[Path]:
    """Start each catalog the run has not made yet from the project's own (``locales/``),
    so that a translator's work there is published rather than done again."""
    from prlocalize.catalog import po_path, read_catalog
    from prlocalize.fsutil import atomic_write

    if not project_dir.is_dir() or project_dir.resolve() == locales_dir.resolve():
        return []
    seeded = []
    for document in documents:
        for locale in locales:
            source = po_path(project_dir, locale, document.stem)
            target = po_path(locales_dir, locale, document.stem)
            if source.is_file() and not target.exists():
                read_catalog(source, locale=locale)  # a broken one is reported by its own path
                atomic_write(target, source.read_bytes())
                seeded.append(target)
    return seeded


def _check_catalogs(locales_dir: Path, settings: Settings) -> CheckResult | None:
    """Translation checks (PR4xx) on the catalogs the run wrote."""
    from prlocalize.checking import check_paths

    catalogs = sorted(locales_dir.glob("*/LC_MESSAGES/*.po"))
    return check_paths(catalogs, settings) if catalogs else None


def _summaries(
    locales: Sequence[str],
    compiled: Sequence[CompileResult],
    filled: Sequence[FillResult],
    built: BuildResult,
    translation_check: CheckResult | None,
) -> list[LocaleSummary]:
    by_locale = {locale: LocaleSummary(locale) for locale in locales}
    for result in compiled:
        locale = Path(result.po_path).parents[1].name
        if locale in by_locale:
            summary = by_locale[locale]
            summary.translated += result.translated
            summary.fuzzy += result.fuzzy
            summary.segments += result.translated + result.fuzzy + result.untranslated
    for fill in filled:
        if fill.locale in by_locale:
            by_locale[fill.locale].by_origin.update(fill.by_origin)
    for locale, (refused, missing) in built.by_locale.items():
        if locale in by_locale:  # (not the original's own page)
            by_locale[locale].findings += refused
            by_locale[locale].fell_back += missing
    if translation_check is not None:
        for report in translation_check.files:
            locale = Path(report.path).parents[1].name
            if locale in by_locale:
                by_locale[locale].findings += len(report.findings)
    return [by_locale[locale] for locale in locales]


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
