"""A Google Sheets glossary that fills a language by a formula (=GOOGLETRANSLATE,
=IMPORTRANGE from the master sheet) and was downloaded before the formula finished holds
'Loading...' in that cell: it became the approved form, and every translation of the
name was reported as missing 'Loading...' (PR401)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv

Run = Callable[..., Result]


@pytest.mark.parametrize("value", ["Loading...", "Loading…", "LOADING..."])
def test_a_formula_still_computing_is_an_empty_cell_with_a_warning(value: str) -> None:
    parsed = parse_csv(f"en,ja,kind\nKii Strait,{value},place\n", "sheet.csv")
    (entry,) = parsed.entries
    assert entry.term("ja") is None and entry.approved("en") == "Kii Strait"
    (said,) = [p for p in parsed.problems if p.code == "formula-error"]
    assert said.line == 2 and "Google Sheets" in said.message


def test_the_translation_is_not_held_to_it(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text("en,ja,kind\nKii Strait,Loading...,place\n", encoding="utf-8")
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "The cable crosses the Kii Strait."\n'
        'msgstr "ケーブルは紀伊水道を横断します。"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    assert json.loads(result.stdout)["findings"] == []
