"""Fixtures of the check tests (helpers in check_support.py beside this file)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
