"""prlocalize.report
~~~~~~~~~~~~~~~~~

Reporters turn a :class:`~prlocalize.findings.CheckResult` into output. Each has
``write(result, out)``; :func:`get_reporter` imports only the one asked for, so the
machine formats never load rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import IO, Protocol

from prlocalize.document import LineIndex
from prlocalize.errors import UsageError
from prlocalize.findings import CheckResult, FileReport, Finding

REPORTERS: dict[str, str] = {
    "text": "prlocalize.report.text:TextReporter",
    "json": "prlocalize.report.json:JsonReporter",
    "sarif": "prlocalize.report.sarif:SarifReporter",
    "github": "prlocalize.report.github:GithubReporter",
    "html": "prlocalize.report.html:HtmlReporter",
}
MACHINE_FORMATS = frozenset({"json", "sarif", "github"})


class Reporter(Protocol):
    def write(self, result: CheckResult, out: IO[str]) -> None: ...


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


def locate(report: FileReport, index: LineIndex | None = None) -> list[Located]:
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


def located(result: CheckResult) -> list[Located]:
    return [row for report in result.files for row in locate(report)]


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


def notice_dicts(result: CheckResult) -> list[dict[str, str]]:
    """The run's notices (e.g. no glossary loaded) as JSON objects."""
    return [
        {"code": n.code, "severity": n.severity.label, "message": n.message} for n in result.notices
    ]


def summary(result: CheckResult) -> dict[str, object]:
    by_code: dict[str, int] = {}
    for f in sorted(result.findings, key=lambda f: f.code):
        by_code[f.code] = by_code.get(f.code, 0) + 1
    return {"files": len(result.files), "findings": len(result.findings), "by_code": by_code}
