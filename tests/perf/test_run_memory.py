"""`prlocalize run` streams through every stage: its peak memory does not grow with the
number of releases (issue #16), and its output is the same with any number of jobs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.perf.archive import LARGE, SMALL, assert_flat, generate_archive, measure, prlocalize


def _run(*extra: str) -> list[str]:
    """`run` over ``releases/`` into ``out/``, run in the archive's folder (the catalogs'
    ``#:`` references are relative to it, so two archives' catalogs compare)."""
    return prlocalize("run", "releases", "-l", "ja", "-l", "ko", "-o", "out", *extra)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_run_memory_does_not_grow_with_the_number_of_releases(tmp_path: Path) -> None:
    # Both runs import prlocalize the same way, compiling it: a run that finds byte code
    # and one that compiles peak several MB apart, so whether an earlier command of the
    # session (or `make run`) left byte code decided the result. CI and a fresh clone
    # measured compiled runs; every machine now does. (#16: run's memory still grows
    # about 5 kB a release; this test holds it to what it was, not to the goal.)
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPYCACHEPREFIX": str(tmp_path / "no-byte-code"),
    }
    peaks = []
    for name, n in (("small", SMALL), ("large", LARGE)):
        root = tmp_path / name
        generate_archive(root / "releases", n)
        peaks.append(measure(_run("--jobs", "1"), root, timeout=900, env=env))
    said = peaks[1].completed.stdout + peaks[1].completed.stderr
    assert peaks[1].completed.returncode in (0, 1), said[-2000:]
    assert f"{LARGE * 3} page(s)" in said, said[-2000:]
    assert_flat(peaks[0], peaks[1])


# the two runs may straddle a minute: catalog dates are masked (same length, so that
# the offsets of a .mo file stay as they are)
_DATE = re.compile(rb"(?<=-Date: )\d{4}-\d\d-\d\d \d\d:\d\d[+-]\d{4}")


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): _DATE.sub(lambda m: b"X" * len(m.group()), p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".prlocalize" not in p.parts
    }


def test_run_gives_the_same_files_and_report_with_any_number_of_jobs(tmp_path: Path) -> None:
    said, trees = [], []
    for jobs in ("1", "3"):
        root = tmp_path / f"jobs{jobs}"
        generate_archive(root / "releases", 90)
        done = subprocess.run(
            _run("--jobs", jobs), cwd=root, capture_output=True, text=True, timeout=900
        )
        assert done.returncode in (0, 1), done.stderr[-2000:]
        said.append(done.stdout.replace(str(root), "ROOT"))
        trees.append(_tree(root / "out"))
    assert said[0] == said[1]
    assert trees[0].keys() == trees[1].keys() and len(trees[0]) > 90 * 3
    different = [name for name in trees[0] if trees[0][name] != trees[1][name]]
    assert not different, different[:5]
