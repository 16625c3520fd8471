"""pipeline.build: the same pages whether rendered in one process or in workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize import pipeline
from prlocalize.errors import InputError, UsageError


def _releases(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"r{i:02d}.md"
        path.write_text(
            f"# Release {i}\n\nMay {i + 1}, 2024\n\nSee [site](https://e.example/{i}).\n"
        )
        paths.append(path)
    return paths


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_worker_processes_give_the_same_pages(tmp_path: Path) -> None:
    _releases(tmp_path / "in", 6)
    serial = pipeline.build(
        [tmp_path / "in"], tmp_path / "loc", ["ja", "ko"], tmp_path / "a", workers=1
    )
    parallel = pipeline.build(
        [tmp_path / "in"], tmp_path / "loc", ["ja", "ko"], tmp_path / "b", workers=2
    )
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert len(_tree(tmp_path / "a")) == serial.pages == parallel.pages == 6 * 3
    assert "https://e.example/" in (tmp_path / "a" / "ja" / "r03.html").read_text("utf-8")
    assert serial.missing == parallel.missing == 6 * 2 * 2  # headline and link sentence


def test_input_error_in_a_worker_keeps_file_and_line(tmp_path: Path) -> None:
    paths = _releases(tmp_path / "in", 4)
    paths[2].write_bytes(b"# ok\n\nbad \xff byte\n")
    with pytest.raises(InputError) as caught:
        pipeline.build([tmp_path / "in"], tmp_path / "loc", ["ja"], tmp_path / "out", workers=2)
    assert caught.value.path == str(paths[2]) and caught.value.line == 3
    assert not (tmp_path / "out").exists()  # no page, no temp file, no folder


def test_two_releases_with_one_stem_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "news.md").write_text("# A\n")
    (tmp_path / "news.txt").write_text("B\n")
    with pytest.raises(UsageError, match=r"same page 'news'\.html"):
        pipeline.build([tmp_path], tmp_path / "loc", ["ja"], tmp_path / "out")
