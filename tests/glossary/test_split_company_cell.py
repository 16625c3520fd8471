"""A company name split at its unquoted comma ('Kumo Co., Ltd.' written by hand) in a
row whose last cell is empty: the empty cell must not make up the count and shift the
forms one column to the left."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv


def test_the_name_is_joined_back_before_empty_cells_are_dropped() -> None:
    text = (
        "kind,en,ja,ko,note\n"
        "org,Hoshino Paper Co., Ltd.,星野製紙株式会社,호시노제지,\n"
        "org,Marufuku Foods, Inc.,丸福フーズ,마루후쿠푸드,,,\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert [(e.approved("en"), e.approved("ja"), e.approved("ko")) for e in parsed.entries] == [
        ("Hoshino Paper Co., Ltd.", "星野製紙株式会社", "호시노제지"),
        ("Marufuku Foods, Inc.", "丸福フーズ", "마루후쿠푸드"),
    ]
    assert [e.note for e in parsed.entries] == ["", ""]


def test_empty_trailing_cells_alone_are_still_dropped() -> None:
    parsed = parse_csv("kind,en,ja\nplace,Nara,奈良,,\n", "sheet.csv")
    assert [(e.approved("en"), e.approved("ja")) for e in parsed.entries] == [("Nara", "奈良")]
    assert not parsed.problems or all(p.code != "bad-row" for p in parsed.problems)
