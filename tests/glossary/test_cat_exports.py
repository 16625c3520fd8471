"""Term bases exported as CSV by translation tools (memoQ): entry fields, then each
language's definition and terms in columns named after the language and its region."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv

HEADER = (
    "Entry_ID;Entry_Subject;Entry_Domain;Entry_Created;Entry_Creator;Entry_Note;"
    "English_United_States_Def;English_United_States;English_United_States_Info;"
    "English_United_States;English_United_States_Info;"
    "Japanese_Def;Japanese;Japanese_Info;Korean_Def;Korean;Korean_Info"
)
ROWS = [
    "7;Person;;3/4/2025 2:10:05 AM;kondo;Chair since 2024;;Noriko Aihara;;;;"
    ";相原 典子;;;아이하라 노리코;",
    "8;Organization;;3/4/2025 2:11:40 AM;kondo;;;Hoshino Cable Co., Ltd.;;Hoshino Cable;;"
    ";星野電線株式会社;;;호시노전선;",
]


def test_a_memoq_export_loads_as_a_glossary() -> None:
    parsed = parse_csv("\n".join([HEADER, *ROWS]) + "\n", "termbase.csv")
    assert [p for p in parsed.problems if p.level.name == "ERROR"] == []
    # the entry numbers are the term base's own: no id, and nothing to warn about
    assert not any(p.code == "ignored-column" for p in parsed.problems)
    person, org = parsed.entries
    assert person.kind.value == "person"
    assert (person.term("en").text, person.term("ja").text) == ("Noriko Aihara", "相原 典子")
    assert person.note == "Chair since 2024"
    assert org.kind.value == "org"
    assert org.term("en").text == "Hoshino Cable Co., Ltd."
    assert list(org.term("en").variants) == ["Hoshino Cable"]
    assert org.term("ko").text == "호시노전선"


def test_a_sheet_that_names_languages_without_entry_fields_is_read_as_before() -> None:
    parsed = parse_csv("kind,English,Japanese\nperson,Noriko Aihara,相原 典子\n", "g.csv")
    (entry,) = parsed.entries
    assert entry.term("ja").text == "相原 典子"
