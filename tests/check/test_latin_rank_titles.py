"""PR105: a glossary person called by a title and family name ('Governor Okabe') that is
another rung of the office than the title the release gives the full name ('Vice-Governor
Mitsuru Okabe', 'Mitsuru Okabe, Vice-Governor of …') is one person made two officers. The
rung the full name holds, another office ('Professor' beside 'Dean'), a title qualified
as another office ('Acting Governor'), a release about changes of office and a mention
before the full name's first stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result
from hypothesis import given
from hypothesis import strategies as st

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Mitsuru Okabe,岡部 満,오카베 미쓰루,person\n"
    "Yoon Se-ra,ユン・セラ,윤세라,person\n"
    "Governor,知事,지사,title\n"
    "Vice-Governor,副知事,부지사,title\n"
    "Professor,教授,교수,title\n"
    "Dean,学部長,학장,title\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR105")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Vice-Governor Mitsuru Okabe opened the ferry pier.\n\n"
            "Governor Okabe thanked the fishing cooperative.\n",
            [("PR105", "Governor Okabe")],
        ),
        (
            "The talks were led by Mitsuru Okabe, Vice-Governor of Kagawa.\n\n"
            "Governor Okabe will visit Busan in May.\n",
            [("PR105", "Governor Okabe")],
        ),
        (
            "Governor Yoon Se-ra met the delegation.\n\nVice-Governor Yoon signed the pact.\n",
            [("PR105", "Vice-Governor Yoon")],
        ),
    ],
)
def test_another_rung_of_the_office(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Vice-Governor Mitsuru Okabe spoke first.\n\nVice-Governor Okabe then took questions.\n",
        "Professor Yoon Se-ra leads the lab.\n\nDean Yoon welcomed the students.\n",
        "Acting Governor Mitsuru Okabe chaired the meeting.\n\nVice-Governor Okabe returns.\n",
        "Vice-Governor Mitsuru Okabe was appointed in April.\n\nGovernor Okabe thanked him.\n",
        "Vice-Governor Mitsuru Okabe met the governor. Governor Yoon Se-ra hosted.\n",
        # before the person is introduced in full: another of the family name
        "Vice-Governor Yoon of the port union met Governor Yoon Se-ra on Monday.\n",
    ],
)
def test_the_same_rung_another_office_or_a_change_of_office(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []


@given(
    st.lists(
        st.sampled_from(
            ["Minister", "Vice-", "Deputy ", "Vice-Minister", "Dean", " ", "-", "X", "a", "_", "9"]
        ),
        max_size=12,
    ).map("".join)
)
def test_titles_are_found_where_a_look_behind_would_find_them(text: str) -> None:
    """The bare alternation, searched in C, with what stands before a title looked at in
    Python, finds the titles a look-behind for a word's start found."""
    import re

    from prlocalize.rules.latin_rank_titles import _titles_in

    alternation = "Vice-Minister|Deputy Minister|Minister|Dean"
    bare = re.compile(f"({alternation})")
    behind = re.compile(rf"(?<![\w-])(?=[A-Z])({alternation})")
    assert [m.span() for m in _titles_in(bare, text)] == [m.span() for m in behind.finditer(text)]
