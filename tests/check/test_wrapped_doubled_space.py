"""A doubled space inside a plain-text paragraph wrapped over several lines (a wire
service's or a newsletter's release, set at 70 columns) is reported (PR303): the reader
reads the paragraph as one line with its spaces folded, so the rule never saw it. Two
spaces after a sentence end, a line's trailing spaces, an indented next line, a table
row and Japanese layout spaces stay silent, as in a paragraph of one line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Run = Callable[..., Result]

RELEASE = (
    "Tsubame Mobile Adds Roaming\n"
    "\n"
    "Tsubame Mobile is a mobile carrier headquartered in Tokyo,  serving\n"
    "14.6 million subscribers.  It was founded in 2009 and is listed on  \n"
    "the Tokyo Stock Exchange, where it trades as\n"
    "    9476.\n"
    "\n"
    "Revenue      2026     2027\n"
    "Mobile       498.2    520.1\n"
    "\n"
    "広報担当  山田\n"
    "電話  03-5210-7788\n"
)


def _findings(run_cli: Run, release: Path) -> list[dict[str, object]]:
    result = run_cli("check", str(release), "--select", "PR303", "--format", "json")
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


def test_a_doubled_space_in_a_wrapped_paragraph(tmp_path: Path, run_cli: Run) -> None:
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    findings = _findings(run_cli, release)
    assert [(f["line"], f["column"], f["found"]) for f in findings] == [(3, 59, "  ")]
    run_cli("check", str(release), "--select", "PR303", "--fix")
    assert release.read_text(encoding="utf-8") == RELEASE.replace("Tokyo,  s", "Tokyo, s")
