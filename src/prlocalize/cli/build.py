"""``prlocalize build``: releases + catalogs → one HTML page per locale."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from prlocalize.cli.options import (
    glossary_option,
    load,
    locale_option,
    locales_dir_option,
    source_lang_option,
    target_locales,
    validate_locale,
)

if TYPE_CHECKING:
    from prlocalize.document import LineIndex
    from prlocalize.findings import Finding
    from prlocalize.pipeline import BuildResult
    from prlocalize.ui import Ui


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@locales_dir_option
@locale_option
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
@glossary_option
@source_lang_option
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
) -> None:
    """Write OUT/<locale>/<stem>.html for every release in PATH... and every LOCALE,
    and OUT/<source language>/<stem>.html, the original that x-default points to.

    HTML releases keep their markup with each translated sentence in place; text and
    Markdown releases become clean HTML5 pages. Translations are untrusted: markup
    the source sentence did not have is refused, and a translation that `check` finds
    an error in (PR4xx, unless suppressed in the catalog) is withheld; the source
    sentence is published instead. Every translated page says how much of it is
    translated and links to the original.
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
    )
    wanted = target_locales(settings, locales)
    output = settings.output_path()
    if output is None:
        raise click.UsageError('no output folder: pass -o DIR or set output = "DIR" in config')
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
    )
    ui = Ui()
    report_refused(ui, result.refused)
    report_withheld(result.withheld)
    if result.failed:
        report_missing(ui, result)
        ui.error(
            f"{result.missing + len(result.withheld)} translation(s) missing, refused or "
            "withheld; nothing written (--fallback fail)"
        )
        click.get_current_context().exit(1)
    summarize(ui, result)


def report_refused(ui: Ui, refused: Sequence[Finding]) -> None:
    # one unwrapped line per finding, so that editors and grep can jump to it
    indexes: dict[str, LineIndex] = {}
    for finding in refused:
        line_no = _line_of(finding.path, finding.span.start, indexes)
        where = finding.path if line_no is None else f"{finding.path}:{line_no}"
        line = f"warning: {where}: {finding.code} {finding.message}: {finding.found!r}"
        click.echo(line, err=True)


def report_withheld(withheld: Sequence[Finding]) -> None:
    """``po:line: PR405 … (not published: …)`` for each translation kept off a page."""
    indexes: dict[str, LineIndex] = {}
    for finding in withheld:
        line_no = _line_of(finding.path, finding.span.start, indexes)
        where = finding.path if line_no is None else f"{finding.path}:{line_no}"
        click.echo(
            f"warning: {where}: {finding.code} {finding.message} "
            "(not published: the source sentence stands in)",
            err=True,
        )


def report_missing(ui: Ui, result: BuildResult) -> None:
    """``path:line: no ja translation: '...'`` for every segment that fell back."""
    indexes: dict[str, LineIndex] = {}
    for page in result.pages:
        fell_back = [(s.span.start, s.text) for s in page.missing]
        fell_back += [(f.span.start, f.found) for f in page.refused]
        for offset, text in sorted(fell_back):
            line = _line_of(page.source, offset, indexes)
            click.echo(f"{page.source}:{line}: no {page.locale} translation: {text!r}", err=True)


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
    pages = len(result.pages)
    unchanged = pages - result.written
    ui.success(f"{pages} page(s) built: {result.written} written, {unchanged} unchanged")
    fell_back = result.missing + len({(f.path, f.span) for f in result.withheld})
    if fell_back:
        fuzzy = sum(p.fuzzy_skipped for p in result.pages)
        note = f" ({fuzzy} fuzzy entries not published; use --use-fuzzy)" if fuzzy else ""
        ui.info(f"{fell_back} segment(s) published in the source language{note}")
    for review in result.reviews:
        ui.info(f"review page: {review}")
