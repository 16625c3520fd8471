"""A status kept with the default options of Notion or Airtable ('Not started', 'In
progress', 'In review', 'Done'): a row not finished was read as approved, with a
warning, so a term still in review was enforced in every release."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.problems import Level

SHEET = """kind,en,ja,status
brand,Yuzu Sparkling Tea,ゆずスパークリングティー,In review
brand,Hojicha Latte,ほうじ茶ラテ,In progress
brand,Matcha Soda,抹茶ソーダ,Not started
brand,Sencha Tonic,煎茶トニック,Done
"""


def test_only_a_finished_row_is_approved() -> None:
    parsed = parse_csv(SHEET, "notion.csv")
    assert [e.forms["en"].text for e in parsed.entries] == ["Sencha Tonic"]
    assert not [p for p in parsed.problems if p.level is not Level.INFO]
