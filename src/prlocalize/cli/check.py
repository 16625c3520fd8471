"""``prlocalize check`` and ``prlocalize rules``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from prlocalize.cli.options import (
    encoding_option,
    glossary_option,
    jobs_option,
    source_lang_option,
)

FORMATS = ("text", "json", "sarif", "github", "html")


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """Codes, prefixes or rule names, given repeated and/or comma-separated."""
    items = (c.strip() for v in values for c in v.split(","))
    return tuple(c.upper() if c[:2].upper() == "PR" else c.lower() for c in items if c)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@glossary_option
@source_lang_option
@encoding_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Only these codes, prefixes (PR1, PR30) or rule names (repeatable or comma-separated; "
    "added to config select).",
)
@click.option(
    "--ignore",
    multiple=True,
    metavar="CODES",
    help="Skip these codes, prefixes or rule names (added to config ignore).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Exit 1 when a finding is at or above this severity. Default: config, then error.",
)
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files (atomically).")
@click.option(
    "--diff",
    is_flag=True,
    help="Print a unified diff of exactly what --fix would write (safe fixes); write nothing.",
)
@click.option(
    "--unsafe",
    is_flag=True,
    help="With --diff: add a second, labelled diff of the suggested fixes, which --fix "
    "never applies.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Check every release again instead of reusing the findings of unchanged ones "
    "(cache: .prlocalize/cache, or $PRLOCALIZE_CACHE_DIR).",
)
@jobs_option
@click.pass_context
def check(
    ctx: click.Context,
    *,
    paths: tuple[str, ...],
    glossaries: tuple[str, ...],
    source_lang: str | None,
    encoding: str | None,
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    fix: bool,
    diff: bool,
    unsafe: bool,
    no_cache: bool,
    jobs: int | None,
) -> None:
    """Check releases (and .po catalogs) against the glossaries and report each defect.

    PATH may be a file or a folder. Exit codes: 0 nothing at or above --fail-on,
    1 findings at or above it (or, with --diff, fixes to show), 2 usage or input error.
    """
    from prlocalize.checking import diff_report, iter_check
    from prlocalize.cli.options import load
    from prlocalize.findings import Severity
    from prlocalize.report import MACHINE_FORMATS, get_reporter
    from prlocalize.ui import Ui

    lang = None
    if source_lang:
        from prlocalize.cli.options import validate_locale

        try:
            lang = validate_locale(source_lang)
        except click.BadParameter as exc:
            exc.param_hint = "--source-lang"
            raise
    settings = load(
        glossaries=tuple(str(Path(g).resolve()) for g in glossaries),
        source_lang=lang,
        fail_on=fail_on,
        encoding=encoding,
    )
    _validate_selectors([*_codes(select), *_codes(ignore)])
    if unsafe and not diff:
        from prlocalize.errors import UsageError

        raise UsageError("--unsafe only goes with --diff (--fix applies safe fixes only)")
    reporter = None if diff else get_reporter(fmt)
    ui = Ui(machine_output=fmt in MACHINE_FORMATS or fmt == "html" or diff)
    with ui.progress("Checking releases") as advance:
        # everything that stops the run as a whole (no release, a broken glossary) is
        # raised here, before any output; then each report is written as it comes
        stream = iter_check(
            paths,
            settings,
            select=_codes(select),
            ignore=_codes(ignore),
            fix=fix or diff,
            write=not diff,
            progress=advance,
            cache=not no_cache,
            jobs=jobs,
            keep_text=diff or (reporter is not None and reporter.needs_text),
        )
        if fmt == "text" or diff:  # the other formats carry the notices in the report
            for notice in stream.notices:
                ui.warn(notice.message)
        out = sys.stdout  # looked up here: a progress bar on a terminal redirects it
        if diff:
            shown = False
            for report in stream:
                text = diff_report(report, unsafe=unsafe)
                if text:
                    out.write(text)
                    shown = True
        else:
            assert reporter is not None
            # started with the first report: a run that stops at its first release (a
            # malformed one) writes nothing on stdout
            started = False
            for report in stream:
                if not started:
                    reporter.start(out, stream.notices)
                    started = True
                reporter.file(report)
            if not started:
                reporter.start(out, stream.notices)
            reporter.finish(stream.tally)
        out.flush()
    tally = stream.tally
    _report_unreadable(tally.errors, tally.files, ctx)
    if diff:
        if shown:
            ctx.exit(1)
        return
    if tally.at_or_above(Severity.parse(settings.fail_on)):
        ctx.exit(1)


def _report_unreadable(errors: list[Any], checked: int, ctx: click.Context) -> None:
    """Releases and catalogs that could not be read (the others were checked): stderr,
    then exit 2."""
    if not errors:
        return
    for error in errors:
        click.echo(error.render(), err=True)
    count = len(errors)
    click.echo(f"{count} file(s) not checked; the other {checked} were", err=True)
    ctx.exit(2)


def _validate_selectors(selectors: list[str]) -> None:
    """Every --select/--ignore value must name a rule, a family prefix (PR1, PR30) or a
    rule name: a typo (PR3O1) is an error, never a prefix that silences a family."""
    from prlocalize.config import check_selector
    from prlocalize.errors import ConfigError, UsageError

    for selector in selectors:
        try:
            check_selector(selector)
        except ConfigError as exc:
            raise UsageError(f"--select/--ignore: {exc.message} ({exc.hint})") from None


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def rules(*, fmt: str) -> None:
    """List every rule with its code, name, severity, fix availability and documentation."""
    from prlocalize.rules.docs import rule_record
    from prlocalize.rules.registry import RULES

    records = [rule_record(rule) for rule in RULES]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    click.echo("".join(_rule_text(record) for record in records), nl=False)


def _status(record: dict[str, Any]) -> str:
    if record["status"] == "preview":
        return ", preview: runs only when selected by its code"
    return ""


def _rule_text(record: dict[str, Any]) -> str:
    lines = [
        f"{record['code']} {record['name']} "
        f"({record['severity']}, fix: {record['fix']}, {record['target']}{_status(record)})",
        f"    {record['summary']}",
    ]
    for title, body in record["sections"].items():
        lines.append(f"  {title}" if title.endswith("?") else f"  {title}:")
        lines.extend(f"    {line}".rstrip() for line in body.splitlines())
    lines.append("")
    return "\n".join(lines) + "\n"
