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


def test_a_japanese_companys_co_ltd_without_a_space_is_joined_back() -> None:
    """'Aomine Shipbuilding Co.,Ltd.' (no space after the comma, as Japanese companies
    write their English names) written unquoted in a hand-made sheet: one name, where the
    row was a bad-row error that stopped every command."""
    text = (
        "en,ja,ko,kind\n"
        "Aomine Shipbuilding Co.,Ltd.,青峰造船株式会社,아오미네조선,org\n"
        "Sakura Denki CO.,LTD.,さくら電機株式会社,사쿠라전기,org\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert [(e.approved("en"), e.approved("ja"), e.approved("ko")) for e in parsed.entries] == [
        ("Aomine Shipbuilding Co.,Ltd.", "青峰造船株式会社", "아오미네조선"),
        ("Sakura Denki CO.,LTD.", "さくら電機株式会社", "사쿠라전기"),
    ]
    assert all(p.code != "bad-row" for p in parsed.problems)


def test_a_cell_that_only_opens_with_a_suffix_word_is_no_suffix() -> None:
    # 'Inc' after a cell that is no company's short form: the row stays a bad row
    parsed = parse_csv("en,ja,ko,kind\nMori Kenji,森 健二,Inc,모리 겐지,person\n", "sheet.csv")
    assert any(p.code == "bad-row" for p in parsed.problems)
