"""PR102: a word of a glossary person's Japanese name with its last vowel dropped, beside
another word of the name ('Daisuke Kawaguch' for 'Daisuke Kawaguchi'), is misspelt: no
Japanese word ends in a consonant but 'n'. A Western name one letter shorter than a
glossary name ('Christian' beside 'Christiane') and a plural stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,kind\nDaisuke Kawaguchi,person\nChristiane Vogel,person\n"


def test_last_vowel_dropped_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = "Daisuke Kawaguch will become chairman on June 25.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == [
        ("PR102", "Kawaguch")
    ]


def test_other_names_pass(run_cli: Cli, tmp_path: Path) -> None:
    text = "Christian Vogel, her brother, will speak. The Kawaguchis will attend.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == []
