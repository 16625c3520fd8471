"""PR306: full-width letters, digits and marks copied into a Latin-script release ('ＡＰ
531', '（incl. tax）', 'Dec. 12，2026'); a Japanese or Korean release, full-width forms
beside a letter of those scripts, a glossary name in another width (PR102) and
addresses stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nMinato Denki,ミナト電機,org\n"


def _findings(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR306", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Flight ＡＰ 531 departs at 09:40.\n", [("ＡＰ", "AP")]),
        ("The kit costs $120（incl. tax）.\n", [("（", "("), ("）", ")")]),
        ("The store opened on Dec. 12，2026.\n", [("，", ",")]),
        ("Orders open on December １０.\n", [("１０", "10")]),
        ("The plant opens in May。\n", [("。", ".")]),
    ],
)
def test_full_width_forms_in_an_english_release(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert _findings(run_cli, tmp_path, "en.txt", text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "ミナト電機（本社：札幌市）は、ＡＰ531便を発表しました。\n"),
        ("ko.txt", "한빛상사（대표 김도윤）는 신제품을 출시했다.\n"),
        ("en.txt", "The series is called 「港の記憶」 in Japan.\n"),
        ("en.txt", "The 「ミナト電機」 brand and ＡＢＣ株式会社 are Japanese names.\n"),
        ("en.txt", "Prices in Japan are ¥4,290,000 (incl. tax), about US$28,000.\n"),
    ],
)
def test_cjk_releases_quoted_cjk_and_addresses_stay_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _findings(run_cli, tmp_path, name, text) == []


def test_fix_writes_the_half_width_form(run_cli: Cli, tmp_path: Path) -> None:
    release = tmp_path / "en.txt"
    release.write_text("Flight ＡＰ 531 departs at 09:40.\n", encoding="utf-8")
    run_cli(
        "check", str(release), "--select", "PR306", "--no-cache", "--source-lang", "en",
        "--diff", "--unsafe",
    )  # fmt: skip
    assert release.read_text(encoding="utf-8") == "Flight ＡＰ 531 departs at 09:40.\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("예산은 １조 500억원이다.\n", [("１", "1")]),
        ("신청은 ２０２７년 1월 4일부터 받는다.\n", [("２０２７", "2027")]),
        ("ＫＴＸ 노선을 늘린다.\n", [("ＫＴＸ", "KTX")]),
    ],
)
def test_full_width_digits_and_letters_in_a_korean_release(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert _findings(run_cli, tmp_path, "ko.txt", text) == found


@pytest.mark.parametrize(
    "text",
    [
        "한빛상사（대표 김도윤）는 신제품을 출시했다.\n",
        "일본 측 명칭은 「ミナト電機１号」이다.\n",
        "예산은 1조 500억원이다.\n",
    ],
)
def test_korean_brackets_and_quoted_japanese_stay_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _findings(run_cli, tmp_path, "ko.txt", text) == []


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        # a Japanese or Korean release: one number in both widths (a recall notice's
        # toll-free number), made even to the width most of its digits have
        ("ja.txt", "フリーダイヤル：０１２０-381-472\n", [("０１２０-381-472", "0120-381-472")]),
        ("ja.txt", "受付開始は２０2７年３月４日です。\n", [("２０2７", "２０２７")]),
        # (Korean sets its digits half width: the full-width ones are reported alone)
        ("ko.txt", "수신자 부담 전화: 0120-３８１-472\n", [("３８１", "381")]),
        # one width to each number is the house's choice
        ("ja.txt", "フリーダイヤル：０１２０－３８１－４７２（9:00～17:00）\n", []),
        ("ja.txt", "対象台数は61,223台、うち国内は４万台です。\n", []),
    ],
)
def test_a_number_in_two_widths_in_a_cjk_release(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _findings(run_cli, tmp_path, name, text) == found
