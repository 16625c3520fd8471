"""``prlocalize build``: releases + catalogs → one HTML page per locale."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from prlocalize.cli.options import (
    catalog_locale_option,
    glossary_option,
    jobs_option,
    load,
    locales_dir_option,
    page_url_option,
    source_lang_option,
    target_locales,
    validate_locale,
)

if TYPE_CHECKING:
    from prlocalize.document import LineIndex
    from prlocalize.findings import Finding
    from prlocalize.pipeline import BuildResult, PageResult
    from prlocalize.ui import Ui


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@locales_dir_option
@catalog_locale_option
@click.option(
    "-o",
    "--out",
    default=None,
    type=click.Path(file_okay=False, path_type=str),
    help="Output folder: pages go to OUT/<locale>/<stem>.html. Default: config output.",
)
@click.option(
    "--fallback",
    type=click.Choice(["source", "fail"]),
    default=None,
    help="Missing, refused or withheld translation: publish the source sentence, or fail "
    "(exit 1, nothing written). Default: config fallback, then source.",
)
@click.option(
    "--use-fuzzy",
    is_flag=True,
    default=None,
    help="Publish fuzzy translations too. Default: config use-fuzzy, then no.",
)
@click.option(
    "--draft",
    is_flag=True,
    help="Also write OUT/review/<locale>.html: every sentence with what the page publishes, "
    "each untranslated, fuzzy, withheld or refused one marked, for the release's approvers.",
)
@page_url_option
@glossary_option
@source_lang_option
@jobs_option
def build(
    *,
    paths: tuple[str, ...],
    locales_dir: str | None,
    locales: tuple[str, ...],
    out: str | None,
    fallback: str | None,
    use_fuzzy: bool | None,
    draft: bool,
    glossaries: tuple[str, ...],
    source_lang: str | None,
    jobs: int | None,
    page_url: str | None,
) -> None:
    """Write OUT/<locale>/<stem>.html for every release in PATH... and every LOCALE,
    and OUT/<source language>/<stem>.html, the original that x-default points to.

    HTML releases keep their markup with each translated sentence in place; text and
    Markdown releases become clean HTML5 pages, their web and e-mail addresses links
    (only those the source writes). Translations are untrusted: markup
    the source sentence did not have is refused, and a translation that `check` finds
    an error in (PR4xx, unless suppressed in the catalog) is withheld; the source
    sentence is published instead. Every translated page says how much of it is
    translated and links to the original.

    Releases are built by worker processes (--jobs), each release with its catalogs,
    and reported in the order given; pages are put in place only once every release
    was read and built, so a broken release or catalog (exit 2) writes nothing.
    """
    from pathlib import Path

    from prlocalize.pipeline import build as run_build
    from prlocalize.ui import Ui

    settings = load(
        glossaries=tuple(str(Path(g).resolve()) for g in glossaries),
        locales_dir=locales_dir,
        locales=locales,
        output=out,
        fallback=fallback,
        use_fuzzy=use_fuzzy,
        source_lang=source_lang and validate_locale(source_lang),
        page_url=page_url,
    )
    wanted = target_locales(settings, locales, catalogs=settings.locales_path())
    output = settings.output_path()
    if output is None:
        raise click.UsageError('no output folder: pass -o DIR or set output = "DIR" in config')
    fail = settings.fallback == "fail"
    result = run_build(
        paths,
        settings.locales_path(),
        wanted,
        output,
        fallback=settings.fallback,
        use_fuzzy=settings.use_fuzzy,
        source_lang=settings.source_lang,
        settings=settings,
        draft=draft,
        workers=jobs,
        report=lambda page: report_page(page, fell_back=fail),
    )
    ui = Ui()
    if result.failed:
        ui.error(
            f"{result.missing + result.withheld_entries + result.refused_count} "
            "translation(s) missing, refused or withheld; nothing written (--fallback fail)"
        )
        click.get_current_context().exit(1)
    summarize(ui, result)


def report_page(page: PageResult, *, fell_back: bool = False) -> None:
    """A page's warnings as it comes, one unwrapped line each (editors and grep jump to
    ``path:line``): refused translations, withheld ones and, with ``fell_back``
    (``--fallback fail``), every sentence published in the source language. A page's
    lines go out in one write (an archive's pages may carry tens of thousands)."""
    lines: list[str] = []
    for finding, line in zip(page.refused, page.refused_lines, strict=False):
        where = finding.path if line is None else f"{finding.path}:{line}"
        lines.append(f"warning: {where}: {finding.code} {finding.message}: {finding.found!r}")
    for finding, line in zip(page.withheld, page.withheld_lines, strict=False):
        where = finding.path if line is None else f"{finding.path}:{line}"
        lines.append(
            f"warning: {where}: {finding.code} {finding.message} "
            "(not published: the source sentence stands in)"
        )
    if fell_back:
        for line_no, text in page.fell_back:
            lines.append(f"{page.source}:{line_no}: no {page.locale} translation: {text!r}")
    if lines:
        click.echo("\n".join(lines), err=True)


def report_refused(ui: Ui, refused: Sequence[Finding]) -> None:
    # one unwrapped line per finding, so that editors and grep can jump to it
    indexes: dict[str, LineIndex] = {}
    for finding in refused:
        line_no = _line_of(finding.path, finding.span.start, indexes)
        where = finding.path if line_no is None else f"{finding.path}:{line_no}"
        line = f"warning: {where}: {finding.code} {finding.message}: {finding.found!r}"
        click.echo(line, err=True)


def _line_of(path: str, offset: int, indexes: dict[str, LineIndex]) -> int | None:
    from pathlib import Path

    from prlocalize.document import LineIndex
    from prlocalize.errors import InputError
    from prlocalize.readers import decode_source

    if path not in indexes:
        try:
            indexes[path] = LineIndex(decode_source(Path(path).read_bytes(), path))
        except (OSError, InputError):  # gone since it was read: the path alone
            return None
    return indexes[path].position(offset).line


def summarize(ui: Ui, result: BuildResult) -> None:
    unchanged = result.pages - result.written
    ui.success(f"{result.pages} page(s) built: {result.written} written, {unchanged} unchanged")
    fell_back = result.missing + result.withheld_entries
    if fell_back:
        fuzzy = result.fuzzy_skipped
        note = f" ({fuzzy} fuzzy entries not published; use --use-fuzzy)" if fuzzy else ""
        ui.info(f"{fell_back} segment(s) published in the source language{note}")
    for review in result.reviews:
        ui.info(f"review page: {review}")
