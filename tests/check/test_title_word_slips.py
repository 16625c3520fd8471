"""PR102 on a word of a glossary title of several words, used alone before a name as
releases and transcripts do ('Minister Aoyagi' for 'Minister of the Environment'): a
consonant typed inside it ('Minitster', 'Secretarty') is a slip. A word made by adding
a vowel, 'h', 'w' or 'y' inside is another romanisation where it is a name ('Ryousuke'
for 'Ryosuke', 'Kobayashi' for 'Kobayasi'), and an ending added is an inflection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

from prlocalize.rules.nearmiss import typed_slip

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,kind\n"
    "Minister of the Environment,環境大臣,title\n"
    "Chief Cabinet Secretary,内閣官房長官,title\n"
    "Ryosuke Kobayasi,小林 亮介,person\n"
    "Haruto Aoyagi,青柳 陽翔,person\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Minister Aoyagi spoke first. Minitster Aoyagi then took questions.\n", "Minitster"),
        ("Chief Cabinet Secretarty Aoyagi held a briefing.\n", "Chief Cabinet Secretarty"),
    ],
)
def test_a_consonant_typed_inside_a_title_word(
    run_cli: Cli, tmp_path: Path, text: str, found: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == [("PR102", found)]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministers of the Environment of both countries met.\n",
        "Minister Aoyagi took questions from the press.\n",
    ],
)
def test_inflections_and_romanisations_stay_silent(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == []


@pytest.mark.parametrize(
    ("written", "wanted", "slip"),
    [
        ("minitster", "minister", True),
        ("environmment", "environment", True),
        ("ryousuke", "ryosuke", False),  # a long vowel written out
        ("kobayashi", "kobayasi", False),  # Hepburn beside Kunrei
        ("kyoungmin", "kyungmin", False),  # another romanisation of Hangul
        ("planet", "plant", False),  # a short word so made is often another
        ("ministers", "minister", False),  # an ending
    ],
)
def test_which_added_letters_are_slips(written: str, wanted: str, slip: bool) -> None:
    assert typed_slip(written, wanted) is slip
