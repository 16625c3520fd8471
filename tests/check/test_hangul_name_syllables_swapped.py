"""PR102: a person's name of two words in Hangul (a Japanese or Western name, which
Korean spaces) with two neighbouring syllables of one word typed in the other order
('기요사와 하투로' for '기요사와 하루토', '나타잔라' for '나타라잔'), or their initials so
('모리시타 레니아' for '모리시타 레이나'), is misspelt where the release also writes the
name right; written once, or as another name altogether, it is left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Reina Morishita,森下 玲奈,모리시타 레이나,person\n"
    "Haruto Kiyosawa,清沢 陽翔,기요사와 하루토,person\n"
    "Priya Natarajan,プリヤ・ナタラジャン,프리야 나타라잔,person\n"
)
RIGHT = "\n\n모리시타 레이나 교수, 기요사와 하루토 부교수, 프리야 나타라잔 부사장이 참석한다.\n"


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return cli_found(
        run_cli, tmp_path, GLOSSARY, "ko.txt", text, None, ("code", "found", "suggestion")
    )


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (
            "오후 2시 특별강연: 모리시타 레니아 도토대학교 교수",
            ("PR102", "모리시타 레니아", "모리시타 레이나"),
        ),
        (
            "패널: 기요사와 하투로 도토대학교 부교수",
            ("PR102", "기요사와 하투로", "기요사와 하루토"),
        ),
        ("연사: 프리야 나타잔라 부사장", ("PR102", "프리야 나타잔라", "프리야 나타라잔")),
    ],
)
def test_two_syllables_typed_in_the_other_order(
    run_cli: Cli, tmp_path: Path, line: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, f"포럼 프로그램\n\n{line}{RIGHT}") == [found]


@pytest.mark.parametrize(
    "text",
    [
        # written once: another person's name as likely as a slip
        "포럼 프로그램\n\n오후 2시 특별강연: 모리시타 레니아 도토대학교 교수\n",
        # a relative of the same family, another given name altogether
        f"포럼 프로그램\n\n오후 2시 특별강연: 모리시타 하나코 도토대학교 교수{RIGHT}",
    ],
)
def test_no_swap_without_the_name_written_right(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
