"""Precision on realistic releases: correct wire-service releases (en, ja, ko; text,
Markdown, HTML) get no finding, with the bundled glossary and with none at all.

The releases in fixtures/realistic/ are invented; each carries the conventions of its
genre (tickers, datelines, contacts, forward-looking statements, 【】 headings, ※ notes,
half-width colons in Japanese, Hanja abbreviations in Korean headlines).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import Settings

REPO = Path(__file__).resolve().parents[2]
REALISTIC = Path(__file__).parent / "fixtures" / "realistic"


@pytest.fixture(scope="module")
def empty_glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("glossary") / "empty.csv"
    path.write_text("id,kind,en,ja,ko\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("release", sorted(p.name for p in REALISTIC.iterdir()))
@pytest.mark.parametrize("glossary", ["bundled", "empty"])
def test_realistic_release_gets_no_finding(
    release: str, glossary: str, empty_glossary: Path
) -> None:
    path = REPO / "glossaries" if glossary == "bundled" else empty_glossary
    result = check_paths([REALISTIC / release], Settings(root=REPO, glossaries=(str(path),)))
    assert len(result.files) == 1
    assert [(f.code, f.message) for f in result.findings] == []
