"""PR102 on a name's Latin gloss: Korean and Japanese releases introduce a product, a
brand or a company with its English name in brackets ('달모리 세라마이드 배리어 크림(DALMORI
Ceramide Barrier Cream)', '하람뷰티(Haram Beauty)'), which the glossary's English column
holds; a gloss a letter off it is misspelt. The gloss as the glossary writes it, in other
capitals, another glossary name's English and another name altogether stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "DALMORI Ceramide Barrier Cream,DALMORI Ceramide Barrier Cream,"
    "달모리 세라마이드 배리어 크림,brand\n"
    "Haram Beauty,ハラムビューティー,하람뷰티,org\n"
    "Haram Beauty Japan,ハラムビューティージャパン,하람뷰티재팬,org\n"
)


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR102")


@pytest.mark.parametrize(
    ("name", "text", "slip"),
    [
        (
            "ko.txt",
            "달모리 세라마이드 배리어 크림(DALMORI Ceramid Barrier Cream)을 출시한다.\n",
            "DALMORI Ceramid Barrier Cream",
        ),
        ("ko.txt", "하람뷰티(Haram Beuty)가 일본에 진출한다.\n", "Haram Beuty"),
        ("ja.txt", "ハラムビューティー（Haram Beuaty）は日本に進出します。\n", "Haram Beuaty"),
    ],
)
def test_a_gloss_misspelt(run_cli: Run, tmp_path: Path, name: str, text: str, slip: str) -> None:
    assert _found(run_cli, tmp_path, name, text) == [("PR102", slip)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ko.txt", "달모리 세라마이드 배리어 크림(DALMORI Ceramide Barrier Cream)을 출시한다.\n"),
        ("ko.txt", "하람뷰티(HARAM BEAUTY)가 일본에 진출한다.\n"),
        # another name in the brackets: the company's legal name, or another entry's
        ("ko.txt", "하람뷰티(Haram Beauty Co., Ltd.)가 일본에 진출한다.\n"),
        ("ko.txt", "하람뷰티(Haram Beauty Japan)가 일본에 진출한다.\n"),
        ("ko.txt", "하람뷰티(Harim Group)는 계열사다.\n"),
    ],
)
def test_silent(run_cli: Run, tmp_path: Path, name: str, text: str) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
