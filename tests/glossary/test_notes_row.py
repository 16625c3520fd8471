"""Google Sheets and Excel templates put a row of notes under the header for whoever
fills the sheet in: which columns are required ('※必須', '(필수)', 'required'), or the
kind column's words ('(person/org/place)'). That row was an unknown kind (the whole
sheet refused), or, with its kind cell empty, a term 'required' whose Korean was
'optional'. It is read as notes now (an info of lint), and a real entry in its place is
still one."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv

ENTRY = "person,Aiko Hirano,平野 愛子,히라노 아이코\n"


@pytest.mark.parametrize(
    "notes",
    [
        "(person/title/org/place/brand),approved English,承認済み表記,승인 표기\n",
        "※必須,必須,必須,任意\n",
        "(필수),(필수),(필수),(선택)\n",
        ",required,required,optional\n",
        "人名／社名／地名,,,\n",
        # a data validation's prompt before the list (Google Sheets' help text)
        "(choose: person / org / place / title / brand),,,\n",
        "選択：人名／社名／地名,（英語表記）,（日本語表記）,\n",
    ],
)
def test_the_row_of_notes_under_the_header_is_no_entry(notes: str) -> None:
    parsed = parse_csv("kind,en,ja,ko\n" + notes + ENTRY, "terms.csv")
    assert not [p for p in parsed.problems if p.level.name == "ERROR"]
    assert [(e.kind.value, e.approved("ja")) for e in parsed.entries] == [("person", "平野 愛子")]
    assert [p.line for p in parsed.problems if p.code == "notes-row"] == [2]


def test_entries_in_that_row_are_still_entries() -> None:
    sheet = "kind,en,ja\nterm,optional,任意\nterm,required,必須\n,Kumo Lab,クモ研究所\n"
    parsed = parse_csv(sheet, "terms.csv")
    assert [e.approved("en") for e in parsed.entries] == ["optional", "required", "Kumo Lab"]
    assert not [p for p in parsed.problems if p.code == "notes-row"]
