"""PR101 on a Korean name run into a sheet's title that names its body ('박지훈한빛화학
대표이사는' for the sheet's '한빛화학 대표이사'): the matcher finds the longer title there,
not the company inside it, so the name glued to the company was not looked at. A name set
apart, or with a particle, is left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Hanbit Chemical,ハンビット化学,한빛화학,org\n"
    "Park Ji-hoon,朴志勲,박지훈,person\n"
    '"CEO, Hanbit Chemical",ハンビット化学 代表取締役,한빛화학 대표이사,title\n'
)


def test_a_name_glued_to_a_body_title_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = '박지훈한빛화학 대표이사는 "일상을 되찾기를 바란다"고 말했다.\n'
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR101") == [
        ("PR101", "박지훈한빛화학 대표이사")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '박지훈 한빛화학 대표이사는 "일상을 되찾기를 바란다"고 말했다.\n',
        '한빛화학 대표이사 박지훈은 "일상을 되찾기를 바란다"고 말했다.\n',
        "박지훈은 한빛화학 대표이사로 일한다.\n",
    ],
)
def test_a_name_set_apart_is_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR101") == []
