"""A workbook keeps its do-not-translate words on a tab of their own ('Do not translate',
'翻訳不要', 'DNT list'), one column of terms and a note, no kind and no dnt column: every
row is a name kept as written (a brand, dnt). The tab was passed over in silence as a
sheet of notes, so a translation that transliterated a logotype was never reported
(PR403)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from openpyxl import Workbook

from prlocalize.glossary.csvfile import dnt_list_name, parse_csv
from prlocalize.glossary.io import load_glossaries

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("Do not translate", True),
        ("DNT list", True),
        ("翻訳不要リスト", True),
        ("번역 안 함", True),
        ("do_not_translate", True),
        ("Notes", False),
        ("Products", False),
        ("Translate", False),
    ],
)
def test_names_of_a_dnt_list(name: str, listed: bool) -> None:
    assert dnt_list_name(name) is listed


def _book(path: Path) -> Path:
    book = Workbook()
    people = book.active
    people.title = "People"
    people.append(["English", "日本語", "種別"])
    people.append(["Yuna Hashiba", "羽柴 由奈", "人名"])
    words = book.create_sheet("Do not translate")
    words.append(["Term", "Note"])
    words.append(["KOMOREBI", "logotype, always in capitals"])
    words.append(["FlexRoute", "service name"])
    words.append(["SORAMICHI", None])  # no note: the term alone on its row
    notes = book.create_sheet("Notes")
    notes.append(["Ask the press desk before adding a row."])
    book.save(path)
    return path


def test_the_tab_s_rows_are_terms_kept_as_written(tmp_path: Path) -> None:
    glossary = load_glossaries([_book(tmp_path / "terms.xlsx")])
    kept = sorted((e.approved("en"), e.kind.value, e.dnt, e.note) for e in glossary if e.dnt)
    assert kept == [
        ("FlexRoute", "brand", True, "service name"),
        ("KOMOREBI", "brand", True, "logotype, always in capitals"),
        ("SORAMICHI", "brand", True, ""),
    ]


def test_a_csv_named_so_loads_and_lint_says_how_it_was_read() -> None:
    parsed = parse_csv("Term\nFlexRoute\n", "翻訳不要リスト.csv", kind_from="翻訳不要リスト")
    assert [(e.approved("en"), e.dnt) for e in parsed.entries] == [("FlexRoute", True)]
    assert "dnt-from-name" in [p.code for p in parsed.problems]


def test_a_dnt_column_of_a_tab_so_named_is_still_read() -> None:
    parsed = parse_csv("en,kind,dnt\nFlexRoute,brand,no\n", "dnt.csv", kind_from="dnt")
    assert [(e.kind.value, e.dnt) for e in parsed.entries] == [("brand", False)]


def test_a_transliterated_word_of_the_tab_is_reported(run_cli: Run, tmp_path: Path) -> None:
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Book a seat with FlexRoute."\n'
        'msgstr "フレックスルートで席を予約できます。"\n',
        encoding="utf-8",
    )
    book = _book(tmp_path / "terms.xlsx")
    result = run_cli("check", str(po), "-g", str(book), "--no-cache", "--format", "json")
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["PR403"]
