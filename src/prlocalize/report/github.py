"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding,
after one annotation per notice of the run (``::warning title=prlocalize no-glossary::…``),
and an ``::error`` on each release that could not be read, at the end."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from prlocalize.findings import FileReport, Notice, Severity, Tally
from prlocalize.report import StreamingReporter, locate

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(notice: Notice) -> str:
    props = [("title", f"prlocalize {notice.code}")]
    if notice.path is not None:
        props.insert(0, ("file", notice.path))
        if notice.line is not None:
            props.insert(1, ("line", str(notice.line)))
    fields = ",".join(f"{key}={_escape_property(value)}" for key, value in props)
    return f"::{_COMMAND[notice.severity]} {fields}::{_escape_data(notice.message)}\n"


class GithubReporter(StreamingReporter):
    def start(self, out: IO[str], notices: Sequence[Notice]) -> None:
        super().start(out, notices)
        for notice in notices:
            out.write(_annotation(notice))

    def finish(self, tally: Tally) -> None:
        for notice in tally.unreadable_notices():  # an error on the release not checked
            self.out.write(_annotation(notice))

    def file(self, report: FileReport) -> None:
        lines: list[str] = []
        for row in locate(report):
            f = row.finding
            props = ",".join(
                f"{key}={_escape_property(str(value))}"
                for key, value in (
                    ("file", row.path),
                    ("line", row.line),
                    ("col", row.column),
                    ("endLine", row.end_line),
                    ("endColumn", row.end_column),
                    ("title", f.code),
                )
            )
            message = f.message
            if f.suggestion:
                message += f" (suggestion: {f.suggestion})"
            lines.append(f"::{_COMMAND[f.severity]} {props}::{_escape_data(message)}\n")
        self.out.write("".join(lines))
