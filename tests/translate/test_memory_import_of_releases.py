"""``memory import`` given an archive's release files (a team's first guess): an HTML or
Markdown page was refused as 'not well-formed XML (is it a TMX file?)' and a text
release as malformed CSV. The refusal now says what memory import reads and how releases
are learnt (``align … --memory``); nothing is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGE = (
    "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>夜行バス</title>"
    "<body><h1>北風バス、函館行き夜行バスを運行</h1><p>札幌を23時30分に出発します。</p>"
    "</body></html>\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("0702.html", PAGE),
        ("exhibit.html?lang=ja", PAGE),
        ("night-bus.en.md", "# Night Bus to Hakodate\n\nThe bus leaves Sapporo at 11:30 p.m.\n"),
    ],
)
def test_a_release_page_is_refused_with_the_way_to_learn_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli, name: str, text: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("memory", "import", name)
    assert result.exit_code == 2
    assert "a release, not a translation memory" in result.stderr
    assert "align --pairs DIR --memory" in result.stderr
    assert "XML" not in result.stderr
    assert not (tmp_path / ".prlocalize" / "memory.sqlite").exists()


def test_a_release_saved_as_text_says_how_releases_are_learnt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    monkeypatch.chdir(tmp_path)
    text = "Night Bus to Hakodate\n\nThe bus leaves Sapporo at 11:30 p.m., arriving at 5:40 a.m.\n"
    (tmp_path / "night-bus.en.txt").write_text(text, encoding="utf-8")
    result = run_cli("memory", "import", "night-bus.en.txt")
    assert result.exit_code == 2
    assert "if it is a release" in result.stderr
    assert "align SOURCE TARGET --memory" in result.stderr


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        (
            "0415.txt",
            "北風バス、函館行き夜行バスを運行\n\n札幌を23時30分に出発します。\n\n"
            "[English]\n\nNight Bus to Hakodate\n\nThe bus leaves Sapporo at 11:30 p.m.\n",
            "holds 2 versions (ja, en)",
        ),
        (
            "0415.html",
            "<html><body><table>"
            "<tr><td>北風バス、函館行き夜行バスを運行</td><td>Night Bus to Hakodate</td></tr>"
            "<tr><td>札幌を23時30分に出発します。</td>"
            "<td>The bus leaves Sapporo at 11:30 p.m.</td></tr></table></body></html>\n",
            "holds 2 versions (ja, en)",
        ),
    ],
)
def test_a_release_of_both_versions_says_how_to_learn_its_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli, name: str, text: str, says: str
) -> None:
    """A release that holds its translation too: the way to learn a release and its
    translation in two files ('align SOURCE TARGET') is no answer for it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("memory", "import", name)
    assert result.exit_code == 2
    assert says in result.stderr
    assert f"prlocalize align {name} --memory" in result.stderr
    assert not (tmp_path / ".prlocalize" / "memory.sqlite").exists()
