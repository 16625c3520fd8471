"""PR102: a Western name in Hangul whose closing k, t or p the release writes as the
final of the syllable before where the glossary writes a syllable of its own ('에바
노박' for '에바 노바크', '마르틴 코박은' for '마르틴 코바크'), or the other way round, is
the name in another transcription; the glossary's form as written, a name that differs
otherwise ('에바 노바', '데이비드' for '다비드') and another given name stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Eva Novak,エヴァ・ノヴァク,에바 노바크,person\n"
    "Martin Kovac,マルティン・コヴァチ,마르틴 코박,person\n"
    "David Laurent,ダヴィッド・ローラン,다비드 로랑,person\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return cli_found(
        run_cli,
        tmp_path,
        GLOSSARY,
        "ko.txt",
        text,
        None,
        ("code", "found", "suggestion"),
        code="PR102",
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("연사: 에바 노박 연구본부장\n", ("PR102", "에바 노박", "에바 노바크")),
        ("에바 노박은 1월 서울을 찾는다.\n", ("PR102", "에바 노박", "에바 노바크")),
        ("마르틴 코바크 본부장이 참석한다.\n", ("PR102", "마르틴 코바크", "마르틴 코박")),
    ],
)
def test_the_closing_consonant_written_the_other_way(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "에바 노바크 본부장과 마르틴 코박 본부장이 참석한다.\n",
        "에바 노바 씨가 참석한다.\n",
        "데이비드 로랑 씨가 참석한다.\n",
        "안나 노박 씨가 참석한다.\n",
    ],
)
def test_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
