"""``prlocalize run``: the whole way from releases to published pages, in one command."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from prlocalize.cli.options import (
    glossary_option,
    load,
    locale_option,
    source_lang_option,
    target_locales,
)

if TYPE_CHECKING:
    from prlocalize.findings import CheckResult, Severity
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
    )
    wanted = target_locales(settings, locales)
    output = settings.output_path()
    if output is None:
        raise click.UsageError('no output folder: pass -o DIR or set output = "DIR" in config')
    ui = Ui()
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
        )
    _report(ui, result)
    threshold = Severity.parse(settings.fail_on)
    failing = bool(result.check.at_or_above(threshold))
    if result.translation_check is not None and result.translation_check.at_or_above(threshold):
        failing = True
        _report_catalogs(ui, result.translation_check, threshold)
    if failing:
        click.get_current_context().exit(1)


def _report_catalogs(ui: Ui, checked: CheckResult, threshold: Severity) -> None:
    """The catalog findings that fail the run (the table only counts them)."""
    from dataclasses import replace

    from prlocalize.findings import CheckResult
    from prlocalize.report import get_reporter

    level = threshold.value
    files = [
        replace(report, findings=[f for f in report.findings if f.severity.value >= level])
        for report in checked.files
    ]
    get_reporter("text").write(CheckResult(files=[f for f in files if f.findings]), ui.out.file)


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
    from prlocalize.report import get_reporter

    for notice in result.check.notices:  # e.g. no glossary: names and terms go unchecked
        ui.warn(notice.message)
    if result.check.findings:
        get_reporter("text").write(result.check, ui.out.file)
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
        f"catalogs in {result.locales_dir}; {len(result.check.findings)} source finding(s)"
    )
