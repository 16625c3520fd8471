"""PR201: a Japanese or Korean honorific romanised after a glossary person's name in an
English release ('Keiko Morita-san', 'Morita-sama', 'Park Seo-yeon ssi', 'Seo-yeon-nim')
is the source's honorific left, as '森田 恵子 氏' after a Latin name is. A place's own
'san' ('Fuji-san'), a person the glossary does not name, a quoted by-name, 'San
Francisco' and a word that goes on ('Morita sang') stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Keiko Morita,森田 恵子,모리타 게이코,person\n"
    "Park Seo-yeon,パク・ソヨン,박서연,person\n"
)
NAMED = "Keiko Morita and Park Seo-yeon will speak at the forum.\n\n"


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cli_found(
        run_cli, tmp_path, GLOSSARY, "en.txt", NAMED + text, None, ("code", "found"), code="PR201"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"We are ready," said Keiko Morita-san.\n', "-san"),
        ("Morita-sama will open the forum.\n", "-sama"),
        ("Speaker: Park Seo-yeon ssi, Head of Design\n", " ssi"),
        ("Thanks to Seo-yeon-nim for the design.\n", "-nim"),
    ],
)
def test_a_romanised_honorific_after_a_person(
    run_cli: Cli, tmp_path: Path, text: str, found: str
) -> None:
    assert _found(run_cli, tmp_path, text) == [("PR201", found)]


@pytest.mark.parametrize(
    "text",
    [
        "Visitors can see Fuji-san from the roof.\n",
        "Tanaka-san, a guest, will join them.\n",
        'The shrine is known as "Morita-san" locally.\n',
        "Keiko Morita San Francisco office opens in May.\n",
        "Morita sang the anthem at the opening.\n",
        "Park Seo-yeon, Head of Design, will speak.\n",
    ],
)
def test_left_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
