"""workflow.extract: an unchanged release leaves its template untouched, even its date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.catalog.workflow import extract

OLD = dt.datetime(2020, 1, 2, 3, 4, tzinfo=dt.UTC)


def _backdate(pot: Path) -> None:
    template = read_catalog(pot)
    template.creation_date = OLD
    write_catalog(pot, template)


def test_reextracting_keeps_the_date_until_the_release_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a path too long for one header line: it must read back the way it was written
    monkeypatch.chdir(tmp_path)
    release = Path("communications-department-releases-2026/fourth-quarter-drafts/r.txt")
    release.parent.mkdir(parents=True)
    release.write_text("Press Release\n\nIt rained in Tokyo.\n", encoding="utf-8")
    locales = Path("locales")
    extract([release], locales)
    pot = locales / "r.pot"
    _backdate(pot)
    before = pot.read_bytes()

    (result,) = extract([release], locales)
    assert not result.written
    assert pot.read_bytes() == before

    release.write_text("Press Release\n\nIt snowed in Tokyo.\n", encoding="utf-8")
    (result,) = extract([release], locales)
    assert result.written
    assert read_catalog(pot).creation_date != OLD
    assert [m.id for m in read_catalog(pot) if m.id] == ["Press Release", "It snowed in Tokyo."]


def test_reextracting_a_template_written_in_many_blocks_keeps_it_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the template is compared with the file a block at a time, its own date in the first
    from prlocalize.catalog import render

    monkeypatch.setattr(render, "_BLOCK", 100)
    release = tmp_path / "r.txt"
    release.write_text(
        "Press Release\n\n" + "".join(f"It rained {n} times in Tokyo.\n\n" for n in range(30)),
        encoding="utf-8",
    )
    locales = tmp_path / "locales"
    extract([release], locales)
    pot = locales / "r.pot"
    _backdate(pot)
    before = pot.read_bytes()
    (result,) = extract([release], locales)
    assert not result.written
    assert pot.read_bytes() == before

    release.write_text(release.read_text("utf-8").replace("29 times", "30 times"), "utf-8")
    (result,) = extract([release], locales)
    assert result.written
    assert read_catalog(pot).creation_date != OLD
    assert "It rained 30 times in Tokyo." in read_catalog(pot)
