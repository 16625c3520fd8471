"""PR102: a Western name in Hangul whose 'l' between vowels the release writes with one
ㄹ where the glossary writes ㄹㄹ ('아리아 바렌' for '아리아 발렌', Aria Valen), or the other
way round ('엘런 말로' for '엘런 마로'), is the name in another transcription; it went
unreported where the release did not also write the glossary's form. The glossary's form,
a name that differs otherwise ('아리아 벨렌') and another given name stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = "en,ko,kind\nAria Valen,아리아 발렌,person\nEllen Maro,엘런 마로,person\n"


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return cli_found(
        run_cli, tmp_path, GLOSSARY, "ko.txt", text, None, ("code", "found", "suggestion"),
        code="PR102",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "이벤트로 아리아 바렌이 게스트 캐릭터로 등장한다.\n",
            ("PR102", "아리아 바렌", "아리아 발렌"),
        ),
        ("엘런 말로가 내한한다.\n", ("PR102", "엘런 말로", "엘런 마로")),
    ],
)
def test_the_l_written_the_other_way(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "이벤트로 아리아 발렌이 게스트 캐릭터로 등장하고, 엘런 마로가 내한한다.\n",
        "아리아 벨렌이 게스트 캐릭터로 등장한다.\n",
        "소피아 바렌이 게스트 캐릭터로 등장한다.\n",
    ],
)
def test_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
