"""A sheet names a company's former name in the cell's note ('※旧社名：…', '（旧：…）',
'(formerly …)'): the note was left out, so a release that still used the old name for
the company passed. It is now a forbidden form; a text that cites it as the former
name, a release or a translation alike, is not reported (PR402 reported such a
translation even for a sheet's 'forbidden:ja' column)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv

Run = Callable[..., Result]

SHEET = (
    "en,ja,kind\n"
    "Tsugane Rail,津金鉄道株式会社\u3000※旧社名：津金軌道株式会社,org\n"
    '"Brightwell Pantry (formerly Copperleaf Pantry)",'
    "ブライトウェル・パントリー（旧：カッパーリーフ）,brand\n"
)


def test_a_former_name_in_a_note_is_a_forbidden_form() -> None:
    entries = parse_csv(SHEET, "g.csv").entries
    assert [(e.approved("ja"), e.term("ja").forbidden) for e in entries] == [  # type: ignore[union-attr]
        ("津金鉄道株式会社", ("津金軌道株式会社",)),
        ("ブライトウェル・パントリー", ("カッパーリーフ",)),
    ]
    assert entries[1].term("en").forbidden == ("Copperleaf Pantry",)  # type: ignore[union-attr]


def _po(tmp_path: Path, msgid: str, msgstr: str) -> Path:
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n',
        encoding="utf-8",
    )
    return po


@pytest.mark.parametrize(
    ("msgstr", "found"),
    [
        ("津金軌道株式会社は新型車両を導入します。", ["津金軌道株式会社"]),
        ("津金鉄道株式会社（旧社名：津金軌道株式会社）は新型車両を導入します。", []),
    ],
)
def test_the_old_name_used_is_reported_and_cited_is_not(
    run_cli: Run, tmp_path: Path, msgstr: str, found: list[str]
) -> None:
    sheet = tmp_path / "g.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    po = _po(tmp_path, "Tsugane Rail will introduce new trains.", msgstr)
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["found"] for f in findings if f["code"] == "PR402"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Copperleaf Pantry opens a store in Osaka.\n", ["Copperleaf Pantry"]),
        ("Brightwell Pantry (formerly Copperleaf Pantry) opens a store in Osaka.\n", []),
    ],
)
def test_a_release_using_the_old_name(
    run_cli: Run, tmp_path: Path, text: str, found: list[str]
) -> None:
    sheet = tmp_path / "g.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    release = tmp_path / "news.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["found"] for f in findings if f["code"] == "PR103"] == found


def test_a_translation_citing_a_forbidden_column_form_is_no_pr402(
    run_cli: Run, tmp_path: Path
) -> None:
    sheet = tmp_path / "g.csv"
    sheet.write_text(
        "en,ja,kind,forbidden:ja\nTsugane Rail,津金鉄道株式会社,org,津金軌道株式会社\n",
        encoding="utf-8",
    )
    po = _po(
        tmp_path,
        "Tsugane Rail (formerly Tsugane Tramway) will introduce new trains.",
        "津金鉄道株式会社（旧社名：津金軌道株式会社）は新型車両を導入します。",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == []
