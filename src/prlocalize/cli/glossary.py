"""``prlocalize glossary lint|import|export|suggest``: check, convert and grow glossaries."""

from __future__ import annotations

import json
from pathlib import Path

import click

from prlocalize.cli import WholeSummaryGroup
from prlocalize.cli.options import jobs_option


@click.group("glossary", cls=WholeSummaryGroup)
def glossary() -> None:
    """Check glossaries and convert them between CSV and TBX."""


@glossary.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@click.pass_context
def lint(ctx: click.Context, paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Check glossary files (CSV or TBX) or folders of them.

    With no PATH, the configured glossaries (or ./glossaries) are checked.
    Exit codes: 0 clean, 1 errors found (warnings too with --strict), 2 unreadable input.
    """
    from prlocalize.errors import UsageError
    from prlocalize.glossary.lint import lint_paths
    from prlocalize.ui import printable

    targets: list[str | Path] = list(paths)
    if not targets:
        from prlocalize.config import load_settings

        targets = list(load_settings().glossary_paths())
        if not targets:
            raise UsageError("no glossary given and no ./glossaries folder; name a PATH")
    result = lint_paths(targets)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        for problem in result.problems:
            where = f"{problem.path}:{problem.line}" if problem.line else problem.path
            column = f" [{problem.column}]" if problem.column else ""
            click.echo(
                printable(f"{where}: {problem.level} {problem.code}{column}: {problem.message}")
            )
        files = len(result.files)
        infos = f", {len(result.infos)} info" if result.infos else ""
        click.echo(
            f"{len(result.errors)} error(s), {len(result.warnings)} warning(s){infos} in "
            f"{files} file{'s' if files != 1 else ''}",
            err=True,
        )
    if result.unreadable:
        ctx.exit(2)  # as check and export: the input could not be read
    if result.errors or (strict and result.warnings):
        ctx.exit(1)


@glossary.command("import")
@click.argument("source", type=click.Path(path_type=str))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="CSV file to write.",
)
def import_(source: str, output: str) -> None:
    """Convert a TBX glossary (TBX-Basic 2 or TBX v3), or a MultiTerm XML export, to
    prlocalize's CSV."""
    from prlocalize.fsutil import refuse_overwrite
    from prlocalize.glossary.io import load_glossaries, write_csv
    from prlocalize.glossary.lint import inferred_names

    refuse_overwrite(output, [source], "glossary")
    _named_for(output, "CSV")
    glossary = load_glossaries([source])
    changed = write_csv(output, glossary)
    for problem in inferred_names(glossary):  # what the name checks infer without name parts
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        click.echo(f"{where}: {problem.level} {problem.code} [{problem.column}]: {problem.message}",
                   err=True)  # fmt: skip
    state = "wrote" if changed else "unchanged:"
    click.echo(f"{state} {output} ({len(glossary)} entries)", err=True)


@glossary.command("export")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="TBX file to write.",
)
@click.option(
    "--tbx-version",
    type=click.Choice(["2", "3"]),
    default="3",
    show_default=True,
    help="3: TBX v3 (conceptEntry/langSec/termSec); 2: TBX-Basic (martif/termEntry/langSet/tig).",
)
def export(sources: tuple[str, ...], output: str, tbx_version: str) -> None:
    """Convert CSV glossaries (files or folders, merged in order) to one TBX file."""
    from prlocalize.fsutil import refuse_overwrite
    from prlocalize.glossary.io import load_glossaries
    from prlocalize.glossary.tbx import write_tbx

    refuse_overwrite(output, sources, "glossary")
    _named_for(output, "TBX")
    glossary = load_glossaries(sources)
    changed = write_tbx(output, glossary, version=int(tbx_version))
    state = "wrote" if changed else "unchanged:"
    click.echo(f"{state} {output} ({len(glossary)} entries)", err=True)


# what an output's name says it holds, where that is not what the command writes
_NAMED = {"CSV": (".tbx", ".xml", ".xlsx"), "TBX": (".csv", ".tsv", ".txt", ".xlsx")}


def _named_for(output: str, writes: str) -> None:
    """Refuse an output named for the other format ('-o terms.csv' for export, which
    writes TBX): a spreadsheet would open it as garbage, a CI job load it as another."""
    from prlocalize.errors import UsageError

    suffix = Path(output).suffix.lower()
    if suffix in _NAMED[writes]:
        right, other = (".csv", "export") if writes == "CSV" else (".tbx", "import")
        raise UsageError(
            f"{output}: this command writes {writes}, not {suffix[1:].upper()}; name the "
            f"file {Path(output).with_suffix(right).name}, or run `prlocalize glossary "
            f"{other}` for the other format"
        )


@glossary.command("suggest")
@click.argument("pairs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="CSV file of candidates to write (the glossary's columns plus confidence, evidence).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    metavar="X",
    help="Leave out candidates below X (0-1). [default: 0.6]",
)
@click.option(
    "-g",
    "--glossary",
    "glossaries",
    multiple=True,
    type=click.Path(path_type=str),
    help="Glossary whose entries are skipped and checked for conflicts (repeatable). "
    "Default: config, then ./glossaries.",
)
@jobs_option
def suggest(
    pairs: tuple[str, ...],
    output: str,
    min_confidence: float | None,
    glossaries: tuple[str, ...],
    jobs: int | None,
) -> None:
    """Mine glossary candidates (persons, titles, organisations, places) from PAIRS.

    PAIRS are TMX files (e.g. from `prlocalize align --format tmx`) or folders of
    release pairs (aligned first, as `align --pairs` does). The CSV is for a person to
    review: it loads with -g and passes `glossary lint`; its confidence and evidence
    columns are ignored by the glossary reader. Entries the glossary has are skipped;
    where it disagrees with the pairs, the conflict is listed here.
    """
    from prlocalize.align.batch import sentence_pairs
    from prlocalize.cli.options import load
    from prlocalize.errors import InputError
    from prlocalize.fsutil import atomic_write
    from prlocalize.glossary.io import load_glossaries
    from prlocalize.glossary.suggest import DEFAULT_MIN_CONFIDENCE, candidates_csv
    from prlocalize.glossary.suggest import suggest as mine
    from prlocalize.ui import Ui

    ui = Ui()
    settings = load(glossaries=glossaries)
    existing = load_glossaries(settings.glossary_paths())
    skipped: list[InputError] = []
    found = list(sentence_pairs(pairs, glossary=existing, skipped=skipped, jobs=jobs))
    for problem in skipped:
        ui.warn(f"skipped: {problem.render()}")
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    result = mine(found, existing, min_confidence=threshold)
    atomic_write(output, candidates_csv(result))
    for c in result.conflicts:
        ui.warn(
            f"conflict: {c.entry_id}: the glossary has {c.locale} {c.glossary_form!r}, "
            f"the pairs say {c.found!r} ({c.evidence})"
        )
    kinds: dict[str, int] = {}
    for cand in result.candidates:
        kinds[cand.kind.value] = kinds.get(cand.kind.value, 0) + 1
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    ui.success(
        f"wrote {output}: {len(result.candidates)} candidate(s) ({counts}) from {len(found)} "
        f"sentence pair(s); {result.known} already in the glossary, "
        f"{len(result.conflicts)} conflict(s)"
    )
