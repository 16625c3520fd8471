"""SARIF 2.1.0 report: one ``reportingDescriptor`` per rule code from the registry.

Everything but the results is known before the first file (the rules come from the
registry, the notifications are the run's notices), so the log is written around the
results as they stream, one result a line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from prlocalize import __version__
from prlocalize.findings import FileReport, Finding, Notice, Severity, SourceLines, Tally
from prlocalize.report import Located, StreamingReporter, locate

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://github.com/prlocalize/prlocalize"


def _descriptor(rule: Any) -> dict[str, Any]:
    sections = rule.doc_sections()
    help_text = "\n\n".join(
        f"{title}:\n{body}" for title, body in sections.items() if title and body
    )
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": sections.get("Why is this bad?") or rule.summary()},
        "help": {"text": help_text or rule.summary()},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {
            "fixAvailability": rule.fix_availability.value,
            "target": rule.target,
            "status": rule.status,
        },
    }


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _region(row: Located) -> dict[str, int]:
    return {
        "startLine": row.line,
        "startColumn": row.column,
        "endLine": row.end_line,
        "endColumn": row.end_column,
    }


def _fix(index: SourceLines, uri: str, finding: Finding) -> list[dict[str, Any]]:
    if finding.fix is None:
        return []
    replacements = []
    for edit in finding.fix.edits:
        start, end = index.position(edit.span.start), index.position(edit.span.end)
        replacements.append(
            {
                "deletedRegion": {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                },
                "insertedContent": {"text": edit.replacement},
            }
        )
    return [
        {
            "description": {"text": finding.fix.title},
            "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
            "properties": {"applicability": finding.fix.applicability.value},
        }
    ]


def _invocation(notices: Sequence[Notice], unreadable: Sequence[Notice] = ()) -> dict[str, Any]:
    """The run's notices (no glossary loaded, ...) as tool execution notifications: code
    scanning shows them beside the results instead of a clean run that checked less. A
    release that could not be read makes the execution unsuccessful, and says where."""
    invocation: dict[str, Any] = {"executionSuccessful": not unreadable}
    if notices or unreadable:
        invocation["toolExecutionNotifications"] = [
            _notification(notice) for notice in (*notices, *unreadable)
        ]
    return invocation


def _notification(notice: Notice) -> dict[str, Any]:
    item: dict[str, Any] = {
        "descriptor": {"id": notice.code},
        "level": _LEVEL[notice.severity],
        "message": {"text": notice.message},
    }
    if notice.path is not None:
        location: dict[str, Any] = {"artifactLocation": {"uri": _uri(notice.path)}}
        if notice.line is not None:
            location["region"] = {"startLine": notice.line}
        item["locations"] = [{"physicalLocation": location}]
    return item


class SarifReporter(StreamingReporter):
    def __init__(self) -> None:
        super().__init__()
        self._index_of: dict[str, int] = {}
        self._tail = ""
        self._notices: list[Notice] = []
        self._log: dict[str, Any] = {}
        self._any = False
        self._encode = json.JSONEncoder(ensure_ascii=False).encode

    def start(self, out: IO[str], notices: Sequence[Notice]) -> None:
        from prlocalize.rules.registry import RULES

        super().start(out, notices)
        self._notices = list(notices)
        rules = [r for r in RULES if r.status != "removed"]
        self._index_of = {r.code: i for i, r in enumerate(rules)}
        self._any = False
        log: dict[str, Any] = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "prlocalize",
                            "version": __version__,
                            "informationUri": INFORMATION_URI,
                            "rules": [_descriptor(r) for r in rules],
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "results": [],  # written as the files come, one line each
                    # last: whether every release could be read is known at the end
                    "invocations": [_invocation(notices)],
                }
            ],
        }
        self._log = log
        head, self._tail = self._split(log)
        out.write(head)

    def file(self, report: FileReport) -> None:
        index = report.line_index()  # once per file, not per finding
        uri = _uri(report.path)
        encoded: list[str] = []
        for row in locate(report, index):
            f = row.finding
            item: dict[str, Any] = {
                "ruleId": f.code,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": _region(row),
                        }
                    }
                ],
                "properties": {"name": f.name, "found": f.found, "fixable": f.fixable},
            }
            if f.code in self._index_of:
                item["ruleIndex"] = self._index_of[f.code]
            if f.suggestion is not None:
                item["properties"]["suggestion"] = f.suggestion
            fixes = _fix(index, uri, f)
            if fixes:
                item["fixes"] = fixes
            encoded.append(self._encode(item))
        if not encoded:
            return
        opening = ",\n        " if self._any else '"results": [\n        '
        self.out.write(opening + ",\n        ".join(encoded))
        self._any = True

    def finish(self, tally: Tally) -> None:
        self.out.write("\n      ]" if self._any else '"results": []')
        tail = self._tail
        unreadable = tally.unreadable_notices()
        if unreadable:  # the log's end again, with the releases not checked
            self._log["runs"][0]["invocations"] = [_invocation(self._notices, unreadable)]
            tail = self._split(self._log)[1]
        self.out.write(tail + "\n")

    @staticmethod
    def _split(log: dict[str, Any]) -> tuple[str, str]:
        """The log written before and after its results. Indented, but each result goes on
        one line by the C encoder: json's indenting encoder is pure Python and took 20 s
        for 30,000 results."""
        head, tail = json.dumps(log, ensure_ascii=False, indent=2).split('"results": []')
        return head, tail
