"""A CMS export keeps each language in its own folder tree and names each version by a
slug in its own language, with only the id or the date in common
('news/en/2025/03/1042-aoba-launch.html' beside 'news/ja/2025/03/1042-aoba-hatsubai.html').
Every such file was left without a partner; the numbers that open or close the names
pair them, in mirrored folders, when they hold each language once."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_slugs_in_each_language_pair_by_their_id(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    ja, ko = gold_pair("en-ja-launch"), gold_pair("en-ko-grant")
    files = {
        "news/en/2025/03/1042-launch-of-the-new-line.html": ja.source,
        "news/ja/2025/03/1042-shin-line-hatsubai.html": ja.target,
        "news/en/2025/03/grant-awarded-20250320.md": ko.source,
        "news/ko/2025/03/jiwon-seonjeong-20250320.md": ko.target,
    }
    _write(tmp_path / "archive", files)
    assert _pairs(run_cli) == {
        ("archive/news/en/2025/03/1042-launch-of-the-new-line.html",
         "archive/news/ja/2025/03/1042-shin-line-hatsubai.html"),
        ("archive/news/en/2025/03/grant-awarded-20250320.md",
         "archive/news/ko/2025/03/jiwon-seonjeong-20250320.md"),
    }  # fmt: skip


def test_numbers_that_leave_the_release_in_doubt_pair_with_nothing(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    """Two English releases with one id, ids in other folders, a number inside a slug
    ('kr-arm-5') and a name outside a language folder say no release."""
    monkeypatch.chdir(tmp_path)
    pair = gold_pair("en-ja-launch")
    files = {
        "news/en/03/1042-launch.html": pair.source,
        "news/en/03/1042-launch-update.html": pair.source,
        "news/ja/03/1042-hatsubai.html": pair.target,
        "news/en/04/1050-launch.html": pair.source,
        "news/ja/05/1050-hatsubai.html": pair.target,
        "news/en/06/kr-arm-5-launch.html": pair.source,
        "news/ja/06/kr-arm-5-hatsubai.html": pair.target,
        "press/1077-launch.html": pair.source,
        "press/1077-hatsubai.html": pair.target,
    }
    _write(tmp_path / "archive", files)
    result = run_cli("align", "--pairs", "archive")
    assert result.exit_code == 2, result.output
    assert "no release pairs found" in result.stderr
