"""`memory import` of folders and of several files: an agency's returned files, a locales
folder of translated catalogs. A folder holding releases only says how they are learnt."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.translate.memory import Unit
from prlocalize.translate.tmx import tmx_bytes

_CATALOG = """msgid ""
msgstr ""
"Language: ko\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "The ferry leaves Busan at nine."
msgstr "여객선은 9시에 부산을 출발한다."
"""
_SHEET = "en,ja\nThe museum opens on Monday.,美術館は月曜日に開館します。\n"


def _memory_sources(tmx: Path) -> set[str]:
    from prlocalize.translate.tmx import read_tmx

    return {unit.source for unit in read_tmx(tmx)}


@pytest.fixture
def returned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An agency's folder: a TMX, a translated catalog in its locale folder, a table, and
    what is no memory (a release, a template, a hidden folder's file)."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "returned"
    (folder / "ko" / "LC_MESSAGES").mkdir(parents=True)
    (folder / ".git").mkdir()
    unit = Unit("en", "ja", "The ferry leaves Busan at nine.", "フェリーは9時に釜山を出港する。")
    (folder / "batch1.tmx").write_bytes(tmx_bytes([unit], srclang="en"))
    (folder / "ko" / "LC_MESSAGES" / "ferry.po").write_text(_CATALOG, encoding="utf-8")
    (folder / "museum.csv").write_text(_SHEET, encoding="utf-8")
    (folder / "ferry.html").write_text("<p>The ferry leaves Busan at nine.</p>", "utf-8")
    (folder / ".git" / "old.tmx").write_text("not read", encoding="utf-8")
    return folder


def test_a_folder_imports_every_memory_file_in_it(returned: Path, run_cli) -> None:
    result = run_cli("memory", "import", str(returned))
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "imported" in line]
    assert len(said) == 3
    assert run_cli("memory", "export", "-o", "all.tmx").exit_code == 0
    assert _memory_sources(Path("all.tmx")) == {
        "The ferry leaves Busan at nine.",
        "The museum opens on Monday.",
    }


def test_several_files_are_imported_in_one_call(returned: Path, run_cli) -> None:
    result = run_cli("memory", "import", str(returned / "batch1.tmx"), str(returned / "museum.csv"))
    assert result.exit_code == 0, result.output
    assert result.output.count("imported 1 unit(s)") == 2


def test_a_folder_of_releases_says_how_they_are_learnt(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2024-04-12.html").write_text("<p>The ferry leaves.</p>", encoding="utf-8")
    result = run_cli("memory", "import", str(archive))
    assert result.exit_code == 2
    assert "no translation memory file in this folder" in result.output
    assert "align --pairs" in result.output


def test_an_empty_folder_is_an_input_error(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = run_cli("memory", "import", str(tmp_path / "empty"))
    assert result.exit_code == 2
    assert "no translation memory file" in result.output
