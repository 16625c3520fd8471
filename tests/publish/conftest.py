"""Fixtures of the publish tests (render, build, run, HTML report)."""

from __future__ import annotations

import sys
from pathlib import Path

# the hand-made Document helpers sit beside the tests (pytest runs with importlib mode)
sys.path.insert(0, str(Path(__file__).resolve().parent))
