"""Headers that give a language with its region in brackets, as term lists exported
from Excel or a CAT tool write them ('English (US)', 'Japanese (Japan)', 'Korean (ko-KR)')."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv


@pytest.mark.parametrize(
    ("en", "ja", "ko"),
    [
        ("English (US)", "Japanese (JP)", "Korean (KR)"),
        ("English (United Kingdom)", "Japanese (Japan)", "Korean (South Korea)"),
        ("English (en-GB)", "Japanese (ja-JP)", "Korean (ko-KR)"),
    ],
)
def test_a_language_with_its_region_is_that_languages_column(en: str, ja: str, ko: str) -> None:
    parsed = parse_csv(
        f"Type,{en},{ja},{ko}\nPerson,Yuto Arai,新井 悠斗,아라이 유토\n", "terms.csv"
    )
    assert not [p for p in parsed.problems if p.level.name == "ERROR"]
    (entry,) = parsed.entries
    assert (entry.approved("en"), entry.approved("ja"), entry.approved("ko")) == (
        "Yuto Arai",
        "新井 悠斗",
        "아라이 유토",
    )


def test_a_bracket_that_names_no_region_is_still_an_unknown_column() -> None:
    parsed = parse_csv("kind,en,Japanese (draft 2)\nperson,Yuto Arai,新井 悠斗\n", "terms.csv")
    assert parsed.entries[0].approved("ja") is None
    assert any(p.code in ("ignored-column", "unknown-locale") for p in parsed.problems)


def test_a_region_of_another_language_is_none() -> None:
    parsed = parse_csv("kind,en,Japanese (ko-KR)\nperson,Yuto Arai,新井 悠斗\n", "terms.csv")
    assert parsed.entries[0].approved("ja") is None
    assert any(p.code in ("ignored-column", "unknown-locale") for p in parsed.problems)
