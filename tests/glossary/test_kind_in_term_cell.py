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
