"""A kind kept in a multi-select field of Airtable or Notion comes out of its CSV export
as the options joined by commas ('Person, Executive', 'org, client'): the one option
that is a kind is the row's kind; a cell naming two kinds is still refused."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.problems import Level

SHEET = """kind,en,ja,ko
"Person, Executive",Ritsuko Aizawa,相沢 律子,아이자와 리쓰코
"org, client","Hanamura Beverage Co., Ltd.",花村飲料株式会社,하나무라음료
"Brand, Product",Yuzu Sparkling Tea,ゆずスパークリングティー,유자 스파클링 티
"""


def test_the_one_kind_among_the_options_is_the_rows_kind() -> None:
    parsed = parse_csv(SHEET, "notion.csv")
    assert not [p for p in parsed.problems if p.level is Level.ERROR]
    assert [e.kind.value for e in parsed.entries] == ["person", "org", "brand"]


def test_options_naming_two_kinds_are_refused_naming_the_line() -> None:
    parsed = parse_csv('kind,en,ja\n"person, org",Kumo,雲\n', "notion.csv")
    (problem,) = [p for p in parsed.problems if p.level is Level.ERROR]
    assert (problem.code, problem.line) == ("unknown-kind", 2)
