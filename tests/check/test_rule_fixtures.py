"""One fixture per rule: the findings (golden ``.expected``) and the file after ``--fix``.

Regenerate a golden file after a deliberate change with
``PRLOCALIZE_REGEN=1 pytest tests/check/test_rule_fixtures.py`` and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from check_support import FIXTURES, golden_lines, run_fixture

REGEN = bool(os.environ.get("PRLOCALIZE_REGEN"))
CASES = sorted(
    p
    for p in FIXTURES.iterdir()
    if p.name.startswith("PR") and p.suffix in {".txt", ".md", ".html"}
)


@pytest.mark.parametrize("fixture", CASES, ids=lambda p: p.name)
def test_findings_match_golden(fixture: Path) -> None:
    expected_path = fixture.with_suffix(fixture.suffix + ".expected")
    lines = golden_lines(run_fixture(fixture), FIXTURES)
    if REGEN:
        expected_path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    assert lines == expected_path.read_text(encoding="utf-8").splitlines()
    assert lines, "every fixture shows its rule firing"


@pytest.mark.parametrize("fixture", CASES, ids=lambda p: p.name)
def test_fix_matches_golden(fixture: Path, tmp_path: Path) -> None:
    fixed_path = fixture.with_suffix(fixture.suffix + ".fixed")
    work = tmp_path / fixture.name
    shutil.copy(fixture, work)
    run_fixture(work, fix=True)
    after = work.read_text(encoding="utf-8")
    if REGEN:
        if after != fixture.read_text(encoding="utf-8"):
            fixed_path.write_text(after, encoding="utf-8")
        elif fixed_path.exists():
            fixed_path.unlink()
    if fixed_path.exists():
        assert after == fixed_path.read_text(encoding="utf-8")
    else:  # nothing this rule may fix for certain: the file is untouched
        assert after == fixture.read_text(encoding="utf-8")
