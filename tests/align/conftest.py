"""Fixtures of the aligner's tests: the gold pairs written to disk."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the gold data and its scoring helpers are plain modules beside the tests (the
# benchmark imports them too)
sys.path.insert(0, str(Path(__file__).parent))

from align_gold import GOLD_PAIRS
from align_support import write_pair


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder with every gold pair in it, as a team's archive would hold them."""
    folder = tmp_path / "archive"
    for pair in GOLD_PAIRS:
        write_pair(pair, folder)
    return folder
