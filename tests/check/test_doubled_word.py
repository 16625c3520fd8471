"""PR308: a word typed twice in a row. An English word no sentence doubles ('a a', 'The
the', 'will will', a personal pronoun: '"We we asked') and the first or last word of a
glossary name of two words or more doubled ('--(WIRE)--Haedo Haedo Marine Inc.', 'Sorano
Paper Paper', '해도마린 해도마린은') and a comparison's 'as' ('twice as much as as') are
reported, and the fix removes the second. A
preposition that ends a clause before one opens the next ('waited for for years', 'went
to to film'), 'had had', 'that that', 'it it', a name of one Latin word doubled ('Tokyo
Tokyo Festival'), a glossary form of two equal words, a city before a venue named after
it ('Busan Busan Port Hall', '부산 부산항홀'), a Korean name going on into another word
('해도마린 해도마린호') and a longer word after ('the theme') stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ko,kind\n"
    "Haedo Marine Inc.,해도마린,org\n"
    "Sorano Paper,소라노제지,org\n"
    "Tokyo,도쿄,place\n"
    "Lang Lang,랑랑,person\n"
    "Busan,부산,place\n"
    "Busan Port Hall,부산항홀,place\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("en.txt", "The port opened a a terminal. The the terminal is new.\n", [" a", " the"]),
        ("en.txt", "BUSAN--(WIRE)--Haedo Haedo Marine Inc. named a CEO.\n", [" Haedo"]),
        (
            "en.txt",
            "Sales of Sorano Paper Paper rose, and the plan will will change.\n",
            [" Paper", " will"],
        ),
        ("ko.txt", "해도마린 해도마린은 새 선박을 공개했다.\n", [" 해도마린"]),
        # a quotation's first word retyped, a pronoun no clause doubles
        (
            "en.txt",
            '"We we asked for a ship the crews trust," she said. They they built it.\n',
            [" we", " they"],
        ),
        # a comparison's 'as' retyped; an acronym after it in capitals is another word
        ("en.txt", "Students gained twice as much as as those who did not.\n", [" as"]),
        ("en.txt", "Clubs such as AS Roma joined.\n", []),
        # doubled on purpose, or no word doubled
        ("en.txt", "We waited for for years, and the town we went to to film had had rain.\n", []),
        ("en.txt", "He said that that was the theme of the Tokyo Tokyo Festival.\n", []),
        ("en.txt", "Call it it, if you like; he laughed, he he.\n", []),
        ("en.txt", "Pianist Lang Lang and Haedo Marine Inc. will play in Bora Bora.\n", []),
        # a city before a venue named after it; a Korean name that goes on into another
        ("en.txt", "Venue: Busan Busan Port Hall, from 10 a.m.\n", []),
        ("ko.txt", "장소: 부산 부산항홀. 해도마린 해도마린호에서 열린다.\n", []),
    ],
)
def test_a_word_typed_twice(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR308") == [
        ("PR308", f) for f in found
    ]


def test_the_fix_removes_the_second_word(run_cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "en.txt"
    release.write_text("BUSAN--(WIRE)--Haedo Haedo Marine Inc. opened a a terminal.\n")
    run_cli("check", str(release), "-g", str(tmp_path / "g.csv"), "--select", "PR308", "--fix")
    assert release.read_text() == "BUSAN--(WIRE)--Haedo Marine Inc. opened a terminal.\n"
