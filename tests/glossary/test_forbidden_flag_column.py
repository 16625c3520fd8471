"""A 'Forbidden' column that says yes or no of the row (memoQ's and Lokalise's
glossaries, a team's sheet) flags the row's forms as not to use; it was read as forms,
so that 'No' became a forbidden form of every term. A column of forms stays one."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv


def test_a_yes_no_forbidden_column_flags_the_row() -> None:
    sheet = (
        "English,Japanese,Type,Forbidden\n"
        "Wren Avionics,レン・アビオニクス,Company,No\n"
        "Wren Avionic,レンアビオニック,Company,Yes\n"
        "flight deck,操縦室,Term,\n"
    )
    parsed = parse_csv(sheet, "glossary.csv")
    ok, banned, term = parsed.entries
    assert ok.term("en").forbidden == () and ok.approved("en") == "Wren Avionics"
    assert banned.term("en").forbidden == ("Wren Avionic",)
    assert banned.approved("en") is None
    assert term.term("en").forbidden == ()


def test_a_forbidden_column_of_forms_is_read_as_forms() -> None:
    sheet = "English,Type,Forbidden\nWren Avionics,Company,Wren Avionic\nflight deck,Term,\n"
    first, _ = parse_csv(sheet, "glossary.csv").entries
    assert first.term("en").forbidden == ("Wren Avionic",)


def test_a_platform_export_with_a_type_column_keeps_its_kinds() -> None:
    sheet = (
        "English,Japanese,Type,Forbidden,Case sensitive\n"
        "Wren Avionics,レン・アビオニクス,Company,FALSE,TRUE\n"
        "Maya Brandt,マヤ・ブラント,Person,FALSE,TRUE\n"
    )
    parsed = parse_csv(sheet, "export.csv")
    assert [e.kind.value for e in parsed.entries] == ["org", "person"]
    assert not [p for p in parsed.problems if p.code in ("kind-default", "ignored-column")]
