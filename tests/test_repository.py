"""The repository itself: no file carries a merge's conflict markers (one reached the README)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^(?:<{7} |>{7} |={7}$)", re.MULTILINE)


def _tracked() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
        ).stdout.decode("utf-8", "surrogateescape")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [REPO / name for name in listed.split("\0") if name]


def test_no_file_holds_conflict_markers() -> None:
    found = []
    for path in _tracked():
        if not path.is_file() or path.suffix in {".png", ".mo", ".sqlite"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in MARKER.finditer(text):
            found.append(f"{path.relative_to(REPO)}:{text.count(chr(10), 0, match.start()) + 1}")
    assert not found, f"conflict markers left by a merge: {found}"
