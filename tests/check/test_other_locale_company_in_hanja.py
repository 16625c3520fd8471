"""PR106: a glossary company or body written in Han in a Korean release ('星野百貨店
긴자점') is the Japanese form left in, the glossary's Korean form being Hangul: Hanja
abbreviate a country or a word in Korean ('日', '韓中'), never spell a company's name. A
name glossed in a bracket ('호시노백화점(星野百貨店)'), a short form of two letters and a
Japanese release stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\nHoshino Department Store,星野百貨店,호시노백화점,org\nToho Bank,東邦,도호,org\n"
)


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR106,PR201")


def test_company_in_hanja(run_cli: Run, tmp_path: Path) -> None:
    text = "星野百貨店 긴자점 사토 유이치 점장은 수요가 늘고 있다고 전했다.\n"
    assert _found(run_cli, tmp_path, "ko.txt", text) == [("PR106", "星野百貨店")]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ko.txt", "호시노백화점(星野百貨店) 긴자점에서 팝업을 연다.\n"),
        ("ko.txt", "東邦 측은 입장을 밝히지 않았다.\n"),
        ("ja.txt", "星野百貨店銀座店でポップアップを開きます。\n"),
        ("ko.txt", "호시노백화점 긴자점에서 팝업을 연다.\n"),
    ],
)
def test_silent(run_cli: Run, tmp_path: Path, name: str, text: str) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
