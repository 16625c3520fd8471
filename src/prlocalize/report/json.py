"""JSON report: DESIGN.md's finding contract, schema version 1.

Beside ``version``, ``findings`` and ``summary``, a ``notices`` list, present only when
there is something to say, tells what applies to the run as a whole (``{"code":
"no-glossary", "severity": "warning", "message": ...}``), and which releases could not be
read (``"code": "unreadable"``, severity error, with ``path`` and ``line``): an added key,
so readers of the contract are not broken.

The document is written as the findings come, file by file, and is byte for byte what
``json.dump(document, indent=2, ensure_ascii=False)`` writes for the whole of it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import IO

from prlocalize.findings import FileReport, Notice, Tally
from prlocalize.report import StreamingReporter, finding_dict, locate, notice_dicts, summary

SCHEMA_VERSION = 1
_ITEM = "    "  # a finding's indent inside the top-level "findings" list


def _scalar(value: object) -> str:
    """``value`` as json.dumps writes it (strings through the C encoder)."""
    if isinstance(value, str):
        return str(encode_basestring(value))
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value)


def _flat_object(row: dict[str, object], indent: str) -> str:
    """A dict of scalars as json.dumps(indent=2) writes it at nesting ``indent``."""
    inner = indent + "  "
    fields = ",\n".join(f"{inner}{_scalar(k)}: {_scalar(v)}" for k, v in row.items())
    return f"{indent}{{\n{fields}\n{indent}}}"


def _nested(value: object, depth: int) -> str:
    """``value`` indented as the value of a key ``depth`` levels deep."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


class JsonReporter(StreamingReporter):
    def __init__(self) -> None:
        super().__init__()
        self._notices: list[Notice] = []
        self._any = False

    def start(self, out: IO[str], notices: Sequence[Notice]) -> None:
        super().start(out, notices)
        self._notices = list(notices)
        self._any = False
        out.write(f'{{\n  "version": {SCHEMA_VERSION},\n  "findings": [')

    def file(self, report: FileReport) -> None:
        rows = locate(report)
        if not rows:
            return
        head = ",\n" if self._any else "\n"
        self._any = True
        self.out.write(head + ",\n".join(_flat_object(finding_dict(row), _ITEM) for row in rows))

    def finish(self, tally: Tally) -> None:
        out = self.out
        out.write("\n  ]" if self._any else "]")
        out.write(f',\n  "summary": {_nested(summary(tally), 1)}')
        notices = [*self._notices, *tally.unreadable_notices()]
        if notices:
            out.write(f',\n  "notices": {_nested(notice_dicts(notices), 1)}')
        out.write("\n}\n")
