"""prlocalize.ui
~~~~~~~~~~~~~

The one rich-backed output object. Only the CLI and the text reporter use rich;
core modules return data.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from typing import IO, TYPE_CHECKING, Any

from prlocalize.errors import printable

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["Ui", "printable"]


class Ui:
    def __init__(
        self,
        out: IO[str] | None = None,
        err: IO[str] | None = None,
        *,
        quiet: bool = False,
        machine_output: bool = False,
    ) -> None:
        # the streams and NO_COLOR as they are now; the consoles themselves are made on first
        # use, so that a command printing only a machine report never imports rich
        self._out_file = out or sys.stdout
        self._err_file = err or sys.stderr
        self._no_color = bool(os.environ.get("NO_COLOR"))
        self.quiet = quiet
        self.machine_output = machine_output

    @cached_property
    def out(self) -> Console:
        from rich.console import Console

        return Console(
            file=self._out_file, highlight=False, emoji=False, markup=False, no_color=self._no_color
        )

    @cached_property
    def err(self) -> Console:
        from rich.console import Console

        return Console(
            file=self._err_file,
            highlight=False,
            emoji=False,
            markup=False,
            no_color=self._no_color,
            stderr=True,
        )

    # messages go to stderr so that stdout stays the report
    def info(self, text: str) -> None:
        if not self.quiet:
            self.err.print(printable(text), soft_wrap=True)

    def success(self, text: str) -> None:
        if not self.quiet:
            self.err.print(printable(text), style="green", soft_wrap=True)

    def warn(self, text: str) -> None:
        self.err.print(f"warning: {printable(text)}", style="yellow", soft_wrap=True)

    def error(self, text: str) -> None:
        self.err.print(f"error: {printable(text)}", style="red", soft_wrap=True)

    def table(
        self,
        title: str | None,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        to_stderr: bool = False,
    ) -> None:
        from rich.table import Table
        from rich.text import Text

        # cells as Text: never read as markup, whatever the console's setting
        table = Table(title=title, title_justify="left")
        # CI logs are 80 columns and no terminal: a path too long for its cell is folded
        # onto the next line whole, never cut to "…"; counts keep their own width
        for i, column in enumerate(columns):
            if i == 0:
                table.add_column(column, justify="left", overflow="fold", ratio=1)
            else:
                table.add_column(column, justify="right", overflow="fold", min_width=len(column))
        for row in rows:
            table.add_row(*(Text(printable(str(c))) for c in row))
        (self.err if to_stderr else self.out).print(table)

    @property
    def interactive(self) -> bool:
        return not self.machine_output and not self.quiet and self.err.is_terminal

    @contextlib.contextmanager
    def progress(self, label: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
        """Yield ``advance(n)``; shows a progress bar only on a terminal."""
        if not self.interactive:

            def ignore(n: int = 1) -> None:
                pass

            yield ignore
            return
        from rich.progress import Progress

        with Progress(console=self.err, transient=True) as progress:
            task = progress.add_task(label, total=total)

            def advance(n: int = 1) -> None:
                progress.advance(task, n)

            yield advance
