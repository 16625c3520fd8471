"""Marks a hand-kept sheet writes into a form's cell: a note after '※', a retired form
listed beside the current one ('旧: …', '… (old)'), and Excel's text apostrophe. Read
as written they made an approved form no release holds (every translation of the name
reported), a retired name accepted as a variant, or a brand that never matched."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.cellmarks import excel_text_mark, retired_form
from prlocalize.glossary.csvfile import parse_csv

Run = Callable[..., Result]


def test_a_note_after_a_reference_mark_is_no_part_of_the_form() -> None:
    parsed = parse_csv(
        "en,ja,kind\nTsugane Rail,津金鉄道株式会社\u3000※旧社名：津金軌道株式会社,org\n", "g.csv"
    )
    (entry,) = parsed.entries
    assert entry.approved("ja") == "津金鉄道株式会社"
    (note,) = [p for p in parsed.problems if p.code == "note-in-cell"]
    assert note.column == "ja" and "津金軌道株式会社" in note.message


@pytest.mark.parametrize(
    ("cell", "current", "old"),
    [
        ("Brightwell Pantry; Copperleaf Pantry (old)", "Brightwell Pantry", "Copperleaf Pantry"),
        (
            "ブライトウェル・パントリー; 旧: カッパーリーフ",
            "ブライトウェル・パントリー",
            "カッパーリーフ",
        ),
        ("브라이트웰 팬트리\n코퍼리프(구)", "브라이트웰 팬트리", "코퍼리프"),
        (
            "Brightwell Pantry / Copperleaf Pantry [do not use]",
            "Brightwell Pantry",
            "Copperleaf Pantry",
        ),
    ],
)
def test_a_retired_form_in_the_cell_is_forbidden(cell: str, current: str, old: str) -> None:
    quoted = '"' + cell + '"'
    (entry,) = parse_csv(f"en,kind\n{quoted},brand\n", "g.csv").entries
    term = entry.term("en")
    assert (term.text, term.forbidden) == (current, (old,))
    assert not any(old in variant for variant in term.variants)


def test_a_retired_form_in_the_variants_column_is_forbidden() -> None:
    text = "ja,kind,variants:ja\n白樺ベーカリー,brand,旧: しらかばパン|シラカバ・ベーカリー\n"
    term = parse_csv(text, "g.csv").entries[0].term("ja")
    assert (term.variants, term.forbidden) == (("シラカバ・ベーカリー",), ("しらかばパン",))


@pytest.mark.parametrize(
    "form", ["旧古河庭園", "Old Town Hall", "Aoba (Europe) GmbH", "Oldham Foods"]
)
def test_words_of_a_name_are_no_retired_mark(form: str) -> None:
    assert retired_form(form) is None


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("'24/7 Fresh", "24/7 Fresh"),
        ("'=Equal Table", "=Equal Table"),
        ("'ゼロ・テーブル", "ゼロ・テーブル"),
        ("'s-Hertogenbosch", None),  # the name's own apostrophe
        ("'Ohana Kitchen", None),
        ("'quoted'", None),
    ],
)
def test_excel_text_apostrophe(cell: str, read: str | None) -> None:
    assert excel_text_mark(cell) == read


def test_a_brand_behind_excels_apostrophe_is_checked(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text("en,ja,kind\n'365 Greens,'365 Greens,brand\n", encoding="utf-8")
    po = tmp_path / "news.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "The 365 Greens box ships today."\nmsgstr "365グリーンズの箱は本日発送です。"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["code"] for f in findings if "365 Greens" in f["message"]] == ["PR401"]


def test_the_same_person_twice_with_other_notes_keeps_both() -> None:
    parsed = parse_csv(
        "en,ja,kind,note\n"
        "Ren Odagiri,小田切 蓮,person,(2026年4月～)\n"
        "Ren Odagiri,小田切 蓮,person,Head of Procurement\n"
        "Ren Odagiri,小田切 蓮,person,\n",
        "people.csv",
    )
    (entry,) = parsed.entries
    assert entry.note == "(2026年4月～); Head of Procurement"
    said = [p.message for p in parsed.problems if p.code == "repeated-term"]
    assert said[0].endswith("read once, its note joined") and said[1].endswith("read once")
