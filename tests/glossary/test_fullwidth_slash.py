"""Japanese sheets list a name's forms with the full-width slash ('朴 智媛／パク・チウォン',
spaced or not): the first is the approved form, the others its variants, as with ' / '."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv


@pytest.mark.parametrize("cell", ["陳 美玲／チン・メイリン", "陳 美玲 ／ チン・メイリン"])
def test_a_full_width_slash_separates_forms(cell: str) -> None:
    parsed = parse_csv(f"kind,en,ja\nperson,Chen Meiling,{cell}\n", "sheet.csv")
    (entry,) = parsed.entries
    term = entry.term("ja")
    assert term is not None and term.text == "陳 美玲" and term.variants == ("チン・メイリン",)
    assert [p.code for p in parsed.problems if p.code == "several-forms"] == ["several-forms"]


def test_a_variants_cell_with_full_width_slashes() -> None:
    parsed = parse_csv(
        "kind,en,ja,variants:ja\norg,Minato Steel,みなと製鋼,ミナト製鋼／湊製鋼\n", "sheet.csv"
    )
    assert parsed.entries[0].term("ja").variants == ("ミナト製鋼", "湊製鋼")
