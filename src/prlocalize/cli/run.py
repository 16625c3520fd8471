"""``prlocalize run``: the whole way from releases to published pages, in one command."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from prlocalize.cli.options import (
    glossary_option,
    jobs_option,
    load,
    locale_option,
    page_url_option,
    source_lang_option,
    target_locales,
)

if TYPE_CHECKING:
    from typing import IO

    from prlocalize.findings import FileReport, Severity, Tally
    from prlocalize.pipeline import Progress, RunResult
    from prlocalize.ui import Ui

STAGES = ("check", "extract", "update", "translate", "compile", "build")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@locale_option
@click.option(
    "-o",
    "--out",
    default=None,
    type=click.Path(file_okay=False, path_type=str),
    help="Output folder: catalogs in OUT/locales, pages in OUT/dist/<locale>/<stem>.html. "
    "Default: config output.",
)
@glossary_option
@source_lang_option
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Exit 1 when a finding of the releases or of the catalogs (PR4xx) reaches this "
    "severity. Default: config, then error.",
)
@click.option(
    "--backend",
    "backends",
    multiple=True,
    metavar="NAME",
    help="Translation backend, in chain order (repeatable). Default: config, then "
    "glossary,memory (offline).",
)
@click.option(
    "--use-fuzzy",
    is_flag=True,
    default=None,
    help="Publish fuzzy translations too. Default: config use-fuzzy, then no.",
)
@click.option(
    "--allow-external",
    is_flag=True,
    help="As translate's: send embargoed or confidential releases to outside MT too.",
)
@page_url_option
@jobs_option
def run(
    *,
    paths: tuple[str, ...],
    locales: tuple[str, ...],
    out: str | None,
    glossaries: tuple[str, ...],
    source_lang: str | None,
    fail_on: str | None,
    backends: tuple[str, ...],
    use_fuzzy: bool | None,
    allow_external: bool,
    jobs: int | None,
    page_url: str | None,
) -> None:
    """Check, extract, update, translate, compile and build PATH... for every LOCALE.

    Writes OUT/locales/... (catalogs) and OUT/dist/<locale>/<stem>.html (pages), prints
    the check report and a table per locale. Exit codes as for `check`: 0 nothing at or
    above --fail-on, 1 findings at or above it (pages are written all the same), 2 usage
    or input error.
    """
    from prlocalize.cli.options import validate_locale
    from prlocalize.findings import Severity
    from prlocalize.pipeline import run as run_pipeline
    from prlocalize.ui import Ui

    names = tuple(n.strip() for raw in backends for n in raw.split(",") if n.strip())
    settings = load(
        locales=locales,
        output=out,
        glossaries=glossaries,
        source_lang=source_lang and validate_locale(source_lang),
        fail_on=fail_on,
        backends=names,
        use_fuzzy=use_fuzzy,
        page_url=page_url,
    )
    wanted = target_locales(settings, locales)
    output = settings.output_path()
    if output is None:
        raise click.UsageError('no output folder: pass -o DIR or set output = "DIR" in config')
    ui = Ui()
    threshold = Severity.parse(settings.fail_on)
    # The reports stream as the stages run (nothing is kept per release): straight to
    # stdout, or, under the progress bars of a terminal, to a file shown at the end.
    with _Stream(ui) as releases, _Stream(ui) as catalogs:
        failing = _Failing(threshold)
        with _progress(ui) as progress:
            result = run_pipeline(
                paths,
                wanted,
                output,
                settings,
                progress,
                backends=settings.backends,
                use_fuzzy=settings.use_fuzzy,
                allow_external=allow_external,
                jobs=jobs,
                on_report=releases.file,
                on_catalog_report=lambda report: catalogs.file(failing(report)),
            )
        for notice in result.check.notices:  # e.g. no glossary: names and terms go unchecked
            ui.warn(notice.message)
        releases.finish(result.check)
        _report(ui, result)
        if failing.count:
            catalogs.finish(failing.tally)
    if result.check.at_or_above(threshold) or failing.count:
        click.get_current_context().exit(1)


class _Failing:
    """The catalog findings at or above --fail-on: they fail the run and are printed
    (the table per locale counts every catalog finding)."""

    def __init__(self, threshold: Severity) -> None:
        from prlocalize.findings import Tally

        self.level = threshold.value
        self.tally = Tally()

    @property
    def count(self) -> int:
        return self.tally.findings

    def __call__(self, report: FileReport) -> FileReport:
        from dataclasses import replace

        kept = replace(
            report, findings=[f for f in report.findings if f.severity.value >= self.level]
        )
        if kept.findings:
            self.tally.add(kept)
        return kept


class _Stream:
    """A text report written as file reports come: to stdout, or to a temporary file
    while progress bars hold the terminal (copied to stdout by :meth:`finish`)."""

    def __init__(self, ui: Ui) -> None:
        self.ui = ui
        self.spool: IO[str] | None = None
        self.started = False

    def __enter__(self) -> _Stream:
        from prlocalize.report import get_reporter

        self.reporter = get_reporter("text")
        if self.ui.interactive:
            import tempfile

            from prlocalize.report.text import TextReporter

            self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")
            if isinstance(self.reporter, TextReporter):  # coloured as if written straight
                self.reporter.terminal_colours = self.ui.out.color_system
        return self

    def __exit__(self, *exc: object) -> None:
        if self.spool is not None:
            self.spool.close()

    def file(self, report: FileReport) -> None:
        if not report.findings:
            return
        if not self.started:
            self.reporter.start(self.spool or self.ui.out.file, ())
            self.started = True
        self.reporter.file(report)

    def finish(self, tally: Tally) -> None:
        if not self.started:
            return
        self.reporter.finish(tally)
        if self.spool is not None:
            import shutil

            self.spool.seek(0)
            shutil.copyfileobj(self.spool, self.ui.out.file)


@contextlib.contextmanager
def _progress(ui: Ui) -> Iterator[Progress | None]:
    """One bar per stage on a terminal; nothing otherwise."""
    if not ui.interactive:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

    with Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=ui.err,
        transient=True,
    ) as bars:
        tasks: dict[str, TaskID] = {}

        def advance(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bars.add_task(stage, total=max(total, 1))
            bars.update(tasks[stage], completed=done, total=max(total, 1))

        yield advance


def _report(ui: Ui, result: RunResult) -> None:
    from prlocalize.cli.build import report_refused
    from prlocalize.cli.translate import report_kept_back
    from prlocalize.pipeline import origin_counts

    report_refused(ui, result.build.refused)
    if result.seeded:
        ui.info(f"{len(result.seeded)} catalog(s) started from the project's locales/")
    report_kept_back(ui, result.kept_back)
    if result.translate_error:
        ui.warn(f"translation stopped early: {result.translate_error}")
    rows = []
    for summary in result.locales:
        origins = origin_counts(summary)
        rows.append(
            (
                summary.locale,
                summary.segments,
                summary.translated,
                summary.fuzzy,
                origins.get("glossary", 0),
                origins.get("memory", 0),
                origins.get("mt", 0),
                summary.findings,
            )
        )
    ui.table(
        None,
        ["locale", "segments", "translated", "fuzzy", "glossary", "memory", "MT", "findings"],
        rows,
    )
    pages = result.build.pages
    ui.success(
        f"{pages} page(s) in {result.dist_dir} ({result.build.written} written), "
        f"catalogs in {result.locales_dir}; {result.check.findings} source finding(s)"
    )
