"""Two cell shapes of several forms that were read as one form no text holds: Japanese
or Korean words for one thing listed with '、' ('食品ロス、フードロス'), and an acronym
after a slash with no spaces ('최고지속가능성책임자/CSO'). Every translation was then
reported for a missing approved form. A slash or a '、' that belongs to the name, or
joins a title's words, still makes one form."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import several_forms

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("cell", "forms"),
    [
        ("温室効果ガス、温暖化ガス", ["温室効果ガス", "温暖化ガス"]),
        ("再生可能エネルギー、再エネ", ["再生可能エネルギー", "再エネ"]),
        ("탄소 배출권、배출권", ["탄소 배출권、배출권"]),  # the one inside the other
        ("해상풍력、해상 풍력발전", ["해상풍력", "해상 풍력발전"]),
        ("最高データ責任者/CDO", ["最高データ責任者", "CDO"]),
        ("최고데이터책임자/CDO", ["최고데이터책임자", "CDO"]),
        ("Chief Data Officer/CDO", ["Chief Data Officer", "CDO"]),
        # one form as written
        ("取締役、常務執行役員", ["取締役、常務執行役員"]),
        ("取締役、代表取締役", ["取締役、代表取締役"]),
        ("読み、書き、そろばん", ["読み、書き、そろばん"]),
        ("KR/노바 파트너스", ["KR/노바 파트너스"]),
        ("TCP/IP", ["TCP/IP"]),
        ("AC/DC Partners", ["AC/DC Partners"]),
    ],
)
def test_forms_listed_in_a_cell(cell: str, forms: list[str]) -> None:
    assert several_forms(cell) == forms


def test_a_translation_with_either_synonym_passes(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "terms.csv"
    sheet.write_text(
        "en,ja,ko,kind\ngreenhouse gas,温室効果ガス、温暖化ガス,온실가스,term\n"
        "Chief Data Officer,最高データ責任者,최고데이터책임자/CDO,title\n",
        encoding="utf-8",
    )
    for lang, text in (
        ("ja", "同社は温暖化ガスの排出量を公表した。"),
        ("ko", "최고데이터책임자는 회사의 온실가스 배출량을 공개했다."),
    ):
        po = tmp_path / f"{lang}.po"
        po.write_text(
            f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
            '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "The Chief Data Officer published its greenhouse gas emissions."\n'
            f'msgstr "{text}"\n',
            encoding="utf-8",
        )
    ja, ko = tmp_path / "ja.po", tmp_path / "ko.po"
    result = run_cli("check", str(ko), "-g", str(sheet), "--no-cache", "--format", "json")
    assert json.loads(result.stdout)["findings"] == [], result.stdout
    result = run_cli("check", str(ja), "-g", str(sheet), "--no-cache", "--format", "json")
    codes = [(f["code"], f["message"]) for f in json.loads(result.stdout)["findings"]]
    assert not [c for c in codes if "greenhouse" in c[1]], codes
