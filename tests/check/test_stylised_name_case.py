"""PR102: a brand or group name of one word styled all in capitals or all in lower case
('STELLAR*', '&WAVE', 'lumora') written in title case inside a sentence ('the group
Stellar', '&Wave', 'Lumora') is the name slipped, where the release also writes it as the
glossary does. The English word ('a stellar year'), a capital opening a sentence, a
heading in title case or capitals, and the word inside another name ('Music Wave') stay
silent. A word carrying the name's symbols ('&Tide') is the name anywhere."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "NOVARA*,NOVARA*,NOVARA*,brand\n"
    "&TIDE,&TIDE,&TIDE,brand\n"
    "velmo,velmo,velmo,brand\n"
    "Hanbit Sound,ハンビット・サウンド,한빛사운드,org\n"
)


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR102", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    return [(f["code"], f["found"], f["suggestion"]) for f in findings]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.txt",
            "Hanbit Sound said NOVARA* will tour in May.\n\n"
            "Tickets for the group Novara go on sale on Friday.\n",
            [("PR102", "Novara", "NOVARA*")],
        ),
        (
            "en.txt",
            "NOVARA* and &TIDE will share the stage.\n\nFans of &Tide queued overnight.\n",
            [("PR102", "&Tide", "&TIDE")],
        ),
        (
            "en.txt",
            "The festival adds velmo to its line-up. Tickets for Velmo's show sold out.\n",
            [("PR102", "Velmo", "velmo")],
        ),
        # the name's symbol makes it the name, written right elsewhere or not
        ("en.txt", "The line-up adds &Tide and velmo.\n", [("PR102", "&Tide", "&TIDE")]),
        (
            "ko.txt",
            "NOVARA*가 5월에 컴백한다.\n\n멤버들은 Novara*의 새 앨범을 소개했다.\n",
            [("PR102", "Novara*", "NOVARA*")],
        ),
    ],
)
def test_a_stylised_name_in_title_case(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the English word the name was made of, and the name as the glossary writes it
        ("en.txt", "NOVARA* had a novara year.\n\nThe tide turned for &TIDE.\n"),
        # never written right in the release: 'Novara' may be the Italian city
        ("en.txt", "The group flew to Novara for the concert.\n"),
        # a sentence's first capital, a heading in title case, a headline in capitals
        ("en.txt", "NOVARA* Returns\n\nVelmo opens the night. velmo closes it.\n"),
        ("en.md", "# Velmo And NOVARA* Announce Joint Summer Tour Dates\n\nvelmo said so.\n"),
        ("en.txt", "NOVARA* RETURNS WITH VELMO\n\nvelmo said so.\n"),
        # a title of one word in quotation marks
        ("en.txt", 'NOVARA* covered the 1998 hit "Novara," and "Velmo" too. velmo smiled.\n'),
        # the word inside another name
        ("en.txt", '&TIDE will appear on "Music Tide" and at Tide Hall on Friday.\n'),
    ],
)
def test_what_stays_silent(run_cli: Cli, tmp_path: Path, name: str, text: str) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
