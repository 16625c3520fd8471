"""A doubled space between words of a Markdown release is reported (PR303) where the
file has it, though the reader folds it into one space as the page shows it: the file
is what gets pasted into e-mail and wire services. Two spaces before a line's end (a
hard line break), after a sentence end, in a code span, a column gap of three and
Japanese layout spaces are not doubled spaces."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Run = Callable[..., Result]

RELEASE = (
    "# Hoshizora Launches Nebula Desk\n"
    "\n"
    "Hoshizora will show the  new unit at the expo.\n"
    "\n"
    "A hard line break ends this line  \n"
    "and the sentence goes on. A new sentence.  Another one.\n"
    "\n"
    "- a `code  span` and a gap   of three\n"
    "- 広報担当  山田\n"
)


def _findings(run_cli: Run, release: Path) -> list[dict[str, object]]:
    result = run_cli("check", str(release), "--select", "PR303", "--format", "json")
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


def test_a_doubled_space_in_markdown_is_found_where_the_file_has_it(
    tmp_path: Path, run_cli: Run
) -> None:
    release = tmp_path / "release.md"
    release.write_text(RELEASE, encoding="utf-8")
    findings = _findings(run_cli, release)
    assert [(f["line"], f["column"], f["end_column"], f["found"]) for f in findings] == [
        (3, 24, 26, "  ")
    ]


def test_the_fix_leaves_one_space(tmp_path: Path, run_cli: Run) -> None:
    release = tmp_path / "release.md"
    release.write_text(RELEASE, encoding="utf-8")
    run_cli("check", str(release), "--select", "PR303", "--fix")
    assert release.read_text(encoding="utf-8") == RELEASE.replace("the  new", "the new")
    assert _findings(run_cli, release) == []
