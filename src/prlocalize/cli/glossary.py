"""``prlocalize glossary lint|import|export``: check glossaries and convert CSV ↔ TBX."""

from __future__ import annotations

import json
from pathlib import Path

import click

from prlocalize.cli import WholeSummaryGroup


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
            click.echo(f"{where}: {problem.level} {problem.code}{column}: {problem.message}")
        files = len(result.files)
        click.echo(
            f"{len(result.errors)} error(s), {len(result.warnings)} warning(s) in "
            f"{files} file{'s' if files != 1 else ''}",
            err=True,
        )
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
    """Convert a TBX glossary (TBX-Basic 2 or TBX v3) to prlocalize's CSV."""
    from prlocalize.glossary.io import load_glossaries, write_csv

    glossary = load_glossaries([source])
    changed = write_csv(output, glossary)
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
    from prlocalize.glossary.io import load_glossaries
    from prlocalize.glossary.tbx import write_tbx

    glossary = load_glossaries(sources)
    changed = write_tbx(output, glossary, version=int(tbx_version))
    state = "wrote" if changed else "unchanged:"
    click.echo(f"{state} {output} ({len(glossary)} entries)", err=True)
