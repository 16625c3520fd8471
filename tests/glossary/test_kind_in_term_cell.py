"""A sheet that writes the kind after the term, in the term's cell ('Kenji Arakawa
(person)', '星空計器株式会社（社名）'), its kind cell left empty: the row was read as a
'term' (a warning only lint shows), so the person's glued and reversed names and the
place's checks were lost. The bracket now gives the row its kind, and is no part of
the form."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv

SHEET = (
    "kind,en,ja,ko\n"
    ",Kenji Arakawa (person),荒川 健二,아라카와 겐지\n"
    ",Kumamoto (place),熊本,구마모토\n"
    ",Hoshizora Instruments,星空計器（社名）,호시조라계기\n"
    ",Sendai (city),仙台,센다이\n"
    "org,Aoba Energy (USA),アオバエナジー（米国）,\n"
)


def test_kind_written_after_the_term() -> None:
    parsed = parse_csv(SHEET, "terms.csv")
    got = [(e.kind.value, e.approved("en"), e.approved("ja")) for e in parsed.entries]
    assert got == [
        ("person", "Kenji Arakawa", "荒川 健二"),
        ("place", "Kumamoto", "熊本"),
        ("org", "Hoshizora Instruments", "星空計器"),
        ("place", "Sendai", "仙台"),
        ("org", "Aoba Energy (USA)", "アオバエナジー（米国）"),
    ]
    assert not [p for p in parsed.problems if p.code == "empty-kind"]


def test_a_sheet_without_a_kind_column_that_writes_kinds_in_its_cells() -> None:
    """Such a sheet with no kind column at all was refused ('required column kind
    missing'), without a word on where kinds may be written."""
    sheet = (
        "English,日本語\n"
        "Kenji Arakawa (person),荒川 健二（人名）\n"
        "Hoshizora Instruments (company),星空計器（社名）\n"
        "Kumamoto (place),熊本\n"
    )
    parsed = parse_csv(sheet, "terms.csv")
    assert not [p for p in parsed.problems if p.level.name == "ERROR"]
    got = [(e.kind.value, e.approved("en"), e.approved("ja")) for e in parsed.entries]
    assert got == [
        ("person", "Kenji Arakawa", "荒川 健二"),
        ("org", "Hoshizora Instruments", "星空計器"),
        ("place", "Kumamoto", "熊本"),
    ]
    assert [p.code for p in parsed.problems if p.line == 1] == ["kind-from-cells"]


def test_a_sheet_without_kinds_says_where_they_may_go() -> None:
    parsed = parse_csv("日本語,English\n協働ロボット,collaborative robot\n", "terms.csv")
    (problem,) = [p for p in parsed.problems if p.code == "missing-column"]
    assert "'people.csv'" in problem.message and "(person)" in problem.message
    # one bracket in a sheet of plain terms does not make its kinds
    parsed = parse_csv("en,ja\nAoba (place),青葉\nwelding robot,溶接ロボット\n", "t.csv")
    assert [p.code for p in parsed.problems if p.level.name == "ERROR"] == ["missing-column"]
