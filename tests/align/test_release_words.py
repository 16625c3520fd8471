"""Archives whose names say "press release" in each version's own language
('press_20240405_en.txt' beside '보도자료_20240405.txt', 'newsrelease_20241202_en.txt'
beside 'ニュースリリース_20241202.txt'): one release, paired by the date they share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from align_support import gold_pair


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _pairs(run_cli) -> set[tuple[str, str]]:
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    return {(p["source"], p["target"]) for p in json.loads(result.stdout)["pairs"]}


@pytest.mark.parametrize(
    ("source", "target", "gold"),
    [
        ("press_20240405_en.txt", "보도자료_20240405.txt", "en-ko-grant"),
        ("press_20240405.txt", "보도자료_20240405.txt", "en-ko-grant"),
        ("2024/PR-2024-04-05-en.md", "2024/보도자료 20240405.md", "en-ko-grant"),
        ("newsrelease_20241202_en.txt", "ニュースリリース_20241202.txt", "en-ja-launch"),
        ("News Release 20241202 (English).txt", "【ニュースリリース】20241202.txt", "en-ja-launch"),
        ("20241202_launch_en.txt", "2024-12-02_launch.txt", "en-ja-launch"),
    ],
)
def test_names_that_differ_in_their_word_for_press_release_pair(
    tmp_path: Path, run_cli, monkeypatch, source: str, target: str, gold: str
) -> None:
    monkeypatch.chdir(tmp_path)
    pair = gold_pair(gold)
    _write(tmp_path / "archive", {source: pair.source, target: pair.target})
    assert _pairs(run_cli) == {(f"archive/{source}", f"archive/{target}")}


def test_a_third_version_named_in_its_own_language_joins_the_release(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    ja, ko = gold_pair("en-ja-launch"), gold_pair("en-ko-grant")
    files = {
        "press_20240405_en.txt": ja.source,
        "press_20240405_ja.txt": ja.target,
        "보도자료_20240405.txt": ko.target,
    }
    _write(tmp_path / "archive", files)
    assert _pairs(run_cli) == {
        ("archive/press_20240405_en.txt", "archive/press_20240405_ja.txt"),
        ("archive/press_20240405_en.txt", "archive/보도자료_20240405.txt"),
    }


def test_names_that_leave_the_release_in_doubt_pair_with_nothing(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    """Two English releases of one day beside one Korean: which one it translates is not
    in the names; names without a number say no release; other folders are other
    releases; and a word before the date that is not "press release" is part of the name."""
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ko-grant")
    files = {
        "press_20240405_en.txt": pair.source,
        "news_20240405_en.txt": pair.source,
        "보도자료_20240405.txt": pair.target,
        "press_en.txt": pair.source,
        "보도자료.txt": pair.target,
        "2023/press_20230101_en.txt": pair.source,
        "2024/보도자료_20230101.txt": pair.target,
        "results_20240601_en.txt": pair.source,
        # another release of that day (a translation of it would pair by its figures)
        "보도자료_20240601.txt": gold_pair("en-ko-partner").target,
    }
    _write(tmp_path / "archive", files)
    result = run_cli("align", "--pairs", "archive")
    assert result.exit_code == 2, result.output
    assert "no release pairs found" in result.stderr
