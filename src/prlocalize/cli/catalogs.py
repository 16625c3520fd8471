"""``prlocalize extract``, ``update`` and ``compile``: releases ↔ gettext catalogs."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import click

from prlocalize.cli.options import (
    catalog_locale_option,
    encoding_option,
    glossary_option,
    jobs_option,
    load,
    locales_dir_option,
    source_lang_option,
    target_locales,
    validate_locale,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from prlocalize.catalog.update import UpdateResult
    from prlocalize.ui import Ui

# Up to this many files, a command lists each one; beyond it (an archive), a table of
# totals by status: a table of every file would take longer to print than the work.
LISTED = 200


def _ui() -> Ui:
    from prlocalize.ui import Ui

    return Ui()


def _report(ui: Ui, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
    """The table of ``rows`` (a file, its counts, its status), or when there are more than
    :data:`LISTED`, one row per status: how many files, and the sums of their counts.
    ``rows`` may be a stream: beyond :data:`LISTED`, none is kept."""
    stream = iter(rows)
    first = list(itertools.islice(stream, LISTED + 1))
    if len(first) <= LISTED:
        ui.table(None, columns, first)
        return
    totals: dict[str, list[int]] = {}
    for _name, *counts, status in itertools.chain(first, stream):
        sums = totals.setdefault(status, [0] * (len(counts) + 1))
        sums[0] += 1
        for i, count in enumerate(counts, 1):
            sums[i] += count
    table = [(status, *sums) for status, sums in totals.items()]
    ui.table(None, ["status", "files", *columns[1:-1]], table)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...", type=click.Path(path_type=str))
@locales_dir_option
@glossary_option
@source_lang_option
@encoding_option
@click.option(
    "-l",
    "--locale",
    "locales",
    multiple=True,
    metavar="LOCALE",
    help="Locale whose glossary forms go into the hints (repeatable or comma-separated). "
    "Default: config, then every locale of the glossary.",
)
@jobs_option
def extract(
    *,
    paths: tuple[str, ...],
    locales_dir: str | None,
    glossaries: tuple[str, ...],
    source_lang: str | None,
    encoding: str | None,
    locales: tuple[str, ...],
    jobs: int | None,
) -> None:
    """Write one template LOCALES_DIR/<stem>.pot for each release in the PATHs.

    Messages are the release's sentences; comments carry their locations, segment ids
    and the glossary's approved forms for translators. A release that cannot be read
    stops the command before any template is written. Beyond 200 releases, the table
    shows totals by status. A release whose text and template are what the last extract
    left (same glossaries and settings) is not read again (PRLOCALIZE_NO_CACHE=1: off).
    """
    from prlocalize.pipeline import extract as run_extract

    settings = load(
        glossaries=glossaries,
        source_lang=source_lang and validate_locale(source_lang),
        locales_dir=locales_dir,
        encoding=encoding,
    )
    hint_locales = target_locales(settings, locales) if locales or settings.locales else ()
    ui = _ui()
    with ui.progress("extract") as advance:
        results = run_extract(paths, settings, hint_locales, jobs=jobs, advance=advance)
    _report(
        ui,
        ["template", "messages", "status"],
        ((str(r.pot_path), r.messages, "written" if r.written else "unchanged") for r in results),
    )


@click.command()
@locales_dir_option
@catalog_locale_option
@click.option(
    "--no-fuzzy-matching",
    is_flag=True,
    help="Do not carry translations over to similar new messages as fuzzy entries.",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Retire the catalogs of releases that are gone: their entries become obsolete "
    "(#~, translations kept in the file), their .mo files and template are removed.",
)
@jobs_option
def update(
    *,
    locales_dir: str | None,
    locales: tuple[str, ...],
    no_fuzzy_matching: bool,
    prune: bool,
    jobs: int | None,
) -> None:
    """Create or update LOCALES_DIR/<locale>/LC_MESSAGES/<stem>.po from every template.

    No translation is ever dropped: changed messages become fuzzy (with the previous
    text), removed ones obsolete. A renamed release (same sentences, new file name)
    starts from its old catalogs; catalogs whose release is gone are reported, and
    retired with --prune. A release already in a locale's language gets no catalog there
    (its page in that language is the original). A broken catalog stops the command
    before any is written. Beyond 200 catalogs, the table shows totals by status.
    """
    from prlocalize.catalog.workflow import update_all

    settings = load(locales_dir=locales_dir, locales=locales)
    normalised = target_locales(settings, locales, catalogs=settings.locales_path())
    ui = _ui()
    with ui.progress("update") as advance:
        report = update_all(
            settings.locales_path(),
            normalised,
            fuzzy_matching=not no_fuzzy_matching,
            prune=prune,
            advance=advance,
            jobs=jobs,
        )
    results = report.results
    _report(
        ui,
        ["catalog", "new", "fuzzy", "obsolete", "kept", "status"],
        (
            (
                str(r.path),
                r.new,
                r.fuzzy,
                r.obsolete,
                r.kept,
                _update_status(r, listed=len(results) <= LISTED),
            )
            for r in results
        ),
    )
    for gone in report.gone:
        names = ", ".join(gone.releases)
        if prune:
            ui.info(f"{gone.template}: release {names} is gone; its catalogs are retired")
            continue
        moved = (
            f"; its translations went to {', '.join(str(p) for p in gone.renamed_to)}"
            if gone.renamed_to
            else ""
        )
        ui.warn(
            f"{gone.template}: release {names} is gone{moved}. Its catalogs stay, with "
            "every translation; `prlocalize update --prune` retires them."
        )
    for retired in report.retired:
        ui.info(f"{retired}: every entry obsolete (#~)")
    if report.originals:
        first = itertools.islice(report.originals, LISTED_ORIGINALS)
        shown = ", ".join(f"{t} ({locale})" for t, locale in first)
        more = len(report.originals) - LISTED_ORIGINALS
        ui.info(
            "no catalog for a release already in the locale's language (build publishes "
            f"the original there): {shown}" + (f" and {more} more" if more > 0 else "")
        )


LISTED_ORIGINALS = 5


def _update_status(result: UpdateResult, *, listed: bool = True) -> str:
    if result.renamed_from is not None:
        # in totals, one status for all (the warnings below name each renamed release)
        return f"created from {result.renamed_from}" if listed else "created from a renamed"
    return "created" if result.created else ("written" if result.written else "unchanged")


@click.command(name="compile")
@locales_dir_option
@click.option(
    "--use-fuzzy",
    is_flag=True,
    default=None,
    help="Include fuzzy translations in the .mo files. Default: config use-fuzzy, then no.",
)
@jobs_option
def compile_(*, locales_dir: str | None, use_fuzzy: bool | None, jobs: int | None) -> None:
    """Compile every LOCALES_DIR/<locale>/LC_MESSAGES/*.po to a .mo beside it.

    A broken catalog stops the command before any .mo is written. Beyond 200 catalogs,
    the table shows totals.
    """
    from prlocalize.catalog.workflow import compile_all

    settings = load(locales_dir=locales_dir, use_fuzzy=use_fuzzy)
    ui = _ui()
    with ui.progress("compile") as advance:
        results = compile_all(
            settings.locales_path(), use_fuzzy=settings.use_fuzzy, advance=advance, jobs=jobs
        )
    if len(results) > LISTED:
        translated = fuzzy = untranslated = 0
        for r in results:  # once: an archive's results are read back from disk
            translated, fuzzy = translated + r.translated, fuzzy + r.fuzzy
            untranslated += r.untranslated
        total = translated + fuzzy + untranslated
        done = 100.0 * translated / total if total else 100.0
        ui.table(
            None,
            ["files", "translated", "fuzzy", "untranslated", "done"],
            [(len(results), translated, fuzzy, untranslated, f"{done:.0f}%")],
        )
        return
    ui.table(
        None,
        ["catalog", "translated", "fuzzy", "untranslated", "done"],
        [
            (
                str(r.mo_path),
                r.translated,
                r.fuzzy,
                r.untranslated,
                f"{r.percent:.0f}%",
            )
            for r in results
        ],
    )
