"""prlocalize.report
~~~~~~~~~~~~~~~~~

Reporters turn a check run into output as it streams: ``start(out, notices)`` before
the first file, ``file(report)`` for each file report in input order (then the reporter
lets it go), ``finish(tally)`` with the run's summary at the end. ``write(result, out)``
does all three for a :class:`~prlocalize.findings.CheckResult` collected beforehand.
:func:`get_reporter` imports only the one asked for, so the machine formats never load
rich.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Protocol

from prlocalize.errors import UsageError
from prlocalize.findings import CheckResult, FileReport, Finding, Notice, SourceLines, Tally

REPORTERS: dict[str, str] = {
    "text": "prlocalize.report.text:TextReporter",
    "json": "prlocalize.report.json:JsonReporter",
    "sarif": "prlocalize.report.sarif:SarifReporter",
    "github": "prlocalize.report.github:GithubReporter",
    "html": "prlocalize.report.html:HtmlReporter",
}
MACHINE_FORMATS = frozenset({"json", "sarif", "github"})


class Reporter(Protocol):
    # whether file reports must keep their whole text (the HTML page shows every line);
    # the others need only the positions and lines of an Excerpt
    needs_text: bool

    def start(self, out: IO[str], notices: Sequence[Notice]) -> None: ...

    def file(self, report: FileReport) -> None: ...

    def finish(self, tally: Tally) -> None: ...

    def write(self, result: CheckResult, out: IO[str]) -> None: ...


class StreamingReporter:
    """The base of every reporter: ``write`` streams a collected result."""

    needs_text = False

    def __init__(self) -> None:
        self._out: IO[str] | None = None

    @property
    def out(self) -> IO[str]:
        assert self._out is not None, "start() first"
        return self._out

    def start(self, out: IO[str], notices: Sequence[Notice]) -> None:
        self._out = out

    def file(self, report: FileReport) -> None:
        raise NotImplementedError

    def finish(self, tally: Tally) -> None:
        pass

    def write(self, result: CheckResult, out: IO[str]) -> None:
        self.start(out, result.notices)
        for report in result.files:
            self.file(report)
        self.finish(result.tally())


def get_reporter(fmt: str) -> Reporter:
    """The reporter for ``fmt`` (text, json, sarif, github or html)."""
    target = REPORTERS.get(fmt)
    if target is None:
        raise UsageError(f"unknown report format {fmt!r}; use one of {', '.join(REPORTERS)}")
    module_name, attr = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            raise UsageError(f"the {fmt} report format is not available in this version") from None
        raise
    reporter: Reporter = getattr(module, attr)()
    return reporter


@dataclass(frozen=True, slots=True)
class Located:
    """A finding with its 1-based line and column range (end column exclusive)."""

    finding: Finding
    path: str
    line: int
    column: int
    end_line: int
    end_column: int


def locate(report: FileReport, index: SourceLines | None = None) -> list[Located]:
    """The findings of one file with their positions, in source order.

    Pass the file's ``index`` when the caller needs it too: building it reads the whole
    text, so once per file, never per finding.
    """
    index = index if index is not None else report.line_index()
    out: list[Located] = []
    for finding in sorted(report.findings, key=Finding.sort_key):
        start = index.position(finding.span.start)
        end = index.position(finding.span.end)
        out.append(Located(finding, report.path, start.line, start.column, end.line, end.column))
    return out


def finding_dict(row: Located) -> dict[str, object]:
    """One finding as DESIGN.md's JSON contract row."""
    f = row.finding
    return {
        "path": row.path,
        "line": row.line,
        "column": row.column,
        "end_line": row.end_line,
        "end_column": row.end_column,
        "code": f.code,
        "name": f.name,
        "severity": f.severity.label,
        "message": f.message,
        "found": f.found,
        "suggestion": f.suggestion,
        "fixable": f.fixable,
    }


def notice_dicts(notices: Sequence[Notice]) -> list[dict[str, object]]:
    """The run's notices (e.g. no glossary loaded, a release not checked) as JSON objects;
    ``path`` and ``line`` only for a notice about one file."""
    rows: list[dict[str, object]] = []
    for n in notices:
        row: dict[str, object] = {
            "code": n.code,
            "severity": n.severity.label,
            "message": n.message,
        }
        if n.path is not None:
            row["path"] = n.path
        if n.line is not None:
            row["line"] = n.line
        rows.append(row)
    return rows


def summary(tally: Tally) -> dict[str, object]:
    by_code = {code: counted.count for code, counted in tally.by_code().items()}
    return {"files": tally.files, "findings": tally.findings, "by_code": by_code}
