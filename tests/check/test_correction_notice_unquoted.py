"""PR1xx: a correction notice may give the wrong form without quotes ('an earlier version
misspelled his name as Ryota Kuwabarra', 'incorrectly identified her as Ms. Kuwabarra');
that form is the point of the notice, not a misspelt name. The same form elsewhere in
the release, outside such a sentence, is still reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,kind\nRyota Kuwabara,person\n"
RIGHT = "Ryota Kuwabara will chair the venture.\n\n"


def test_unquoted_wrong_form_in_a_correction_passes(run_cli: Cli, tmp_path: Path) -> None:
    text = RIGHT + (
        "Correction: an earlier version of this release misspelled his name as Ryota"
        " Kuwabarra. It also incorrectly identified him as Mr. Kuwabarra.\n"
    )
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == []


def test_same_form_elsewhere_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = RIGHT + "Ryota Kuwabarra thanked the board as Chair of the venture.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == [
        ("PR102", "Kuwabarra")
    ]
