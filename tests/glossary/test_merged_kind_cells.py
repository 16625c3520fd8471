"""A sheet whose kind column was merged cells, one per group of rows ('人名' beside all
the people), exports the kind in the group's first row only. Every other row was read
as a 'term', so its people were never checked as names (no glued, reversed or misspelt
name caught). A sheet that left a kind empty otherwise keeps reading it as a term."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries

MERGED = """en,ja,kind
Shiori Kanzaki,神崎 栞,人名
Takeru Ogino,荻野 健,
Minami Aizawa,相沢 みなみ,
Hollins Grain Co.,ホリンズ穀物株式会社,会社
Pinecrest Mills,パインクレスト製粉,
Harvest Lantern,ハーベスト・ランタン,brand
"""


def test_rows_under_a_merged_kind_take_the_groups_kind() -> None:
    parsed = parse_csv(MERGED, "sheet.csv")
    assert [e.kind.value for e in parsed.entries] == [
        "person", "person", "person", "org", "org", "brand",
    ]  # fmt: skip
    said = [(p.line, p.code, p.level.value) for p in parsed.problems if "kind" in p.code]
    assert said == [(3, "kind-from-above", "warning"), (4, "kind-from-above", "warning"),
                    (6, "kind-from-above", "warning")]  # fmt: skip
    assert "from line 2" in next(p.message for p in parsed.problems if p.line == 3)


def test_a_kind_left_empty_in_a_filled_column_is_still_a_term() -> None:
    # the kind is written on consecutive rows: no merged cells, the empty one was missed
    text = (
        "en,ja,kind\nShiori Kanzaki,神崎 栞,person\nTakeru Ogino,荻野 健,person\n"
        "Blue Ridge Tour,ブルーリッジ・ツアー,\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert [e.kind.value for e in parsed.entries] == ["person", "person", "term"]
    assert [p.code for p in parsed.problems if "kind" in p.code] == ["empty-kind"]


def test_a_sheet_whose_first_kind_is_empty_is_no_merged_export() -> None:
    text = "en,ja,kind\nBlue Ridge Tour,ブルーリッジ・ツアー,\nShiori Kanzaki,神崎 栞,person\n"
    parsed = parse_csv(text, "sheet.csv")
    assert [e.kind.value for e in parsed.entries] == ["term", "person"]


def test_a_workbook_with_merged_kind_cells(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    for row in MERGED.splitlines():
        sheet.append(row.split(","))
    sheet.merge_cells("C2:C4")  # 人名 over the three people
    sheet.merge_cells("C5:C6")  # 会社 over the two companies
    path = tmp_path / "glossary.xlsx"
    book.save(path)
    kinds = [entry.kind.value for entry in load_glossaries([path])]
    assert sorted(kinds) == ["brand", "org", "org", "person", "person", "person"]
