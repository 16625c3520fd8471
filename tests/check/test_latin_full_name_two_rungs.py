"""PR105: a glossary person's full name given two rungs of one office in one release
('Associate Professor Mika Tanabe', then 'Assistant Professor Mika Tanabe', as an author
block and a quote of a research release may) is one person made two officers: the rung
written fewer times, or as often and given later, is reported. One rung throughout,
two offices ('Professor' and 'Dean'), a title qualified as another office ('former') and
a release about changes of office ('promoted', 'was named'; not the Japan Society for the
Promotion of Science, nor a gene named so) stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Mika Tanabe,田辺 美香,다나베 미카,person\n"
    "Ho-jin Yoo,ユ・ホジン,유호진,person\n"
    "Associate Professor,准教授,부교수,title\n"
    "Assistant Professor,助教,조교수,title\n"
    "Professor,教授,교수,title\n"
    "Dean,学部長,학장,title\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", "Soil sensor\n\n" + text, "PR105")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A team led by Associate Professor Mika Tanabe built the sensor.\n\n"
            "Assistant Professor Mika Tanabe will show it in Sendai in May.\n",
            [("PR105", "Assistant Professor Mika Tanabe")],
        ),
        (
            "Assistant Professor Mika Tanabe built the sensor with Ho-jin Yoo.\n\n"
            "Associate Professor Mika Tanabe said it costs 40 dollars. "
            "Associate Professor Mika Tanabe will show it in May.\n",
            [("PR105", "Assistant Professor Mika Tanabe")],
        ),
        # an agency's name and a thing named are no change of office
        (
            "Associate Professor Mika Tanabe found a gene named soxR2.\n\n"
            "Assistant Professor Mika Tanabe thanked the Japan Society for the Promotion "
            "of Science for its grant.\n",
            [("PR105", "Assistant Professor Mika Tanabe")],
        ),
        (
            "Associate Professor Mika Tanabe and Professor Ho-jin Yoo built it.\n\n"
            "Professor Mika Tanabe said it costs 40 dollars.\n",
            [("PR105", "Professor Mika Tanabe")],
        ),
    ],
)
def test_two_rungs_of_one_office(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Associate Professor Mika Tanabe built the sensor.\n\n"
        "Associate Professor Mika Tanabe will show it in May.\n",
        "Professor Mika Tanabe built the sensor.\n\nDean Mika Tanabe will show it in May.\n",
        "Associate Professor Mika Tanabe built the sensor.\n\n"
        "Former Assistant Professor Mika Tanabe said so.\n",
        "Associate Professor Mika Tanabe was promoted to Professor on 1 April.\n\n"
        "Professor Mika Tanabe will show the sensor in May.\n",
        "Associate Professor Mika Tanabe was named Professor on 1 April.\n\n"
        "Professor Mika Tanabe will show the sensor in May.\n",
    ],
)
def test_one_rung_or_another_office_stays_silent(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
