"""prlocalize.cli
~~~~~~~~~~~~~~

The command-line interface. Each command lives in its own module here and is
imported only when it is run (or when ``--help`` lists it), so that the CLI
starts fast; heavy libraries are imported inside the command bodies.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage or input error.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.util
import io
import os
import sys

import click

from prlocalize.errors import PrlocalizeError

# command name → "module:attribute", in the order `--help` lists them
COMMANDS: dict[str, str] = {
    "check": "prlocalize.cli.check:check",
    "segment": "prlocalize.cli.segment:segment",
    "extract": "prlocalize.cli.catalogs:extract",
    "update": "prlocalize.cli.catalogs:update",
    "translate": "prlocalize.cli.translate:translate",
    "compile": "prlocalize.cli.catalogs:compile_",
    "build": "prlocalize.cli.build:build",
    "run": "prlocalize.cli.run:run",
    "rules": "prlocalize.cli.check:rules",
    "glossary": "prlocalize.cli.glossary:glossary",
    "memory": "prlocalize.cli.translate:memory",
    "config": "prlocalize.cli.config:config",
    "align": "prlocalize.cli.align:align",
}


class WholeSummaryGroup(click.Group):
    """A group whose ``--help`` shows each command's whole summary (its first sentence),
    wrapped to the width, where click cuts it to one line with "..."."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=10_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class LazyGroup(WholeSummaryGroup):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._importable(name)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # command not built yet
                return None
            raise
        return getattr(module, attr, None)

    def invoke(self, ctx: click.Context) -> object:
        # Our own errors become exit code 2 with `path:line: message` on stderr,
        # whether the CLI runs as the console script or under CliRunner.
        try:
            return super().invoke(ctx)
        except PrlocalizeError as exc:
            click.echo(_printable(exc.render()), err=True)
            ctx.exit(2)
        except BrokenPipeError:
            raise
        except Exception as exc:
            # a file-system or database failure no command foresaw (a disk that fills up
            # under the translation memory): a message and exit 2, never a traceback
            message = _system_error(exc)
            if message is None:
                raise
            click.echo(message, err=True)
            ctx.exit(2)

    def _importable(self, name: str) -> bool:
        module_name = COMMANDS[name].split(":")[0]
        return importlib.util.find_spec(module_name) is not None


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``, as click's version option prints it; the version is read only here
    (see :mod:`prlocalize`: reading it costs every other command time)."""
    if not value or ctx.resilient_parsing:
        return
    from prlocalize import __version__

    click.echo(f"prlocalize, version {__version__}")
    ctx.exit()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """Check, extract, translate and publish press releases (en, ja, ko, ...).

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
    """


def _printable(text: str) -> str:
    """An error message with its control characters escaped (file names, server answers,
    catalog text reach it): see :func:`prlocalize.ui.printable`."""
    from prlocalize.ui import printable

    return printable(text)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: runs the CLI and maps errors to exit code 2."""
    if not os.environ.get("PRLOCALIZE_DEFAULT_GC"):
        # Commands hold many long-lived objects (documents, glossary entries, catalogs)
        # and make few reference cycles: at the default threshold (700 allocations) the
        # collector walks them again and again, 5-20% of a run. Collect, but rarely.
        gc.set_threshold(50_000, 20, 100)
    try:
        code = cli.main(args=argv, prog_name="prlocalize", standalone_mode=False)
    except click.exceptions.Abort:  # Click's form of Ctrl-C
        click.echo("Interrupted; files already written are complete.", err=True)
        _exit_at_once(130)
    except click.ClickException as exc:
        shown = io.StringIO()  # a file name given on the command line: escaped
        exc.show(file=shown)
        sys.stderr.write(_printable(shown.getvalue()))
        sys.exit(exc.exit_code)
    except PrlocalizeError as exc:
        click.echo(_printable(exc.render()), err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("Interrupted; files already written are complete.", err=True)
        _exit_at_once(130)
    except BrokenPipeError:
        sys.exit(1)
    # The command is done and its files are closed. The interpreter's last collection
    # would walk every object still loaded (a glossary's entries, its matcher and
    # indexes) only to find them alive until exit frees them anyway: a quarter of a
    # second after a check with a 10,000-entry glossary. Frozen, they are skipped.
    gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)


def _exit_at_once(code: int) -> None:
    """Exit after Ctrl-C without tearing the interpreter down: by now every command's
    ``finally`` has written its files and closed its databases, while freeing the loaded
    glossaries and locale data took most of a second on a busy machine (and a request
    still waiting on a silent server is not worth waiting for)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _system_error(exc: Exception) -> str | None:
    """``path: what happened`` for an OSError or an SQLite error, None for anything else."""
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else "prlocalize"
        return f"{where}: {exc.strerror or exc} (nothing was half-written; run again once fixed)"
    if type(exc).__module__ == "sqlite3":
        return (
            f"translation memory: {exc} (the database is unchanged by the failed step; "
            "free some space or check the folder's rights, then run again)"
        )
    return None
