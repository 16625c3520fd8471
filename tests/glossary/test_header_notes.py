"""A header cell says more than the column's name for whoever fills the sheet in: a legend
of the kind words ('区分（人名/社名/地名/役職）', 'kind (person/org/place)'), the language
named again ('英語（English）'), a mark that the column is required ('Kind*', '種別 ※必須',
'英語表記（必須）'). Such a sheet was refused ('required column kind missing'); it loads,
and a bracket that says something else ('Japanese (draft 2)') still leaves the column out."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv

ROW = "人名,Kenji Arakawa,荒川 健二,아라카와 겐지\n"


@pytest.mark.parametrize(
    "header",
    [
        "区分（人名/社名/地名/役職）,英語,日本語,韓国語",
        "kind (person/org/place),en,ja,ko",
        "구분(인명/기관/지명/직함),영문,일문,국문",
        "種別,英語（English）,日本語（Japanese）,韓国語（Korean）",
        "Kind*,English*,Japanese,Korean",
        "種別 ※必須,英語表記（必須）,日本語表記,韓国語表記",
    ],
)
def test_header_with_notes_loads(header: str) -> None:
    parsed = parse_csv(header + "\n" + ROW, "terms.csv")
    assert not [p for p in parsed.problems if p.level.name == "ERROR"]
    (entry,) = parsed.entries
    assert entry.kind.value == "person"
    assert [entry.approved(loc) for loc in ("en", "ja", "ko")] == [
        "Kenji Arakawa",
        "荒川 健二",
        "아라카와 겐지",
    ]


def test_a_bracket_that_says_something_else_is_not_dropped() -> None:
    parsed = parse_csv("kind,en,Japanese (draft 2),韓国語（日本語）\n" + ROW, "terms.csv")
    assert parsed.entries[0].approved("ja") is None
    assert parsed.entries[0].approved("ko") is None


@pytest.mark.parametrize(
    "header",
    [
        "Type / 区分,English / 英語,Japanese / 日本語,Korean / 韓国語",
        "구분/Kind,영어/English,일본어/Japanese,한국어/Korean",
        "区分／Type,英語／English,日本語／Japanese,韓国語／Korean",
    ],
)
def test_a_header_that_names_each_column_in_two_languages(header: str) -> None:
    """A team of two languages heads each column in both ('English / 英語'): every column
    was unknown and the sheet refused."""
    parsed = parse_csv(header + "\n" + ROW, "terms.csv")
    assert not [p for p in parsed.problems if p.level.name == "ERROR"]
    (entry,) = parsed.entries
    assert (entry.kind.value, entry.approved("en"), entry.approved("ko")) == (
        "person",
        "Kenji Arakawa",
        "아라카와 겐지",
    )


def test_two_names_that_say_two_columns_are_no_column() -> None:
    parsed = parse_csv("kind,English / 日本語,ja\nperson,Kenji Arakawa,荒川 健二\n", "t.csv")
    assert parsed.entries[0].approved("en") is None
    assert [p.code for p in parsed.problems] == ["ignored-column"]
