"""PR102: a glossary name written with its kana in the other script ('ミナト電機' for
'みなと電機'), or a katakana term with a dash typed for its long mark ('パワ－マックス' for
'パワーマックス'), went unreported: the matcher compares forms as written, a dash cuts a
katakana word in two for the one-kana slip readers, and the typography check leaves a
dash between two katakana words alone (it cannot tell a term from two words joined)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from check_support import cli_found

from prlocalize.rules.kana_forms import fold

SHEET = """\
en,ja,ko,kind
"Minato Denki Co., Ltd.",株式会社みなと電機,미나토전기 주식회사,organization
Hikari Tsushin,ひかり通信,히카리통신,organization
PowerMax,パワーマックス,파워맥스,brand
MH Power Solutions,MHパワーソリューションズ,MH파워솔루션즈,brand
Tsukuba,つくば市,쓰쿠바시,place
Sakura,さくら,사쿠라,brand
Sakura Aoi,葵 さくら,아오이 사쿠라,person
Resort,リゾート,리조트,term
"""

Run = Callable[..., Any]


def _found(run_cli: Run, tmp_path: Path, sentence: str, sheet: str = SHEET) -> list[tuple]:
    text = f"<html lang='ja'><body><p>{sentence}</p></body></html>"
    fields = ("code", "found", "suggestion")
    return cli_found(run_cli, tmp_path, sheet, "r.html", text, "PR1,PR3", fields)


@pytest.mark.parametrize(
    ("sentence", "found", "suggestion"),
    [
        ("ミナト電機は本日、新製品を発表しました。", "ミナト電機", "みなと電機"),
        ("株式会社ミナト電機は大阪の会社です。", "株式会社ミナト電機", "株式会社みなと電機"),
        ("ヒカリ通信と提携しました。", "ヒカリ通信", "ひかり通信"),
        ("ツクバ市に工場を建設します。", "ツクバ市", "つくば市"),
        ("新製品「パワ－マックス」を発売します。", "パワ－マックス", "パワーマックス"),
        ("新製品「パワ-マックス」を発売します。", "パワ-マックス", "パワーマックス"),
        ("新製品「パワ一マックス」を発売します。", "パワ一マックス", "パワーマックス"),
        (
            "合弁会社「MHパワ‐ソリューションズ」を設立します。",
            "MHパワ‐ソリューションズ",
            "MHパワーソリューションズ",
        ),
    ],
)
def test_kana_in_the_other_script_or_a_dash_for_the_long_mark_is_reported(
    run_cli: Run, tmp_path: Path, sentence: str, found: str, suggestion: str
) -> None:
    assert _found(run_cli, tmp_path, sentence) == [("PR102", found, suggestion)]


@pytest.mark.parametrize(
    "sentence",
    [
        "株式会社みなと電機は本日、新製品を発表しました。",
        "新製品「パワーマックス」を発売します。",
        # a name of kana alone is a common word in the other script ('サクラ' blossoms)
        "サクラの季節に合わせて発売します。",
        # a person in the other script may be another person
        "葵 サクラさんが登壇しました。",
        # the name inside a longer katakana word is another word
        "ヨコハマミナト電機商会とは関係ありません。",
        # two katakana words joined by a hyphen, no term of the sheet
        "パワ-ステーションを設置します。",
    ],
)
def test_names_written_as_the_sheet_writes_them_or_other_words_are_left_alone(
    run_cli: Run, tmp_path: Path, sentence: str
) -> None:
    assert _found(run_cli, tmp_path, sentence) == []


def test_a_variant_the_sheet_accepts_is_no_slip(run_cli: Run, tmp_path: Path) -> None:
    accepted = "en,ja,variants:ja,kind\nHikari Tsushin,ひかり通信,ヒカリ通信,organization\n"
    assert _found(run_cli, tmp_path, "ヒカリ通信と提携しました。", accepted) == []


def test_a_dash_the_typography_check_reports_is_not_reported_twice(
    run_cli: Run, tmp_path: Path
) -> None:
    # 'リゾ-ト': one kana before the dash, the long mark's place (PR301 says it)
    assert _found(run_cli, tmp_path, "新しいリゾ-トを開業します。") == [("PR301", "-", "ー")]


def test_the_suggested_fix_writes_the_glossary_form(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "g.csv").write_text(SHEET, encoding="utf-8")
    release = tmp_path / "r.md"
    release.write_text("ミナト電機は新製品「パワ－マックス」を発売します。\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(tmp_path / "g.csv"), "--diff", "--unsafe")
    assert "+みなと電機は新製品「パワーマックス」を発売します。" in result.output


def test_folding_keeps_every_letter_where_it_was() -> None:
    text = "MHパワ－ソリューションズ、ミナト電機、ゼロ-1"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "MHぱわーそりゅーしょんず、みなと電機、ぜろ-1"
