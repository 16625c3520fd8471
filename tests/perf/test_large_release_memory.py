"""One large release costs `check` and `extract` memory in proportion to its size (issue
#15, item 22; build's own test is in test_build_memory.py).

Before segments kept their source offsets as runs, a segment held one Python int per
character (~36 bytes): a 1 MB release cost `check` about 52 and `extract` about 70 bytes
of memory per byte of HTML above what a small release costs; with runs, 14 and 33 (the
segments, the template and the .pot text on top).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.perf.archive import generate_archive, measure, prlocalize

SIZE = 1_000_000  # characters of body text of the large release


def _peak_kb(args: list[str], root: Path) -> int:
    run = measure(prlocalize(*args), root, timeout=600)
    assert run.returncode in (0, 1), run.completed.stderr[-2000:]
    return run.tree_kb


def _per_byte(tmp_path: Path, command: list[str]) -> tuple[float, str]:
    """Bytes of peak memory per byte of HTML that a large release adds to a small one's."""
    peaks: list[int] = []
    for name, size in (("small", 1500), ("large", SIZE)):
        release = generate_archive(tmp_path / name, 1, kinds=("html",), size=size)[0]
        args = [
            a.replace("{release}", str(release)).replace("{out}", str(tmp_path / name))
            for a in command
        ]
        peaks.append(_peak_kb(args, tmp_path))
    size = release.stat().st_size
    per_byte = (peaks[1] - peaks[0]) * 1024 / size
    said = (
        f"{peaks[1] / 1024:.0f} MB for a {size / 1e6:.1f} MB release ({peaks[0] / 1024:.0f} MB "
        f"for a small one): {per_byte:.0f} bytes a byte"
    )
    return per_byte, said


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_check_of_a_large_release_costs_memory_in_proportion_to_its_size(tmp_path: Path) -> None:
    per_byte, said = _per_byte(
        tmp_path, ["check", "{release}", "--no-cache", "--format", "json", "--jobs", "1"]
    )
    assert per_byte < 30, said


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_extract_of_a_large_release_costs_memory_in_proportion_to_its_size(
    tmp_path: Path,
) -> None:
    per_byte, said = _per_byte(tmp_path, ["extract", "{release}", "-d", "{out}/pot", "--jobs", "1"])
    assert per_byte < 50, said
