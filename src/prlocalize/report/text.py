"""Text report in the style of modern linters (rich).

Each finding shows its code, ``[*]`` when ``--fix`` can fix it, the message, the
place, the source line with the span marked, and a ``help:`` line with the fix or
the suggestion; a summary table closes the report.
"""

from __future__ import annotations

import os
from typing import IO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from prlocalize.findings import CheckResult, FileReport, Finding, Severity
from prlocalize.report import Located, locate

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


class TextReporter:
    def __init__(self, *, show_source: bool = True) -> None:
        self.show_source = show_source

    def write(self, result: CheckResult, out: IO[str]) -> None:
        console = Console(
            file=out,
            highlight=False,
            emoji=False,
            markup=False,
            soft_wrap=True,
            no_color=bool(os.environ.get("NO_COLOR")),
            width=int(os.environ.get("COLUMNS", "100") or 100),
        )
        for report in result.files:
            for row in locate(report):
                self._finding(console, report, row)
        self._summary(console, result)

    def _finding(self, console: Console, report: FileReport, row: Located) -> None:
        f = row.finding
        head = Text()
        head.append(f.code, style=_STYLE[f.severity])
        if f.fixable:
            head.append(" [*]", style="cyan")
        head.append(f" {f.message}", style="bold")
        console.print(head)
        console.print(Text(f"  --> {row.path}:{row.line}:{row.column}", style="blue"))
        if self.show_source:
            self._frame(console, report, row)
        if f.fix is not None:
            console.print(Text(f"help: {f.fix.title}", style="cyan"))
        elif f.suggestion:
            console.print(Text(f"help: Did you mean '{f.suggestion}'?", style="cyan"))
        console.print()

    @staticmethod
    def _frame(console: Console, report: FileReport, row: Located) -> None:
        index = report.line_index()
        if row.line > len(index):
            return
        start_of_line = index.line_start(row.line)
        end_of_line = report.text.find("\n", start_of_line)
        end_of_line = len(report.text) if end_of_line == -1 else end_of_line
        line = report.text[start_of_line:end_of_line].rstrip("\r")
        start = row.column - 1
        end = row.end_column - 1 if row.end_line == row.line else len(line)
        shown, start, end = _window(line.replace("\t", " "), start, max(end, start + 1))
        gutter = " " * len(str(row.line))
        console.print(Text(f"{gutter} |", style="blue"))
        source = Text()
        source.append(f"{row.line} | ", style="blue")
        source.append(shown)
        console.print(source)
        marks = Text()
        marks.append(f"{gutter} | ", style="blue")
        marks.append(" " * cell_len(shown[:start]))
        marks.append("^" * max(1, cell_len(shown[start:end])), style=_STYLE[row.finding.severity])
        console.print(marks)
        console.print(Text(f"{gutter} |", style="blue"))

    @staticmethod
    def _summary(console: Console, result: CheckResult) -> None:
        findings = result.findings
        files = len(result.files)
        noun = "file" if files == 1 else "files"
        if result.fixed:
            console.print(f"Fixed {result.fixed} finding{'s' * (result.fixed != 1)}.")
        if not findings:
            console.print(f"All checks passed ({files} {noun} checked).", style="green")
            return
        counts: dict[str, int] = {}
        fixable_counts: dict[str, int] = {}
        first: dict[str, Finding] = {}
        for f in sorted(findings, key=lambda f: f.code):
            counts[f.code] = counts.get(f.code, 0) + 1
            fixable_counts[f.code] = fixable_counts.get(f.code, 0) + int(f.fixable)
            first.setdefault(f.code, f)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("Code")
        table.add_column("Name")
        table.add_column("Severity")
        table.add_column("Count", justify="right")
        table.add_column("Fixable", justify="right")
        for code, count in counts.items():
            f = first[code]
            table.add_row(code, f.name, f.severity.label, str(count), str(fixable_counts[code]))
        console.print(table)
        fixable = sum(1 for f in findings if f.fixable)
        total = len(findings)
        line = f"Found {total} finding{'s' * (total != 1)} in {files} {noun}"
        if fixable:
            line += f" ({fixable} fixable with --fix)"
        console.print(line + ".")
