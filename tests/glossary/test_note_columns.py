"""A sheet with more than one column of notes ('Notes' and 'Comment', '備考' and '비고'
and 'Remarks'), as teams keep them: every note is read, in the order of the columns,
and the sheet loads; before, the second was a duplicate column and no entry loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries

from .test_sheet_headers import _book


@pytest.mark.parametrize(
    ("header", "note"),
    [
        ("Notes,Comment,Source", "CFO since 2024; check the Korean"),
        ("note,comment,Date added", "CFO since 2024; check the Korean"),
        ("備考,비고,Remarks", "CFO since 2024; check the Korean; HR"),
    ],
)
def test_every_note_column_is_read_into_the_note(header: str, note: str) -> None:
    text = (
        f"en,ja,ko,kind,{header}\r\n"
        "Yui Nakamura,中村 結衣,나카무라 유이,person,CFO since 2024,check the Korean,HR\r\n"
        "Hanul Bank,ハヌル銀行,하늘은행,org,,,\r\n"
    )
    parsed = parse_csv(text, "people.csv")
    assert not [p for p in parsed.problems if p.level.name == "ERROR"]
    assert [e.note for e in parsed.entries] == [note, ""]
    said = [p.message for p in parsed.problems if p.code == "header-read"]
    assert said and all("read as 'note' too" in message for message in said)
    assert len(said) == note.count(";")


def test_the_same_text_in_two_note_columns_is_said_once() -> None:
    text = "en,ja,kind,メモ,備考\nYui Nakamura,中村 結衣,person,CFO,CFO\n"
    (entry,) = parse_csv(text, "people.csv").entries
    assert entry.note == "CFO"


def test_a_workbook_with_two_note_columns_loads(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["English", "日本語", "区分", "備考", "コメント", "メモ"],
        ["Yui Nakamura", "中村 結衣", "人名", "CFO", None, "from HR"],
    ]
    book = _book(tmp_path / "glossary.xlsx", {"用語集": (rows, [])})
    (entry,) = load_glossaries([book])
    assert entry.note == "CFO; from HR"
