"""PR308: a Japanese glossary place's suffix typed twice after it ('論山市市のスマート農業
企業', '栃木県県と'), before what opens no word with it, is reported and the fix removes the
second; a suffix that opens the next word ('市川市市民会館', '論山市市内'), the suffix once
and a place that is no glossary place are left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\nNonsan,論山市,논산시,place\nTochigi Prefecture,栃木県,도치기현,place\n"
    "Ichikawa,市川市,이치카와시,place\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("韓国・論山市市のスマート農業企業と提携しました。\n", ["市"]),
        ("本社は栃木県県と東京都にあります。\n", ["県"]),
        ("栃木県県、群馬県で販売します。\n", ["県"]),
        # once; a word that starts with the suffix; a place of no glossary
        ("韓国・論山市のスマート農業企業と提携しました。\n", []),
        ("市川市市民会館で開催します。\n", []),
        ("論山市市内の契約農家に広げます。\n", []),
        ("横浜市市場で販売します。\n", []),
        ("大阪市市の職員が参加しました。\n", []),
    ],
)
def test_a_place_suffix_typed_twice(
    run_cli: Cli, tmp_path: Path, text: str, found: list[str]
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR308") == [
        ("PR308", f) for f in found
    ]
