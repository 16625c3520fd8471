"""PR304: a glossary name of three words or more whose first two are run together with
the second's capital ('KumoriHaneda Airlines' for 'Kumori Haneda Airlines') is misspelt,
as the whole name run together is; the name as the glossary writes it, and a word that
merely opens with the name's first word ('KumoriSoft'), stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,kind\nKumori Haneda Airlines,org\n"


def test_first_words_run_together_are_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = "The new carrier, KumoriHaneda Airlines, flies from April.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR304") == [
        ("PR304", "KumoriHaneda Airlines")
    ]


def test_name_as_written_and_other_words_pass(run_cli: Cli, tmp_path: Path) -> None:
    text = "Kumori Haneda Airlines flies from April. KumoriSoft built its booking site.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR304") == []
