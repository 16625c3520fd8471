"""The bundled catalogs in locales/: current with examples/ and the glossary, valid, clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_support import assert_valid_catalog

from prlocalize.catalog import read_catalog
from prlocalize.catalog.workflow import extract
from prlocalize.glossary.io import load_glossaries
from prlocalize.rules.translation import RULES
from prlocalize.translation_checking import check_po


def _messages(path: Path) -> list[tuple]:
    return [(m.context, m.id, m.locations, m.auto_comments) for m in read_catalog(path) if m.id]


def _catalogs(repo_root: Path) -> list[Path]:
    return sorted((repo_root / "locales").glob("*/LC_MESSAGES/*.po"))


def test_templates_are_current(repo_root: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo_root)  # locations are written relative to where extract runs
    glossary = load_glossaries([repo_root / "glossaries"])
    results = extract(["examples"], tmp_path, glossary=glossary)
    assert results, "no example releases"
    for result in results:
        bundled = repo_root / "locales" / result.pot_path.name
        assert _messages(result.pot_path) == _messages(bundled), (
            f"{bundled} is stale: run `prlocalize extract examples -d locales` and "
            "`prlocalize update -d locales -l ja -l ko`"
        )


def test_catalogs_follow_their_templates(repo_root: Path) -> None:
    catalogs = _catalogs(repo_root)
    assert {p.parent.parent.name for p in catalogs} == {"ja", "ko"}
    for po in catalogs:
        template = repo_root / "locales" / f"{po.stem}.pot"
        wanted = [(c, i, loc) for c, i, loc, _ in _messages(template)]
        assert [(c, i, loc) for c, i, loc, _ in _messages(po)] == wanted
        assert not read_catalog(po).obsolete


@pytest.mark.parametrize("locale", ["ja", "ko"])
def test_catalogs_are_valid_and_check_clean(repo_root: Path, locale: str) -> None:
    glossary = load_glossaries([repo_root / "glossaries"])
    for po in sorted((repo_root / "locales" / locale / "LC_MESSAGES").glob("*.po")):
        assert_valid_catalog(po)
        assert check_po(po, glossary, RULES).findings == []


def test_roster_and_dateline_are_translated(repo_root: Path) -> None:
    ja = read_catalog(repo_root / "locales/ja/LC_MESSAGES/roundtable-2024.po")
    ko = read_catalog(repo_root / "locales/ko/LC_MESSAGES/roundtable-2024.po")
    roster = "Hiroaki Ueno, Presdient, Japan Pharmaceutical Manufacturers Association"
    assert ja.get(roster).string == "日本製薬工業協会 会長 上野 裕明"
    assert ko.get("Oh Youngju, Minister, Ministry of SMEs and Startups").string == (
        "오영주 중소벤처기업부 장관"
    )
    assert ja.get("May 10, 2024").string == "2024年5月10日"
    assert ko.get("May 10, 2024").string == "2024년 5월 10일"
