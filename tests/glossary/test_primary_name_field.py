"""An Airtable base or a Notion database exported as CSV heads its primary field 'Name'
beside fields named by their language ('Japanese', '한국어'): with no English column, the
'Name' column holds the English forms. It was ignored, so every entry lost its English
form and took its id from the Japanese."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.problems import Level


def test_the_name_column_is_the_english_form() -> None:
    text = (
        "Name,Type,Japanese,Korean,Tags\n"
        'Mao Kirishima,Person,霧島 真央,기리시마 마오,"person, vip"\n'
        "Sendai,Location,仙台,센다이,place\n"
    )
    parsed = parse_csv(text, "airtable.csv")
    assert not [p for p in parsed.problems if p.level is Level.ERROR]
    assert [(e.id, e.forms["en"].text) for e in parsed.entries] == [
        ("person:mao-kirishima", "Mao Kirishima"),
        ("place:sendai", "Sendai"),
    ]
    assert any(p.code == "header-read" and "'Name'" in p.message for p in parsed.problems)


def test_beside_an_english_column_the_name_column_is_not_read() -> None:
    text = "Name,kind,English,Japanese\nrow 1,org,Kumo Kogyo,雲工業\n"
    parsed = parse_csv(text, "sheet.csv")
    assert [e.forms["en"].text for e in parsed.entries] == ["Kumo Kogyo"]
    assert any(p.code == "ignored-column" and "'Name'" in p.message for p in parsed.problems)
