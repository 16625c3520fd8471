"""The memory stores a batch of units in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def test_memory_is_written_in_one_transaction(tmp_path: Path) -> None:
    # a unit that cannot be stored part-way through leaves none of the batch behind
    from prlocalize.translate.memory import TranslationMemory, Unit

    memory = TranslationMemory(tmp_path / "m.sqlite")
    good = [Unit("en", "ja", f"Sentence {i}.", f"文{i}。", "align:t") for i in range(5)]

    class NotText:  # passes the emptiness test, fails in SQLite's binding
        def strip(self) -> str:
            return "x"

    bad = Unit("en", "ja", "Broken.", NotText(), "align:t")  # type: ignore[arg-type]
    with pytest.raises(sqlite3.Error):
        memory.add([*good, bad])
    assert len(memory) == 0
    assert memory.add(good) == 5  # and the memory still works
    memory.close()
