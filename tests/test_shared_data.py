"""Tests that need ../shared skip outside CI and fail on CI when it is absent."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def _run_in_bare_folder(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    # a test tree whose ../shared does not exist, using the real conftest's helpers
    repo = Path(__file__).resolve().parents[1]
    tests = tmp_path / "clone" / "tests"
    tests.mkdir(parents=True)
    (tests / "conftest.py").write_text(
        (repo / "tests" / "conftest.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tests / "test_needs_seed.py").write_text(
        textwrap.dedent(
            """
            def test_reads_the_seed(seed_path):
                assert seed_path.is_file()
            """
        ),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs", "-n", "0",
         "--rootdir", str(tests.parent), str(tests)],
        cwd=tests.parent, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_missing_seed_is_a_skip_with_its_reason_outside_ci(tmp_path: Path) -> None:
    proc = _run_in_bare_folder(tmp_path, None)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 skipped" in proc.stdout
    assert "seed release missing" in proc.stdout and "skipped outside CI" in proc.stdout


def test_missing_seed_fails_on_ci(tmp_path: Path) -> None:
    proc = _run_in_bare_folder(tmp_path, "true")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 error" in proc.stdout or "1 failed" in proc.stdout
    assert "CI=true, so this is an error" in proc.stdout
