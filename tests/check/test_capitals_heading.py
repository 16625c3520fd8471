"""A slip in a word of a glossary name inside a headline set in capitals, as wire
releases set them (PR102): 'DANIEL R. WHITFEILD', 'KOREA MARTIME INSTITUTE'. A word in
capitals elsewhere is an acronym and is compared with acronyms only; in a headline, a
name's word is still judged beside another word of the name, and a title's word is not
judged at all (every word there is capitalised, so nothing tells 'YORK MINSTER' from a
slip)."""

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
        "Daniel R. Whitfield,ダニエル・R・ホイットフィールド,대니얼 R. 휫필드,person\n"
        "Korea Maritime Institute,韓国海洋水産開発院,한국해양수산개발원,org\n"
        "Minister,長官,장관,title\n",
        encoding="utf-8",
    )
    return Settings(root=REPO, glossaries=(str(path),))


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("HANBIT ENERGY AMERICA NAMES DANIEL R. WHITFEILD CHIEF", [("WHITFEILD", "WHITFIELD")]),
        ("KOREA MARTIME INSTITUTE TO HOST JOINT SEMINAR", [("MARTIME", "MARITIME")]),
        ("HANBIT ENERGY AMERICA NAMES DANIEL R. WHITFIELD CHIEF", []),
        # not beside another word of the name: another word
        ("MARTIME SAFETY WEEK OPENS IN BUSAN", []),
        ("VISITORS RETURN TO YORK MINSTER AFTER RESTORATION", []),
    ],
)
def test_a_slip_in_a_headline_in_capitals(
    heading: str, found: list[tuple[str, str]], settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "en.txt"
    path.write_text(heading + "\n\nThe company said so on Monday.\n", encoding="utf-8")
    findings = check_paths([path], settings).findings
    assert [(f.code, f.found, f.suggestion) for f in findings] == [
        ("PR102", w, s) for w, s in found
    ]


def test_a_word_in_capitals_in_prose_is_an_acronym(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("The WHITFEILD project started in May.\n", encoding="utf-8")
    assert check_paths([path], settings).findings == []
