"""PR304 on a name in capitals, as fashion brands, labels and product lines write them
('SEOYOON HAN STUDIO', 'WIND-LAYER Coat'): two of its words run together ('SEOYOONHAN
STUDIO', 'WINDLAYER Coat') leave no change of case to mark where the words were, and
the name's own hyphen written as a space ('WIND LAYER Coat') is misspelt too. The name
as the glossary writes it, a word that merely opens with the name's first word
('SEOYOONS'), and the hyphen's words in other capitals ('a wind layer coat', a phrase)
stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,kind\n"
    "SEOYOON HAN STUDIO,SEOYOON HAN STUDIO,brand\n"
    "WIND-LAYER Coat,WIND-LAYER Coat,product\n"
    "NORTH FIELD WORKS,NORTH FIELD WORKS,brand\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.md", "2016年にSEOYOONHAN STUDIOを設立した。\n", "SEOYOONHAN STUDIO"),
        ("en.txt", "She founded SEOYOONHAN STUDIO in 2016.\n", "SEOYOONHAN STUDIO"),
        ("en.txt", "The NORTHFIELD WORKS line opens in May.\n", "NORTHFIELD WORKS"),
        ("ja.md", "WINDLAYER Coatを発売する。\n", "WINDLAYER Coat"),
        ("en.txt", "The WIND LAYER Coat sells for $590.\n", "WIND LAYER Coat"),
    ],
)
def test_capital_name_run_together_is_reported(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR304") == [("PR304", found)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.md", "2016年にSEOYOON HAN STUDIOを設立した。WIND-LAYER Coatを発売する。\n"),
        ("en.txt", "SEOYOONS and NORTHFIELDS are other labels. NORTH FIELD WORKS opens.\n"),
        ("en.txt", "Wear a wind layer coat over it. The WIND-LAYER Coat sells for $590.\n"),
    ],
)
def test_name_as_written_and_other_words_pass(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR304") == []
