"""The memory tests import their helpers as ``tests.perf.archive``: the repository goes
on ``sys.path`` (pytest runs with --import-mode=importlib, which adds nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = str(Path(__file__).resolve().parents[2])
if REPO not in sys.path:
    sys.path.insert(0, REPO)
