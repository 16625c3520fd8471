"""A deprecated row that repeats a term's approved form to say which term it is about
('Hoshino Cable Co., Ltd.' approved, then again with '星野ケーブル' deprecated): only the
forms the term does not accept are forms not to use."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.problems import Level

SHEET = """kind,en,ja,ko,status
org,"Hoshino Cable Co., Ltd.",星野電線株式会社,호시노전선,Approved
org,"Hoshino Cable Co., Ltd.",星野ケーブル,,Deprecated
"""


def test_the_deprecated_rows_other_forms_are_forbidden_and_the_term_loads() -> None:
    parsed = parse_csv(SHEET, "terms.csv")
    assert [p for p in parsed.problems if p.level is Level.ERROR] == []
    (entry,) = parsed.entries
    assert entry.term("en").text == "Hoshino Cable Co., Ltd."
    assert entry.term("en").forbidden == ()
    assert entry.term("ja").text == "星野電線株式会社"
    assert entry.term("ja").forbidden == ("星野ケーブル",)


def test_a_deprecated_row_alone_still_forbids_every_form() -> None:
    sheet = "kind,en,ja,status\norg,Hoshino Densen,星野電線,Deprecated\n"
    (entry,) = parse_csv(sheet, "terms.csv").entries
    assert entry.term("en").forbidden == ("Hoshino Densen",)
