"""PR106: a glossary form of another locale cited after 'name is' or 'name was' ('the
first author's name is 정다온') is a mention of the form, as after 'known as'; the same
form in running text is still reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ko,kind\nJung Daon,정다온,person\n"


def test_form_cited_after_name_is_passes(run_cli: Cli, tmp_path: Path) -> None:
    text = "Jung Daon wrote the paper. In Korean, the first author's name is 정다온.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR106,PR201") == []


def test_form_in_running_text_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = "Jung Daon wrote the paper. The first author 정다온 is a chemist.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR106") == [("PR106", "정다온")]
