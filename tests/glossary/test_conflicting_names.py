"""A sheet that has a person twice with two Japanese names ('荻野 遥' on one row, '荻野
春香' on a row pasted in later) loaded the second as an accepted variant of the first,
a warning only lint shows: a release that misspells the name passed. A person has one
name in each language: the row is an error that names both lines and what to do; the
same name spaced or ordered otherwise, and a term's other translation, still merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.errors import InputErrors
from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries


def test_a_person_with_two_names_is_an_error(tmp_path: Path) -> None:
    sheet = (
        "kind,en,ja\nperson,Aiko Hirano,平野 愛子\nplace,Sendai,仙台\n"
        "person,Aiko Hirano,平野 藍子\n"
    )
    parsed = parse_csv(sheet, "people.csv")
    (problem,) = [p for p in parsed.problems if p.code == "conflicting-name"]
    assert (problem.line, problem.level.value, problem.column) == (4, "error", "ja")
    assert "'平野 愛子' on line 2 and '平野 藍子' here" in problem.message
    assert "'forbidden:ja'" in problem.message
    path = tmp_path / "people.csv"
    path.write_text(sheet, encoding="utf-8")
    with pytest.raises(InputErrors, match=r"people\.csv:4"):
        load_glossaries([path])


def test_the_same_name_written_otherwise_still_merges() -> None:
    sheet = (
        "kind,en,ja\nperson,Aiko Hirano,平野 愛子\nperson,Aiko Hirano,平野愛子\n"
        "title,President,社長\ntitle,President,大統領\n"
    )
    parsed = parse_csv(sheet, "terms.csv")
    assert not [p for p in parsed.problems if p.level.value == "error"]
    assert [e.approved("ja") for e in parsed.entries] == ["平野 愛子", "社長"]
