"""PR106: a glossary title written in Han in a Korean release ('常務執行役員은', a Japanese
partner's officer quoted with his own title) is the Japanese form left in, the glossary's
Korean form being Hangul, as a company's name in Hanja is. A title glossed in a bracket,
one of two letters and a Japanese release stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\nManaging Executive Officer,常務執行役員,상무집행임원,title\n"
    "President,社長,사장,title\nYuichi Takahashi,高橋雄一,다카하시 유이치,person\n"
)


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR106,PR201")


def test_title_in_hanja(run_cli: Run, tmp_path: Path) -> None:
    text = '다카하시 유이치 常務執行役員은 "참여하게 되어 기쁘다"고 말했다.\n'
    assert _found(run_cli, tmp_path, "ko.txt", text) == [("PR106", "常務執行役員")]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ko.txt", '다카하시 유이치 상무집행임원(常務執行役員)은 "기쁘다"고 말했다.\n'),
        ("ko.txt", "다카하시 社長은 말했다.\n"),
        ("ja.txt", "高橋雄一常務執行役員は「うれしい」と述べた。\n"),
        ("ko.txt", '다카하시 유이치 상무집행임원은 "기쁘다"고 말했다.\n'),
    ],
)
def test_silent(run_cli: Run, tmp_path: Path, name: str, text: str) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
