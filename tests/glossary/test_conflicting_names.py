"""A sheet that has a person twice with two Japanese names ('荻野 遥' on one row, '荻野
春香' on a row pasted in later) loaded the second as an accepted variant of the first,
with a warning that said only 'merged': a release that misspells the name passed
unnoticed. The warning now names both forms and both lines and what to do. It is no
error: two people may share an English name ('Kenji Sato': 佐藤 健二 and 佐藤 賢治), and
a sheet that is right must not stop every command. The same name spaced or ordered
otherwise, and a term's other translation, merge as before."""

from __future__ import annotations

from pathlib import Path

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries


def test_a_person_with_two_names_is_said_with_both_lines(tmp_path: Path) -> None:
    sheet = (
        "kind,en,ja\nperson,Aiko Hirano,平野 愛子\nplace,Sendai,仙台\n"
        "person,Aiko Hirano,平野 藍子\n"
    )
    parsed = parse_csv(sheet, "people.csv")
    (problem,) = [p for p in parsed.problems if p.code == "conflicting-name"]
    assert (problem.line, problem.level.value, problem.column) == (4, "warning", "ja")
    assert "'平野 愛子' on line 2 and '平野 藍子' here" in problem.message
    assert "'forbidden:ja'" in problem.message and "own id" in problem.message
    path = tmp_path / "people.csv"
    path.write_text(sheet, encoding="utf-8")
    (person,) = [e for e in load_glossaries([path]) if e.kind.value == "person"]
    assert person.approved("ja") == "平野 愛子"  # the first row's name, the other accepted


def test_the_same_name_written_otherwise_still_merges() -> None:
    sheet = (
        "kind,en,ja\nperson,Aiko Hirano,平野 愛子\nperson,Aiko Hirano,平野愛子\n"
        "title,President,社長\ntitle,President,大統領\n"
    )
    parsed = parse_csv(sheet, "terms.csv")
    assert not [p for p in parsed.problems if p.level.value == "error"]
    assert [e.approved("ja") for e in parsed.entries] == ["平野 愛子", "社長"]
