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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from prlocalize.errors import UsageError

if TYPE_CHECKING:
    from prlocalize.catalog import CompileResult
    from prlocalize.config import Settings
    from prlocalize.document import Document, Segment
    from prlocalize.findings import CheckResult, Finding
    from prlocalize.glossary.model import Glossary
    from prlocalize.translate.fill import FillResult

Progress = Callable[[str, int, int], None]
FALLBACKS = ("source", "fail")


# -- build ---------------------------------------------------------------------


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


@dataclass(frozen=True)
class BuildResult:
    pages: tuple[PageResult, ...]
    fallback: str
    failed: bool = False  # --fallback fail and something was missing: nothing written

    @property
    def written(self) -> int:
        return sum(1 for p in self.pages if p.written)

    @property
    def missing(self) -> int:
        return sum(len(p.missing) for p in self.pages)

    @property
    def refused(self) -> list[Finding]:
        return [f for p in self.pages for f in p.refused]


def page_path(out: str | Path, locale: str, stem: str) -> Path:
    return Path(out) / locale / f"{stem}.html"


def alternates_for(locales: Sequence[str], stem: str) -> dict[str, str]:
    """Relative links between the locale pages of one release (x-default: the first locale)."""
    links = {locale: f"../{locale}/{stem}.html" for locale in locales}
    if locales:
        links["x-default"] = links[locales[0]]
    return links


def load_translations(
    po: Path, locale: str, *, use_fuzzy: bool = False
) -> tuple[dict[tuple[str | None, str], str], int]:
    """``(msgctxt, msgid) → msgstr`` of a catalog's publishable entries, and how many
    fuzzy entries were left out."""
    from prlocalize.catalog import read_catalog

    catalog = read_catalog(po, locale=locale)
    table: dict[tuple[str | None, str], str] = {}
    fuzzy = 0
    for message in catalog:
        if not message.id or not isinstance(message.id, str) or not message.string:
            continue
        if not isinstance(message.string, str):
            continue
        if message.fuzzy and not use_fuzzy:
            fuzzy += 1
            continue
        table[(message.context, message.id)] = message.string
    return table, fuzzy


def read_releases(paths: Iterable[str | Path], source_lang: str | None = None) -> list[Document]:
    from prlocalize.fsutil import iter_release_files
    from prlocalize.readers import read_document

    documents = [read_document(p, lang=source_lang) for p in iter_release_files(paths)]
    if not documents:
        raise UsageError("no release files found (.txt, .md, .html)")
    stems: dict[str, str] = {}
    for document in documents:
        other = stems.setdefault(document.stem, document.path)
        if other != document.path:
            raise UsageError(
                f"two releases would publish to the same page {document.stem!r}.html: "
                f"{other} and {document.path}; rename one"
            )
    return documents


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
) -> BuildResult:
    """Write ``OUT/<locale>/<stem>.html`` for every release and locale.

    Every page is rendered before any is written, so ``fallback="fail"`` with a
    missing translation writes nothing at all.
    """
    from prlocalize.catalog import po_path
    from prlocalize.fsutil import atomic_write
    from prlocalize.render.html import render_document

    if fallback not in FALLBACKS:
        raise UsageError(f"unknown fallback {fallback!r}; use source or fail")
    if not locales:
        raise UsageError("no locale given; pass -l LOCALE")
    docs = list(documents) if documents is not None else read_releases(paths, source_lang)
    total = len(docs) * len(locales)
    rendered: list[tuple[PageResult, bytes]] = []
    for document in docs:
        alternates = alternates_for(locales, document.stem)
        for locale in locales:
            po = po_path(locales_dir, locale, document.stem)
            table, fuzzy = ({}, 0)
            if po.is_file():
                table, fuzzy = load_translations(po, locale, use_fuzzy=use_fuzzy)
            page = render_document(document, table, locale, alternates=alternates)
            target = page_path(out, locale, document.stem)
            result = PageResult(
                source=document.path,
                locale=locale,
                path=target,
                written=False,
                segments=page.segments,
                translated=page.translated,
                fuzzy_skipped=fuzzy,
                missing=page.missing,
                refused=page.refused,
                catalog=po if po.is_file() else None,
            )
            rendered.append((result, page.html))
            if progress is not None:
                progress("build", len(rendered), total)
    if fallback == "fail" and any(r.missing or r.refused for r, _ in rendered):
        return BuildResult(tuple(r for r, _ in rendered), fallback, failed=True)
    # each write is atomic and fsync'ed; threads overlap the waits on the disk
    with ThreadPoolExecutor(max_workers=8) as pool:
        written = list(pool.map(lambda item: atomic_write(item[0].path, item[1]), rendered))
    pages = [_replace(r, written=w) for (r, _), w in zip(rendered, written, strict=True)]
    return BuildResult(tuple(pages), fallback)


def _replace(page: PageResult, **changes: object) -> PageResult:
    from dataclasses import replace

    return replace(page, **changes)  # type: ignore[arg-type]


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
) -> RunResult:
    """check → extract → update → translate → compile → build, into ``OUT/locales`` and
    ``OUT/dist``. Findings are reported in the result, never raised: the caller
    decides what fails."""
    from prlocalize.catalog.workflow import compile_all, extract_documents, update
    from prlocalize.checking import check_paths
    from prlocalize.translate.workflow import translate_catalogs

    if not locales:
        raise UsageError("no locale given; pass -l LOCALE")
    step = progress or (lambda stage, done, total: None)
    out = Path(out)
    locales_dir, dist_dir = out / "locales", out / "dist"

    step("check", 0, 1)
    checked = check_paths(paths, settings)
    step("check", 1, 1)

    documents = read_releases(paths, settings.source_lang)
    glossary = _glossary(settings)
    step("extract", 0, len(documents))
    extract_documents(documents, locales_dir, glossary=glossary, locales=locales)
    step("extract", len(documents), len(documents))

    step("update", 0, 1)
    updated = update(locales_dir, locales)
    step("update", 1, 1)

    # what the translate step will look at: entries with no translation yet
    todo = sum(1 for u in updated for m in u.catalog if m.id and not m.string)
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
    )


def _glossary(settings: Settings) -> Glossary:
    from prlocalize.glossary.io import load_glossaries

    return load_glossaries(settings.glossary_paths())


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
    for page in built.pages:
        by_locale[page.locale].findings += len(page.refused)
        by_locale[page.locale].fell_back += len(page.missing)
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
