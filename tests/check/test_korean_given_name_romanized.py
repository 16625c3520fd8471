"""PR102: a Korean given name the sheet spells its own way ('Kim Dae-hyun', 김대현)
written in the Revised Romanization of the person's Hangul ('Kim Dae-hyeon') beside the
family name is the same name spelt otherwise than the sheet; the sheet's spelling,
another person's given name on the sheet, the spelling without the family name beside
it, and a name whose Hangul romanizes otherwise ('Dae-hyeok') stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Kim Dae-hyun,金大賢,김대현,person\n"
    "Choi Young-su,崔永洙,최영수,person\n"
    "Han Jeong-min,ハン・ジョンミン,한정민,person\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return cli_found(
        run_cli,
        tmp_path,
        GLOSSARY,
        "en.txt",
        text,
        None,
        ("code", "found", "suggestion"),
        code="PR102",
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kim Dae-hyeon will lead the Seoul office.\n", ("PR102", "Dae-hyeon", "Dae-hyun")),
        ("Speaker: CHOI YEONG-SU, Head of Sales\n", ("PR102", "YEONG-SU", "YOUNG-SU")),
    ],
)
def test_the_hangul_romanized_otherwise_than_the_sheet(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Dae-hyun and Choi Young-su will lead the Seoul office.\n",
        "Han Jeong-min will lead the Seoul office.\n",
        "Dae-hyeon, a guest, will join them.\n",
        "Kim Dae-hyeok will lead the Seoul office.\n",
    ],
)
def test_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
