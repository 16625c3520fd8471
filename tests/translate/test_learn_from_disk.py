"""The memory learns the approved entries of catalogs on disk, one catalog at a time,
and remembers which it has learned (read again only once changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.translate import workflow
from prlocalize.translate.memory import TranslationMemory
from prlocalize.translate.workflow import learn_from_disk

PO = 'msgid ""\nmsgstr "Language: ko\\n"\n\nmsgid "Release {n}."\nmsgstr "보도자료 {n}."\n'


def _catalogs(root: Path, count: int) -> list[Path]:
    folder = root / "ko" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        path = folder / f"r{n:03}.po"
        path.write_text(PO.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def test_every_catalog_is_marked_learned_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workflow, "_MARKED_AT_ONCE", 4)  # an archive's worth, in small
    paths = _catalogs(tmp_path / "locales", 10)
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        assert learn_from_disk(memory, {"ko": paths}, "en") == 10
        assert all(memory.learned(p) for p in paths)
        assert memory.exact("Release 9.", "en", "ko") is not None
        # learned already: not read again, nothing added
        assert learn_from_disk(memory, {"ko": paths}, "en") == 0
        paths[3].write_text(PO.format(n=30), encoding="utf-8")
        assert learn_from_disk(memory, {"ko": paths}, "en") == 1
