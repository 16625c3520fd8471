"""Text report in the style of modern linters (rich).

Each finding shows its code, ``[*]`` when ``--fix`` can fix it, the message, the
place, the source line with the span marked, and a ``help:`` line with the fix or
the suggestion; a summary table closes the report.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from prlocalize.errors import printable
from prlocalize.findings import FileReport, Notice, Severity, SourceLines, Tally
from prlocalize.report import Located, StreamingReporter, locate

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
_WINDOW = 88  # characters of a long source line shown around the span
_BEFORE = 30


def _window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """A slice of ``line`` that shows ``[start, end)``, with '…' where it was cut."""
    if len(line) <= _WINDOW:
        return line, start, end
    left = max(0, min(start - _BEFORE, len(line) - _WINDOW))
    right = min(len(line), left + _WINDOW)
    shown = line[left:right]
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    offset = len(prefix) - left
    return prefix + shown + suffix, start + offset, min(end, right) + offset


class TextReporter(StreamingReporter):
    def __init__(self, *, show_source: bool = True) -> None:
        super().__init__()
        self.show_source = show_source
        self._console: Console | None = None
        self._plain = True
        # the colours of the terminal the report ends up on, when it is written elsewhere
        # first (``run`` spools it to a file while its progress bars hold the terminal)
        self.terminal_colours: str | None = None

    def start(self, out: IO[str], notices: Sequence[Notice]) -> None:
        super().start(out, notices)  # the CLI shows the notices as warnings
        self._console = Console(
            file=out,
            highlight=False,
            emoji=False,
            markup=False,
            soft_wrap=True,
            no_color=bool(os.environ.get("NO_COLOR")),
            width=int(os.environ.get("COLUMNS", "100") or 100),
            force_terminal=True if self.terminal_colours else None,
            color_system=self.terminal_colours or "auto",  # type: ignore[arg-type]
        )
        # rich costs about a millisecond a finding: when the output has no colours (a
        # file, a pipe, CI) the findings are written as the plain text rich would write
        self._plain = self._console.color_system is None

    def file(self, report: FileReport) -> None:
        assert self._console is not None
        index = report.line_index()  # once per file: 30,000 findings rebuilt it 30,000 times
        batch: list[Text] = []
        for row in locate(report, index):
            batch.append(self._finding(index, row))
            if len(batch) == 500:
                self._print(self._console, batch, self._plain)
                batch = []
        self._print(self._console, batch, self._plain)

    def finish(self, tally: Tally) -> None:
        assert self._console is not None
        self._summary(self._console, tally)

    @staticmethod
    def _print(console: Console, batch: list[Text], plain: bool) -> None:
        if not batch:
            return
        if plain:
            console.file.write("".join(f"{text.plain}\n" for text in batch))
        else:
            console.print(Text("\n").join(batch))

    def _finding(self, index: SourceLines, row: Located) -> Text:
        """The lines of one finding, ending with an empty line. Text from the release,
        the catalog or its path is shown with control characters escaped."""
        f = row.finding
        out = Text()
        out.append(f.code, style=_STYLE[f.severity])
        if f.fixable:
            out.append(" [*]", style="cyan")
        out.append(f" {printable(f.message)}", style="bold")
        out.append(f"\n  --> {printable(row.path)}:{row.line}:{row.column}\n", style="blue")
        if self.show_source:
            self._frame(out, index, row)
        if f.fix is not None:
            out.append(f"help: {printable(f.fix.title)}\n", style="cyan")
        elif f.suggestion:
            out.append(f"help: Did you mean '{printable(f.suggestion)}'?\n", style="cyan")
        return out

    @staticmethod
    def _frame(out: Text, index: SourceLines, row: Located) -> None:
        line = index.line(row.line)
        if line is None:
            return
        start = row.column - 1
        end = row.end_column - 1 if row.end_line == row.line else len(line)
        shown, start, end = _window(line.replace("\t", " "), start, max(end, start + 1))
        # escaped piece by piece, so that the marks stay under the span
        before, marked = printable(shown[:start]), printable(shown[start:end])
        gutter = " " * len(str(row.line))
        out.append(f"{gutter} |\n{row.line} | ", style="blue")
        out.append(before + marked + printable(shown[end:]) + "\n")
        out.append(f"{gutter} | ", style="blue")
        out.append(" " * cell_len(before))
        out.append("^" * max(1, cell_len(marked)), style=_STYLE[row.finding.severity])
        out.append(f"\n{gutter} |\n", style="blue")

    @staticmethod
    def _summary(console: Console, tally: Tally) -> None:
        files = tally.files
        noun = "file" if files == 1 else "files"
        if tally.fixed:
            console.print(f"Fixed {tally.fixed} finding{'s' * (tally.fixed != 1)}.")
        total = tally.findings
        if not total:
            console.print(f"All checks passed ({files} {noun} checked).", style="green")
            return
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("Code")
        table.add_column("Name")
        table.add_column("Severity")
        table.add_column("Count", justify="right")
        table.add_column("Fixable", justify="right")
        for code, counted in tally.by_code().items():
            table.add_row(
                code, counted.name, counted.severity.label, str(counted.count), str(counted.fixable)
            )
        console.print(table)
        fixable = tally.fixable
        line = f"Found {total} finding{'s' * (total != 1)} in {files} {noun}"
        if fixable:
            line += f" ({fixable} fixable with --fix)"
        console.print(line + ".")
