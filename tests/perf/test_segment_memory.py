"""`segment` on a folder streams: each release is read, written out and let go, so peak
memory does not grow with the number of releases (it held every document to the end)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.perf.archive import LARGE, SMALL, assert_flat, generate_archive, measure, prlocalize


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_segment_memory_does_not_grow_with_the_number_of_releases(tmp_path: Path, fmt: str) -> None:
    runs = []
    for n in (SMALL, LARGE):
        folder = tmp_path / f"r{n}"
        generate_archive(folder, n)
        runs.append(measure(prlocalize("segment", str(folder), "--format", fmt), tmp_path))
    small, large = runs
    assert large.completed.stdout.count('"blocks"' if fmt == "json" else ": en, ") == LARGE
    assert_flat(small, large)
