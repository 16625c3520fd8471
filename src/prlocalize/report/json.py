"""JSON report: DESIGN.md's finding contract, schema version 1."""

from __future__ import annotations

import json
from typing import TextIO

from prlocalize.findings import CheckResult
from prlocalize.report import finding_dict, located, summary

SCHEMA_VERSION = 1


class JsonReporter:
    def write(self, result: CheckResult, out: TextIO) -> None:
        document = {
            "version": SCHEMA_VERSION,
            "findings": [finding_dict(row) for row in located(result)],
            "summary": summary(result),
        }
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
