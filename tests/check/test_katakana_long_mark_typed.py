"""PR301: a hyphen, minus or the kanji '一' typed for the long mark 'ー' of a katakana
word ('テラス-ム', 'サ－ビス', 'ギャラリ-を', 'カ一ド') is stray; the fix suggests 'ー'. A
hyphen joining two katakana words, a route, a model number, a count ('ドア一つ') and
the prolonged mark itself stay alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    release = tmp_path / "ja.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR301", "--no-cache", "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("全室にテラス-ムを備えます。\n", [("-", "ー")]),
        ("新しいサ－ビスを始めます。\n", [("－", "ー")]),
        ("館内のギャラリ-をご覧ください。\n", [("-", "ー")]),
        ("お支払いはカ一ドでも承ります。\n", [("一", "ー")]),
        ("名称：港のコンピュ‐タ博物館\n", [("‐", "ー")]),
    ],
)
def test_a_long_mark_typed_as_a_hyphen(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "ゼロ-エミッションの船を導入します。\n",
        "画家のアサンテ-ボアテングが来日します。\n",
        "ソウル-釜山間の直行便を増やします。\n",
        "新型モデル-X2を発売します。\n",
        "ドア一つで仕切ります。\n",
        "ジャン-ポールが登壇します。\n",
        "サービスとエネルギーとカードを使います。\n",
        "詳細は https://example.jp/サ-ビス をご覧ください。\n",
    ],
)
def test_hyphens_that_are_no_long_mark(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []


# the other way round: the long mark typed for a hyphen between figures or Latin letters
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("新路線はボーイング737ー800型機で運航します。\n", [("ー", "-")]),
        ("お問い合わせ：03ー5700ー1234\n", [("ー", "-"), ("ー", "-")]),
        ("機材はA321ーneoです。\n", [("ー", "-")]),
        ("コーヒーとデータ、ボーイング737-800型機、A321neo。\n", []),
        ("スーパーSALEは8月まで。\n", []),
    ],
)
def test_a_hyphen_typed_as_the_long_mark(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, text) == found
