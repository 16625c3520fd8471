"""PR308: a Japanese or Korean particle typed twice, as an edit that retypes a word's
ending leaves it ('ケアミのの主な機能', 'ケアミの の主な機能', '소라노는는'), is reported and
the fix removes the second. Japanese only between a kanji, katakana or Latin word and a
kanji or katakana one (before hiragana the second may open a word: 'ケアミののぼり旗';
'を' opens none),
or with a space between, which Japanese never sets there; not 'のの字'. Korean only '는'
and '를', which open no word: '서울에에너지' is a space left out, another slip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nCarumi,ケアミ,케어미,brand\n"


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "ケアミのの主な機能は次のとおりです。\n", ["の"]),
        ("ja.txt", "ケアミの の主な機能は次のとおりです。\n", [" の"]),
        ("ja.txt", "職員のスマートフォンにに通知します。\n", ["に"]),
        ("ja.txt", "新製品をを発表しました。\n", ["を"]),
        # 'を' opens no word, so before hiragana it is still typed twice
        ("ja.txt", "本契約により、MNS-204ををより早くお届けします。\n", ["を"]),
        ("ja.txt", "新製品ををぜひお試しください。\n", ["を"]),
        ("ja.txt", "東京と　と大阪で実証します。\n", ["\u3000と"]),
        ("ko.txt", "케어미는는 야간 순회를 돕는다.\n", ["는"]),
        ("ko.txt", "실증 계획를를 발표했다.\n", ["를"]),
        # once; before hiragana a word may start with it; the letter's shape
        ("ja.txt", "ケアミの主な機能は次のとおりです。\n", []),
        ("ja.txt", "店頭にケアミののぼり旗を立てます。\n", []),
        ("ja.txt", "駅前ににぎわいを取り戻します。\n", []),
        ("ja.txt", "指でのの字を書くように動かします。\n", []),
        ("ja.txt", "ケアミのの字形ロゴを使います。\n", []),
        ("ja.txt", "「あはは」と笑顔を見せ、その後に話しました。\n", []),
        ("ko.txt", "서울에에너지 센터를 연다.\n", []),
        ("ko.txt", "소라노가가장 먼저 도입했다.\n", []),
        ("ko.txt", "케어미는 야간 순회를 돕는다.\n", []),
    ],
)
def test_a_particle_typed_twice(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR308") == [
        ("PR308", f) for f in found
    ]


def test_the_fix_removes_the_second_particle(run_cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ja.txt"
    release.write_text("ケアミの の主な機能は次のとおりです。\n", encoding="utf-8")
    run_cli("check", str(release), "-g", str(tmp_path / "g.csv"), "--select", "PR308", "--fix")
    assert release.read_text(encoding="utf-8") == "ケアミの主な機能は次のとおりです。\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after a glossary name, one finding: PR308's, not PR107's too
        ("케어미는는 야간 순회를 돕는다.\n", [("PR308", "는")]),
        # a particle twice that PR308 leaves alone stays PR107's
        ("케어미은은 야간 순회를 돕는다.\n", [("PR107", "은은")]),
    ],
)
def test_one_finding_after_a_glossary_name(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR107,PR308") == found
