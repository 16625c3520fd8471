"""Cells that say a form is missing ('-', 'N/A', 'なし', '없음', 'TBD'), as sheets fill
the languages a name has no approved form in yet: no form, never one a release must use."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries


@pytest.mark.parametrize(
    "cell", ["-", "—", "N/A", "n/a", "TBD", "なし", "該当なし", "未定", "없음", "해당 없음"]
)
def test_a_placeholder_is_an_empty_cell_and_said(cell: str) -> None:
    parsed = parse_csv(f"kind,en,ja,ko\nperson,Daichi Ono,小野 大地,{cell}\n", "sheet.csv")
    (entry,) = parsed.entries
    assert entry.term("ko") is None
    assert entry.term("ja") is not None and entry.term("ja").text == "小野 大地"
    (said,) = [p for p in parsed.problems if p.code == "placeholder"]
    assert said.line == 2 and cell in said.message


def test_placeholders_in_variant_and_forbidden_columns(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(
        "kind,en,ja,variants:ja,forbidden:ja\norg,Minami Steel,南製鋼,-,N/A\n", encoding="utf-8"
    )
    (entry,) = load_glossaries([path])
    term = entry.term("ja")
    assert term is not None and term.variants == () and term.forbidden == ()


def test_a_form_that_merely_contains_such_a_word_stays() -> None:
    parsed = parse_csv("kind,en,ja\nbrand,TBD Robotics,TBDロボティクス\n", "sheet.csv")
    (entry,) = parsed.entries
    assert entry.term("en").text == "TBD Robotics"
    assert not [p for p in parsed.problems if p.code == "placeholder"]
