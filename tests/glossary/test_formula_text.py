"""A sheet saved or copied with its formulas shown holds '=B2' or '=VLOOKUP(…)' where the
form should be: the formula, never a name."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.lint import lint_paths


@pytest.mark.parametrize(
    "formula",
    ["=B2", "=$C$3", "=Master!D4", '"=VLOOKUP(B4,Master!A:C,3,FALSE)"', '"=IFERROR(D2;""-"")"'],
)
def test_a_formula_as_text_is_an_empty_cell_with_a_warning(formula: str) -> None:
    parsed = parse_csv(f"kind,en,ja,ko\norg,Hinode Mills,日の出製粉,{formula}\n", "sheet.csv")
    (entry,) = parsed.entries
    assert entry.term("ko") is None and entry.approved("ja") == "日の出製粉"
    (said,) = [p for p in parsed.problems if p.code == "formula-text"]
    assert (said.line, said.level.name, said.column) == (2, "WARNING", "ko")


@pytest.mark.parametrize("form", ["=LOVE", "'=B2", "=1"])
def test_a_form_that_only_starts_with_an_equals_sign_is_kept(form: str) -> None:
    """A brand written '=LOVE', a value our writer guarded with an apostrophe."""
    parsed = parse_csv(f"kind,en,ja\nbrand,{form},日の出\n", "sheet.csv")
    (entry,) = parsed.entries
    assert entry.approved("en") == form.lstrip("'")
    assert not [p for p in parsed.problems if p.code == "formula-text"]


def test_lint_says_it_once_not_as_a_formula_to_guard(tmp_path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("kind,en,ja\nbrand,Hinode,=B2\n", encoding="utf-8")
    codes = [p.code for p in lint_paths([path]).problems if p.line == 2]
    assert codes.count("formula-text") == 1 and "formula" not in codes
