"""PR102 on a Japanese prefecture written with one kanji slipped ('栃本県' for '栃木県',
'崎玉県' for '埼玉県', '大坂府' for '大阪府'): the 47 prefectures are a closed list, so the
slip is found glossary or not. A word one kanji off two prefectures is the one the
release or the glossary writes right; else, and where a kanji runs into the word
('一都三県', '台湾新竹県') or the word is another ('近隣県', '都道府県'), nothing is said."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.rules.prefecture_slips import PREFECTURES, prefecture_slips

Run = Callable[..., Result]


def _slips(text: str, elsewhere: str = "") -> list[tuple[str, str]]:
    return [(s.written, s.approved[0]) for s in prefecture_slips(text, elsewhere)]


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("本社：崎玉県さいたま市", [("崎玉県", "埼玉県")]),
        ("大坂府堺市に工場を建てます。", [("大坂府", "大阪府")]),
        ("神奈河県横浜市の店舗", [("神奈河県", "神奈川県")]),
        ("愛知県と岐埠県で販売します。", [("岐埠県", "岐阜県")]),
    ],
)
def test_a_prefecture_with_a_kanji_slipped(text: str, slips: list[tuple[str, str]]) -> None:
    assert _slips(text) == slips


def test_two_near_prefectures_are_told_apart_by_what_the_release_writes() -> None:
    text = "栃本県内の導入農家では収穫量が増えました。"
    assert _slips(text) == []  # 栃木 or 熊本: which cannot be told
    assert _slips(text, "本社：栃木県宇都宮市") == [("栃本県", "栃木県")]
    assert _slips(text, "栃木県と熊本県") == []


@pytest.mark.parametrize(
    "text",
    [
        *PREFECTURES,
        "一都三県の店舗で販売します。",
        "台湾新竹県に工場があります。",
        "近隣県からの来場者も多い。",
        "全国の都道府県で実施します。",
        "同県の農家と協力します。",
        "東京都と北海道で発売します。",
        "石山県",  # 石川 or 岡山, and nothing says which
    ],
)
def test_prefectures_and_other_words_are_left_alone(text: str) -> None:
    assert _slips(text, "石川県、岡山県") == []


def test_the_check_reports_it_without_a_glossary(tmp_path: Path, run_cli: Run) -> None:
    release = tmp_path / "release.txt"
    release.write_text(
        "あおばアグリテック、論山市で稼働開始\n\n"
        "本社は栃木県宇都宮市にあります。栃本県内の農家と崎玉県の農家が参加します。\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "--format", "json")
    assert result.exit_code == 1, result.output
    findings = json.loads(result.output)["findings"]
    assert [(f["code"], f["found"], f["suggestion"]) for f in findings] == [
        ("PR102", "栃本県", "栃木県"),
        ("PR102", "崎玉県", "埼玉県"),
    ]
