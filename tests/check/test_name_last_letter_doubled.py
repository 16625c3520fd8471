"""PR102: a word of a glossary name with its last consonant typed twice beside the name's
other words ('Dasol Telecomm', 'Dasoll Telecom') is misspelt: the word index took any
word that a glossary word opens for an inflection ('Telecoms', 'Telecom's'). A plural,
a possessive and the word alone ('Telecomm' in prose, 'Hartmann' without 'Russel') stay
silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,kind\nDasol Telecom,organization\nRussel Hartman,person\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dasol Telecomm will launch the plan on Tuesday.\n", "Telecomm"),
        ('"We aim high," said the CEO of Dasol Telecomm.\n', "Telecomm"),
        ("Russel Hartmann will speak at the event.\n", "Hartmann"),
    ],
)
def test_last_consonant_doubled_is_reported(
    run_cli: Cli, tmp_path: Path, text: str, found: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == [("PR102", found)]


@pytest.mark.parametrize(
    "text",
    [
        "Dasol Telecom's plan and the Dasol Telecoms of this world.\n",
        "Telecomm is a word some write for telecommunications.\n",
        "Hartmann and Hartman are different people.\n",
    ],
)
def test_other_forms_pass(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == []
