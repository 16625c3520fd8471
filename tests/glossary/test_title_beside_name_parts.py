"""A people sheet that gives each name as family and given columns ('family_en',
'given_en', 'family_ja' …) and the person's job title in 'title_en': the title column
was read as the English form, so no row's parts rebuilt it and the sheet was refused
('given 'Daisuke' and family 'Himuro' do not rebuild 'President'')."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.problems import Level

SHEET = """kind,family_en,given_en,family_ja,given_ja,title_en,title_ja
person,Himuro,Daisuke,氷室,大輔,President,社長
person,Katsuragi,Shinobu,葛城,忍,Representative Director,代表取締役
"""


def test_the_title_column_is_left_out_and_the_parts_make_the_name() -> None:
    parsed = parse_csv(SHEET, "people.csv")
    assert not [p for p in parsed.problems if p.level is Level.ERROR]
    assert [(e.forms["en"].text, e.forms["ja"].text) for e in parsed.entries] == [
        ("Daisuke Himuro", "氷室 大輔"),
        ("Shinobu Katsuragi", "葛城 忍"),
    ]
    ignored = [p.message for p in parsed.problems if p.code == "ignored-column"]
    assert len(ignored) == 2 and all("name parts" in m for m in ignored)


def test_a_full_name_column_beside_the_parts_is_still_the_form() -> None:
    text = "kind,en,family_en,given_en\nperson,Daisuke Himuro,Himuro,Daisuke\n"
    (entry,) = parse_csv(text, "people.csv").entries
    assert entry.forms["en"].text == "Daisuke Himuro"
