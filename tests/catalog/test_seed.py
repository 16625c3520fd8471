"""The real release (read from ../shared/seed): its template and catalogs are sound."""

from __future__ import annotations

from pathlib import Path

from catalog_support import assert_valid_catalog

from prlocalize.catalog import read_catalog
from prlocalize.catalog.workflow import extract, update
from prlocalize.glossary.io import load_glossaries


def test_seed_release_through_extract_and_update(
    seed_path: Path, repo_root: Path, tmp_path: Path
) -> None:
    glossary = load_glossaries([repo_root / "glossaries"])
    (result,) = extract([seed_path], tmp_path, glossary=glossary, locales=["ja", "ko"])
    assert result.messages > 40
    assert_valid_catalog(result.pot_path)
    template = read_catalog(result.pot_path)
    roster = next(m for m in template if m.id.startswith("Hiroaki Ueno, "))
    assert "Hiroaki Ueno → ja: 上野 裕明 · ko: 히로아키 우에노" in roster.auto_comments
    assert roster.locations == [(str(seed_path).replace("\\", "/"), roster.locations[0][1])]
    comments = [c for m in template for c in m.auto_comments]
    assert any("(translator needed)" in c for c in comments)  # names nobody has a form for
    results = update(tmp_path, ["ja", "ko"])
    assert [r.new for r in results] == [len(template)] * 2
    for r in results:
        assert_valid_catalog(r.path)
