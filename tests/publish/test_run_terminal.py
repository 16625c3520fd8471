"""`run` on a terminal: its reports wait in a file while the progress bars hold the
screen, and still come out in the terminal's colours (they came out plain)."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CODE_IN_COLOUR = "\x1b["  # any SGR sequence


def _run_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal; its exit code and what it showed."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
    env.update(TERM="xterm-256color", COLUMNS="120")
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower
    )
    os.close(follower)
    shown = bytearray()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the other end closed: the command is done
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(timeout=60), shown.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals")
def test_run_report_keeps_its_colours_on_a_terminal(tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    code, shown = _run_on_a_terminal(
        [sys.executable, "-m", "prlocalize", "run", "examples", "-l", "ja", "-o", "out"],
        tmp_path,
    )
    assert code == 1, shown[-3000:]  # the examples carry defects on purpose
    # the findings: from the line before the first location to the summary table
    arrow = shown.index("--> examples/")
    findings = shown[shown.rindex("\n", 0, shown.rindex("\n", 0, arrow)) : shown.index("Code ")]
    assert "PR" in findings and "help:" in findings
    assert CODE_IN_COLOUR in findings, findings[:2000]
