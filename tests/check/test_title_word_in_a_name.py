"""A capitalised word one letter from a title's word that ends another proper name is
not a slip of the title (PR102): 'York Minster' and 'Beverley Minster' beside the title
'Minister'. The title misspelt is still found: after a word of a glossary title ('Vice
Minster'), before a glossary person ('Foreign Minster Choi'), after a lower-case word or
at a sentence's start ('The Presdient spoke')."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    path = tmp_path_factory.mktemp("glossary") / "g.csv"
    path.write_text(
        "en,ja,ko,kind\n"
        "Minister,長官,장관,title\n"
        "Vice Minister,次官,차관,title\n"
        "President,社長,사장,title\n"
        "Choi Min-ho,チェ・ミンホ,최민호,person\n",
        encoding="utf-8",
    )
    return Settings(root=REPO, glossaries=(str(path),))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The delegation visited York Minster and the port of Hull.", []),
        ("The choir of Beverley Minster sang at the opening.", []),
        ("Vice Minster Choi Min-ho spoke.", ["Vice Minster"]),
        ("The session was chaired by Minster Choi Min-ho.", ["Minster"]),
        ("Foreign Minster Choi Min-ho spoke.", ["Minster"]),
        ("He thanked Foreign Minster Choi Min-ho.", ["Minster"]),
        ("The Presdient spoke at noon.", ["Presdient"]),
    ],
)
def test_a_title_word_slip_inside_another_name(
    sentence: str, found: list[str], settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "en.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    findings = check_paths([path], settings).findings
    assert [(f.code, f.found) for f in findings] == [("PR102", w) for w in found]


def test_the_bundled_glossary_leaves_york_minster_alone(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("She sang in the choir of York Minster for six years.\n", encoding="utf-8")
    settings = Settings(root=REPO, glossaries=(str(REPO / "glossaries"),))
    assert check_paths([path], settings).findings == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The delegation visited York Minster and the port of Hull.", []),
        ("The session was chaired by Vice Minster Choi Min-ho.", ["Minster"]),
        ("Minster Choi Min-ho spoke.", ["Minster"]),
    ],
)
def test_a_forbidden_title_word_inside_another_name(
    sentence: str, found: list[str], tmp_path: Path
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,ko,kind,forbidden\n"
        "Minister,長官,장관,title,Minster\n"
        "Choi Min-ho,チェ・ミンホ,최민호,person,\n",
        encoding="utf-8",
    )
    path = tmp_path / "en.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    settings = Settings(root=REPO, glossaries=(str(glossary),))
    findings = check_paths([path], settings).findings
    assert [(f.code, f.found) for f in findings] == [("PR103", w) for w in found]
