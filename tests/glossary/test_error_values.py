"""A sheet that fills a language by a lookup formula exports the formula's error value
where the lookup found nothing ('#N/A', '#VALUE!', '#REF!'): never a name."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv


@pytest.mark.parametrize("value", ["#N/A", "#VALUE!", "#REF!", "#NAME?", "Err:502"])
def test_an_error_value_is_an_empty_cell_with_a_warning(value: str) -> None:
    parsed = parse_csv(f"kind,en,ja,ko\nperson,{value},川口 真理,가와구치 마리\n", "sheet.csv")
    (entry,) = parsed.entries
    assert entry.term("en") is None and entry.approved("ja") == "川口 真理"
    (said,) = [p for p in parsed.problems if p.code == "formula-error"]
    assert said.line == 2 and said.level.name == "WARNING" and value in said.message


def test_a_row_of_error_values_alone_is_an_error_naming_its_line() -> None:
    parsed = parse_csv("kind,en,ja\nperson,Mari Kawaguchi,川口 真理\nterm,#N/A,#N/A\n", "s.csv")
    assert [p.code for p in parsed.problems if p.level.name == "ERROR"] == ["empty-entry"]
    assert {p.line for p in parsed.problems if p.code == "formula-error"} == {3}
