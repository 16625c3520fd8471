"""Cells copied from a web page or a word processor bring non-breaking and zero-width
spaces along: a name with one is still two words (its glued and reversed forms checked)
and a form with a zero-width space still matches the text."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_typographic_space_in_a_name_is_a_space(space: str) -> None:
    parsed = parse_csv(f"kind,en,ko\nperson,Mina{space}Kwon,권미나\n", "sheet.csv")
    (entry,) = parsed.entries
    (plain,) = parse_csv("kind,en,ko\nperson,Mina Kwon,권미나\n", "sheet.csv").entries
    assert entry == plain  # read as the name written with a plain space
    assert [p.code for p in parsed.problems if p.line == 2 and p.code == "odd-space"]


def test_a_zero_width_space_is_left_out() -> None:
    parsed = parse_csv("kind,en,ja\norg,Tsubame\u200b Logistics,つばめ\u200b物流\n", "sheet.csv")
    (entry,) = parsed.entries
    assert entry.term("en").text == "Tsubame Logistics"
    assert entry.term("ja").text == "つばめ物流"
