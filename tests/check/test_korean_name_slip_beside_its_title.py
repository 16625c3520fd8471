"""PR102: a Korean name with one syllable changed into another that names are made of
('박도운' for '박도윤') is another person as often as a slip, but not where the title
after it, right after it or after a company, is the title the release gives the glossary
name itself ('박도운 한결전력 사장은' beside '(사장 박도윤)'): one office, one person. A
name with another title or one several hold ('상무'), with another company, another name
before the title, or a release that never writes the name right stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ko,kind\nDo-yoon Park,박도윤,person\nHangyeol Power,한결전력,org\nPresident,사장,title\n"
)
LEAD = "한결전력(사장 박도윤)은 3일 계약을 체결했다.\n\n"


def _found(run_cli: Run, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, "ko.txt", text, "PR102")


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "박도운 한결전력 사장은 기쁘다고 말했다.\n",
        LEAD + "박도운 사장은 기쁘다고 말했다.\n",
        "박도윤 한결전력 사장이 서명했다.\n\n박도운 사장은 말했다.\n",
    ],
)
def test_slip_beside_the_names_title(run_cli: Run, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == [("PR102", "박도운")]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "박도운 부사장은 기쁘다고 말했다.\n",
        LEAD + "박도운은 박도윤 사장과 함께 왔다.\n",
        "박도운 한결전력 사장은 기쁘다고 말했다.\n",
        LEAD + "박도운 씨는 행사에 참석했다.\n",
        LEAD + "박도운 아사기리상사 사장은 기쁘다고 말했다.\n",
        "박도윤 상무와 박도운 상무가 참석했다.\n",
    ],
)
def test_silent(run_cli: Run, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
