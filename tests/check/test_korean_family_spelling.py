"""PR102: a Korean family name spelt another way than the team sheet's beside that
person's given name ('Lee Jung-hoon' for 'Rhee Jung-hoon', 'Pak Seo-jin' for 'Park
Seo-jin', 'Yuna Choe' for 'Yuna Choi', 'Jung Ha-neul' for 'Chung Ha-neul') is
misspelt: each person keeps one spelling. Two people of one sheet who spell the family
name each their own way ('Lee Min-jun', 'Yi Seo-yeon') are both right, and so is a
spelling beside a given name the sheet does not give (another person)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Lee Min-jun,イ・ミンジュン,이민준,person\n"
    "Yi Seo-yeon,イ・ソヨン,이서연,person\n"
    "Rhee Jung-hoon,イ・ジョンフン,이정훈,person\n"
    "Park Seo-jin,パク・ソジン,박서진,person\n"
    "Yuna Choi,チェ・ユナ,최유나,person\n"
    "Chung Ha-neul,チョン・ハヌル,정하늘,person\n"
    "Kenji Sato,佐藤 健二,사토 겐지,person\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(
        run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102", fields=("found", "suggestion")
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Senior Managing Director Lee Jung-hoon attended the ceremony.\n", ("Lee", "Rhee")),
        ("Media contact: Pak Seo-jin, Team Leader.\n", ("Pak", "Park")),
        ("The plan was presented by Yuna Choe, head of the division.\n", ("Choe", "Choi")),
        ("Jung Ha-neul leads the ESG team.\n", ("Jung", "Chung")),
        ("CEO Lee Seo-yeon presented the plan.\n", ("Lee", "Yi")),
    ],
)
def test_another_spelling_of_the_family_name(
    run_cli: Cli, tmp_path: Path, text: str, found: tuple[str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Chairman Lee Min-jun and CEO Yi Seo-yeon met Rhee Jung-hoon.\n",
        "Park Seo-jin, Yuna Choi and Chung Ha-neul answered questions.\n",
        # another person: a given name the sheet does not give beside the spelling
        "Professor Lee Sang-woo of Hanyang University spoke.\n",
        "Jung Woo-sung and Kenji Sato also attended.\n",
        # words of two letters that are no family name here
        "It is an honor to host Kenji Sato. Go to the website.\n",
    ],
)
def test_each_person_spelt_as_the_sheet_spells_them(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []
