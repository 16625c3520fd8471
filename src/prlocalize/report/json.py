"""JSON report: DESIGN.md's finding contract, schema version 1.

Beside ``version``, ``findings`` and ``summary``, a ``notices`` list, present only when
there is something to say, tells what applies to the run as a whole (``{"code":
"no-glossary", "severity": "warning", "message": ...}``): an added key, so readers of the
contract are not broken.
"""

from __future__ import annotations

import json
from typing import IO

from prlocalize.findings import CheckResult
from prlocalize.report import finding_dict, located, notice_dicts, summary

SCHEMA_VERSION = 1


class JsonReporter:
    def write(self, result: CheckResult, out: IO[str]) -> None:
        document = {
            "version": SCHEMA_VERSION,
            "findings": [finding_dict(row) for row in located(result)],
            "summary": summary(result),
        }
        if result.notices:
            document["notices"] = notice_dicts(result)
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
