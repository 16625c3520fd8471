"""PR105: a Korean name titled after its company ('박도윤 한결전력 사장은', as a quote's
lead writes it) counts as the full name given that title, so a rung typed for its
neighbour elsewhere ('한결전력(부사장 박도윤)' beside it twice) is reported. A word between
that is no glossary body, and one rung throughout, stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ko,kind\nDo-yoon Park,박도윤,person\nHangyeol Power,한결전력,org\nPresident,사장,title\n"
)
QUOTE = "박도윤 한결전력 사장은 기쁘다고 말했다.\n\n"


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR105")


def test_rung_beside_the_title_after_the_company(run_cli: Cli, tmp_path: Path) -> None:
    text = "한결전력(부사장 박도윤)은 계약했다.\n\n" + QUOTE + "박도윤 한결전력 사장은 덧붙였다.\n"
    assert _found(run_cli, tmp_path, text) == [("PR105", "부사장 박도윤")]


@pytest.mark.parametrize(
    "text",
    [
        "한결전력(사장 박도윤)은 계약했다.\n\n" + QUOTE,
        "한결전력(부사장 박도윤)은 계약했다.\n\n박도윤 전 대표 사장은 말했다.\n\n"
        "박도윤 전 대표 사장은 덧붙였다.\n",
    ],
)
def test_silent(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
