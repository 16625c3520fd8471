"""PR103: a brand the glossary writes with one trademark sign ('Tidewell Pro™') written
with another ('Tidewell Pro®', '타이드웰 프로 ®'), in a headline or in prose, first
mention or not. The glossary's own sign, a bare later mention and a sign after a longer
word are left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Tidewell Pro™,タイドウェル・プロ™,타이드웰 프로™,brand\n"
    "Orvane®,オルヴェイン®,오르베인®,brand\n"
)


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache"
    )
    return [(f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.md",
            "# Harlow Instruments Ships Tidewell Pro® to Fish Farms\n\n"
            "Harlow Instruments today began shipping Tidewell Pro™, a water-quality sensor.\n",
            [("PR103", "Tidewell Pro®", "Tidewell Pro™")],
        ),
        (
            "en2.txt",
            "Harlow Instruments today launched Tidewell Pro™. Later mentions of Tidewell "
            "Pro® keep the wrong sign, and Orvane™ too.\n",
            [("PR103", "Tidewell Pro®", "Tidewell Pro™"), ("PR103", "Orvane™", "Orvane®")],
        ),
        (
            "ja.txt",
            "ハーロウ・インスツルメンツは、水質センサー「タイドウェル・プロ®」を発売しました。\n",
            [("PR103", "タイドウェル・プロ®", "タイドウェル・プロ™")],
        ),
        (
            "ko.txt",
            "할로인스트루먼츠는 수질 센서 타이드웰 프로 ®를 출시했다.\n",
            [("PR103", "타이드웰 프로 ®", "타이드웰 프로™")],
        ),
    ],
)
def test_another_sign_is_reported(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Instruments today launched Tidewell Pro™ and Orvane®. Tidewell Pro ships "
        "in May; Orvane follows.\n",
        "The Tidewell Pros® of a rival are another product.\n",
    ],
)
def test_the_glossary_sign_and_other_words_are_left_alone(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, "ok.txt", text) == []
