"""What one cell holds: a form in quotation marks, several forms separated by semicolons,
and rows that hold no term (a year)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv

Run = Callable[..., Result]


def test_quotation_marks_around_a_whole_cell_are_no_part_of_the_form() -> None:
    parsed = parse_csv(
        "en,ja,ko,kind,variants:en\n“Aoba Arm”,「アオバアーム」,“아오바 암”,brand,'Aoba Arm 2'\n",
        "glossary.csv",
    )
    (entry,) = parsed.entries
    assert (entry.approved("en"), entry.approved("ja"), entry.approved("ko")) == (
        "Aoba Arm",
        "アオバアーム",
        "아오바 암",
    )
    assert entry.term("en").variants == ("Aoba Arm 2",)
    assert [(p.code, p.level.value, p.column) for p in parsed.problems] == [
        ("quoted-form", "warning", "en"),
        ("quoted-form", "warning", "en"),
        ("quoted-form", "warning", "ja"),
        ("quoted-form", "warning", "ko"),
    ]
    assert "'“Aoba Arm”' is written in quotation marks: read as 'Aoba Arm'" in (
        parsed.problems[0].message
    )


@pytest.mark.parametrize(
    "form",
    ['"Weird Al" Tours', "「空」と「海」", "“Aoba” Arm", "Aoba ‘Arm’", "「", "“”", "Rock 'n' Roll"],
)
def test_quotation_marks_that_are_part_of_a_name_stay(form: str) -> None:
    cell = '"' + form.replace('"', '""') + '"'  # quoted as CSV quotes it
    parsed = parse_csv(f"en,kind\n{cell},brand\n", "g.csv")
    assert [e.approved("en") for e in parsed.entries] == [form]
    assert not any(p.code == "quoted-form" for p in parsed.problems)


def test_a_misspelling_of_a_quoted_form_is_caught(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text("en,ja,kind\n“Aoba Arm”,「アオバアーム」,brand\n", encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text("Aoba Heavy launched the Aoba Amr today.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]] == [
        ("Aoba Amr", "Aoba Arm")
    ]
    exported = tmp_path / "glossary.tbx"
    assert run_cli("glossary", "export", str(sheet), "-o", str(exported)).exit_code == 0
    text = exported.read_text(encoding="utf-8")
    assert "<term>Aoba Arm</term>" in text and "「" not in text


@pytest.mark.parametrize(
    ("cell", "forms"),
    [
        ("Aya Fujisaki; A. Fujisaki", ["Aya Fujisaki", "A. Fujisaki"]),
        ("Chief Operating Officer; COO", ["Chief Operating Officer", "COO"]),
        ("藤崎 彩；藤崎彩", ["藤崎 彩", "藤崎彩"]),
        # words of one name: kept as written (lint says it looks like several forms)
        ("Sakura; Partners", ["Sakura; Partners"]),
        ("Aoba; Kita Works", ["Aoba; Kita Works"]),
    ],
)
def test_semicolons_between_forms_of_one_name(cell: str, forms: list[str]) -> None:
    parsed = parse_csv(f"en,kind\n{cell},person\n", "people.csv")
    (entry,) = parsed.entries
    assert [entry.approved("en"), *entry.term("en").variants] == forms
    warned = [p.code for p in parsed.problems if p.code == "several-forms"]
    assert warned == (["several-forms"] if len(forms) > 1 else [])


def test_a_glued_name_listed_with_its_short_form_is_caught(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("en,ja,kind\nAya Fujisaki; A. Fujisaki,藤崎 彩,person\n", encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text("AyaFujisaki opened the plant. Aya Fujisaki thanked the team.\n")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]] == [
        ("PR101", "AyaFujisaki")
    ]


def test_a_row_of_numbers_is_no_term() -> None:
    parsed = parse_csv(
        "English,日本語,한국어\nManaging Director,専務取締役,전무이사\n2026,２０２６,2026\n",
        "役職.csv",
        kind_from="役職",  # a sheet kept per kind: the kind from its name
    )
    assert [e.approved("en") for e in parsed.entries] == ["Managing Director"]
    (problem,) = [p for p in parsed.problems if p.code == "number-row"]
    assert (problem.line, problem.level.value) == (3, "warning")
    assert "only numbers ('2026', '２０２６')" in problem.message
    # a number in a name is a name
    parsed = parse_csv("en,kind\n7-Eleven,brand\nAoba 2026,term\n", "terms.csv")
    assert [e.approved("en") for e in parsed.entries] == ["7-Eleven", "Aoba 2026"]


def test_lint_of_a_file_it_cannot_decode_exits_2(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_bytes("en,ja,kind\nSendai,仙台,place\n".encode("cp932"))
    result = run_cli("glossary", "lint", str(sheet))
    assert result.exit_code == 2  # as its help says, and as check and export exit
    assert f"{sheet}:2: error encoding: not UTF-8" in result.stdout
    assert "save it as UTF-8" in result.stdout
    # a sheet that reads but holds errors is still 1
    sheet.write_text("en,ja,kind\nSendai,仙台,plase\n", encoding="utf-8")
    assert run_cli("glossary", "lint", str(sheet)).exit_code == 1


def test_a_japanese_or_korean_name_and_its_short_form_after_a_semicolon() -> None:
    """'最高技術責任者；CTO', '경제산업성; METI' and '経済産業省；経産省' list a name and its
    acronym or abbreviation: the Japanese and Korean cells were read whole, an approved
    form no release writes, where the English 'Chief Technology Officer; CTO' was split."""
    sheet = (
        "kind,en,ja,ko\n"
        "title,Chief Technology Officer; CTO,最高技術責任者；CTO,최고기술책임자; CTO\n"
        "org,Ministry of Economy; METI,経済産業省；経産省,경제산업성; METI\n"
        "org,Sakura; Partners,さくら；パートナーズ,사쿠라; 파트너스\n"
    )
    parsed = parse_csv(sheet, "terms.csv")
    got = [(e.approved("ja"), e.term("ja").variants, e.approved("ko")) for e in parsed.entries]
    assert got == [
        ("最高技術責任者", ("CTO",), "최고기술책임자"),
        ("経済産業省", ("経産省",), "경제산업성"),
        ("さくら；パートナーズ", (), "사쿠라; 파트너스"),
    ]
