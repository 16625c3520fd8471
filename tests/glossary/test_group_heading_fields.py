"""A two-row header whose group headings say what the columns under them hold
('Approved' over EN, JA, KO and 'Do not use' over EN, JA, KO again, merged across in a
workbook): the languages under 'Do not use' are forbidden forms."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Entry
from prlocalize.glossary.problems import Level

CSV = """Kind,Approved,,,Do not use,,
,EN,JA,KO,EN,JA,KO
person,Noriko Aihara,相原 典子,아이하라 노리코,Noriko Aibara,相原 紀子,아이바라 노리코
"""


def _check(entries: list[Entry]) -> None:
    (entry,) = entries
    assert entry.term("en").text == "Noriko Aihara"
    assert entry.term("en").forbidden == ("Noriko Aibara",)
    assert entry.term("ja").forbidden == ("相原 紀子",)
    assert entry.term("ko").forbidden == ("아이바라 노리코",)


def test_languages_under_do_not_use_are_forbidden_forms_in_a_csv() -> None:
    parsed = parse_csv(CSV, "people.csv")
    assert [p for p in parsed.problems if p.level is Level.ERROR] == []
    _check(list(parsed.entries))


def test_and_in_a_workbook_with_merged_headings(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Kind", "Approved", None, None, "NG表記", None, None])
    sheet.merge_cells("B1:D1")
    sheet.merge_cells("E1:G1")
    sheet.append([None, "EN", "JA", "KO", "EN", "JA", "KO"])
    approved = ["Noriko Aihara", "相原 典子", "아이하라 노리코"]
    sheet.append(["person", *approved, "Noriko Aibara", "相原 紀子", "아이바라 노리코"])
    path = tmp_path / "glossary.xlsx"
    book.save(path)
    _check(list(load_glossaries([path])))


def test_a_heading_that_names_no_field_leaves_the_languages_as_they_are() -> None:
    sheet = "Kind,表記,,\n,English,日本語,한국어\nperson,Noriko Aihara,相原 典子,아이하라 노리코\n"
    (entry,) = parse_csv(sheet, "people.csv").entries
    assert entry.term("ja").text == "相原 典子"
