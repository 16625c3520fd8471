"""A command never writes its output over its own input: `memory export -o` onto the
memory database, `glossary import/export -o` onto a glossary being read."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence"
 adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en"><seg>The roundtable was lively.</seg></tuv>
<tuv xml:lang="ja"><seg>座談会は盛況だった。</seg></tuv></tu></body></tmx>
"""
GLOSSARY = "id,kind,en,ja\nplace:shonan-ipark,place,Shonan iPark,湘南アイパーク\n"


@pytest.fixture
def memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "units.tmx").write_text(TMX, encoding="utf-8")
    assert run_cli("memory", "import", "units.tmx").exit_code == 0
    path = tmp_path / ".prlocalize" / "memory.sqlite"
    assert path.is_file()
    return path


def _units(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM units").fetchone()[0]


@pytest.mark.parametrize("how", ["same-path", "symlink"])
def test_memory_export_onto_the_memory_is_refused(
    memory: Path, tmp_path: Path, run_cli: Callable[..., Result], how: str
) -> None:
    target = memory
    if how == "symlink":
        target = tmp_path / "export.tmx"
        target.symlink_to(memory)
    before = memory.read_bytes()
    result = run_cli("memory", "export", "-o", str(target))
    assert result.exit_code == 2
    assert "translation memory being read" in result.output
    assert memory.read_bytes() == before and _units(memory) == 1
    assert run_cli("memory", "export", "-o", "out.tmx").exit_code == 0
    assert "座談会は盛況だった。" in (tmp_path / "out.tmx").read_text(encoding="utf-8")


def test_glossary_export_onto_its_own_input_is_refused(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    folder = tmp_path / "glossaries"
    folder.mkdir()
    csv = folder / "places.csv"
    csv.write_text(GLOSSARY, encoding="utf-8")
    for args in (
        ("glossary", "export", str(csv), "-o", str(csv)),
        ("glossary", "export", str(folder), "-o", str(csv)),
    ):
        result = run_cli(*args)
        assert result.exit_code == 2, result.output
        assert "glossary being read" in result.output
        assert csv.read_text(encoding="utf-8") == GLOSSARY


def test_glossary_import_onto_its_own_input_is_refused(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    csv = tmp_path / "places.csv"
    csv.write_text(GLOSSARY, encoding="utf-8")
    tbx = tmp_path / "places.tbx"
    assert run_cli("glossary", "export", str(csv), "-o", str(tbx)).exit_code == 0
    before = tbx.read_bytes()
    result = run_cli("glossary", "import", str(tbx), "-o", str(tbx))
    assert result.exit_code == 2
    assert "glossary being read" in result.output
    assert tbx.read_bytes() == before
    assert run_cli("glossary", "import", str(tbx), "-o", str(tmp_path / "back.csv")).exit_code == 0
