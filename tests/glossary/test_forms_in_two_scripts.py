"""A Japanese or Korean cell that gives a brand's name in its own letters and in Latin
letters, joined by '、' or a semicolon ('ミズホライト、MizuhoLight'): two forms, since a
translation writes one or the other, never both with the separator."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv, several_forms

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("cell", "forms"),
    [
        ("ミズホライト、MizuhoLight", ["ミズホライト", "MizuhoLight"]),
        ("ミズホライト プラス; MizuhoLight Plus", ["ミズホライト プラス", "MizuhoLight Plus"]),
        ("미즈호라이트；MizuhoLight", ["미즈호라이트", "MizuhoLight"]),
        # one script throughout, or a part of both: one form as written
        ("取締役、常務執行役員", ["取締役、常務執行役員"]),
        ("Heron; Finch Partners", ["Heron; Finch Partners"]),
        ("ミズホ Light、MizuhoLight", ["ミズホ Light、MizuhoLight"]),
        # an acronym after a person's name is a title, no form of the name
        ("水野 瑞穂、CEO", ["水野 瑞穂、CEO"]),
        ("最高技術責任者；CTO", ["最高技術責任者", "CTO"]),
    ],
)
def test_a_name_in_two_scripts(cell: str, forms: list[str]) -> None:
    assert several_forms(cell) == forms


def test_the_first_is_approved_the_other_a_variant_and_lint_says_so() -> None:
    parsed = parse_csv("en,ja,kind\nMizuhoLight,ミズホライト、MizuhoLight,brand\n", "g.csv")
    (entry,) = parsed.entries
    assert entry.approved("ja") == "ミズホライト"
    assert entry.term("ja").variants == ("MizuhoLight",)
    assert [p.code for p in parsed.problems] == ["several-forms"]


@pytest.mark.parametrize("written", ["ミズホライト", "MizuhoLight"])
def test_a_translation_with_either_form_passes(run_cli: Run, tmp_path: Path, written: str) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text("en,ja,kind\nMizuhoLight,ミズホライト、MizuhoLight,brand\n", encoding="utf-8")
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "The MizuhoLight lamp goes on sale in May."\n'
        f'msgstr "照明器具{written}は5月に発売されます。"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    assert json.loads(result.stdout)["findings"] == [], result.stdout
