"""Kinds written in the English plural, as a tab or a kind column names a group
('Positions', 'Facilities', 'Agencies', 'Cities', 'Services') or abbreviated ('Org.'),
where the kind words list the singular: each was an unknown-kind error that kept the
whole glossary from loading, or a tab read without its kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Kind
from prlocalize.glossary.values import parse_kind


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Positions", Kind.TITLE),
        ("Facilities", Kind.PLACE),
        ("Agencies", Kind.ORG),
        ("Cities", Kind.PLACE),
        ("Services", Kind.BRAND),
        ("Products & services", Kind.BRAND),
        ("Org.", Kind.ORG),
        ("companies", Kind.ORG),
        # words that end in s without being plurals stay unknown
        ("Business", None),
        ("Press", None),
        ("Status", None),
    ],
)
def test_a_plural_kind_word(word: str, kind: Kind | None) -> None:
    assert parse_kind(word) is kind


def test_a_kind_column_in_the_plural_loads() -> None:
    parsed = parse_csv(
        "English,日本語,Type\n"
        "Shirakawa Dam,白川ダム,Facilities\n"
        "Press Officer,広報担当,Positions\n",
        "sheet.csv",
    )
    assert [p.code for p in parsed.problems if p.level.name == "ERROR"] == []
    assert [e.kind for e in parsed.entries] == [Kind.PLACE, Kind.TITLE]


def test_a_tab_named_in_the_plural_gives_its_kind(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Cities"
    sheet.append(["English", "日本語"])
    sheet.append(["Minami-Awaji", "南あわじ市"])
    other = book.create_sheet("Agencies")
    other.append(["English", "日本語"])
    other.append(["Port Safety Board", "港湾安全委員会"])
    path = tmp_path / "terms.xlsx"
    book.save(path)
    assert sorted(e.kind.value for e in load_glossaries([path])) == ["org", "place"]
