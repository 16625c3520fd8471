"""PR102 on a brand or company word the glossary writes plain ('Lumivera') written with a
capital put inside it ('LumiVera'): the brand restyled. The word in capitals, in lower
case, at a sentence's start, in a hashtag, an address or a family name's particle
('DeMarco' beside the company 'Demarco') is left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nLumivera,ルミヴェラ,brand\nDemarco Foods,デマルコ・フーズ,org\n"


@pytest.mark.parametrize(
    "text",
    [
        "The LumiVera headset ships in May.\n",
        "ルミヴェラ（LumiVera）を5月に発売します。\n",
    ],
)
def test_a_capital_put_inside_a_plain_brand(run_cli: Cli, tmp_path: Path, text: str) -> None:
    name = "ja.txt" if "発売" in text else "en.txt"
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR102") == [("PR102", "LumiVera")]


@pytest.mark.parametrize(
    "text",
    [
        "The Lumivera headset ships in May. LUMIVERA is on sale at lumivera.example.com.\n",
        "Follow #LumiVera for updates. Chef Anna DeMarco cooked for Demarco Foods.\n",
    ],
)
def test_styles_addresses_and_other_names_stay_silent(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == []
