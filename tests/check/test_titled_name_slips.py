"""PR102: a word of a glossary person's name alone after an honorific or a title
('said Prof. Okonwko', 'Mr. Halvosren') with a slip only fingers make is that person's
name misspelt, where the release names the person in full; a name of another person
after 'Mr.' (no full name of the glossary person, or another Japanese family name in
Hepburn) is left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,kind\nChidi Okonkwo,person\nErik Halvorsen,person\nKenta Ohnishi,person\n"
FULL = (
    "Professor Chidi Okonkwo and Erik Halvorsen today opened the new solar laboratory.\n\n"
    "Kenta Ohnishi, the lab manager, showed the first panels.\n\n"
)


def test_slip_after_an_honorific_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = FULL + '"It works," said Prof. Okonwko.\n\nMr. Halvosren added that it was cheap.\n'
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.md", text, "PR102") == [
        ("PR102", "Okonwko"),
        ("PR102", "Halvosren"),
    ]


def test_other_people_after_an_honorific_pass(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        FULL + 'Mr. Onishi of the city office also attended.\n\n"It works," said Prof. Okonkwo.\n'
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.md", text, "PR102") == []
    # without the person's full name, 'Ms. Halvosren' may be anyone
    alone = "Ms. Halvosren opened the laboratory.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en2.md", alone, "PR102") == []


def test_full_name_split_by_markup_counts(run_cli: Cli, tmp_path: Path) -> None:
    html = (
        '<html lang="en"><body><p class="MsoNormal"><span>Chidi</span><span> </span>'
        "<span>Okonkwo</span><span> opened the laboratory.</span></p>"
        '<p>"It works," said Prof.&nbsp;Okonwko.</p></body></html>\n'
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.html", html, "PR102") == [
        ("PR102", "Okonwko")
    ]


def test_slip_as_an_attributions_speaker_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    # a second mention by family name alone, before or after a verb of saying
    text = (
        FULL + "Okonwko added that the panels would ship in May.\n\n"
        '"We start in the north," said Halvosren.\n'
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.md", text, "PR102") == [
        ("PR102", "Okonwko"),
        ("PR102", "Halvosren"),
    ]


def test_other_words_or_people_in_an_attribution_pass(run_cli: Cli, tmp_path: Path) -> None:
    text = (
        FULL + "Onishi said the city would help.\n\n"
        "Okonkwo added that the panels would ship in May.\n\n"
        "Halvorsen's team, she said, is small.\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.md", text, "PR102") == []
    # without the person's full name, 'Halvosren said' may be anyone
    alone = "Halvosren said the laboratory was open.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en2.md", alone, "PR102") == []
