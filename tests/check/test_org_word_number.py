"""PR102: a word of a glossary organisation's name with its plural 's' dropped, added or
typed twice where the name goes on after it ('Sorano Paper Mill Corporation' for 'Sorano
Paper Mills Corporation', 'Haedo Marine Service Co., Ltd.'), as a wire release's SOURCE
line or contact block misspells the company, is misspelt; an 's' typed twice is one
anywhere ('Haedo Marine Servicess'). The name's last word alone, which the sentence may
go on with ('Haedo Marine Service staff'), and a title's plural stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,kind\n"
    "Sorano Paper Mills Corporation,org\n"
    '"Haedo Marine Services Co., Ltd.",org\n'
    "Haedo Marine Services,org\n"
    "Aoba Motor Works,org\n"
    "Vice President,title\n"
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("SOURCE Sorano Paper Mill Corporation\n", ["Sorano Paper Mill Corporation"]),
        (
            "Contact: Haedo Marine Service Co., Ltd., Public Relations\n",
            ["Haedo Marine Service Co., Ltd"],
        ),
        ("Aoba Motors Works today opened a plant.\n", ["Aoba Motors Works"]),
        ("Haedo Marine Servicess today named a new CEO.\n", ["Servicess"]),
        ("Sorano Paper Millss Corporation said so.\n", ["Sorano Paper Millss Corporation"]),
        # the name as registered, its last word going on into the sentence, a title
        (
            "Sorano Paper Mills Corporation and Haedo Marine Services Co., Ltd. signed.\n",
            [],
        ),
        ("Haedo Marine Service staff and two Vice Presidents met at Aoba Motor Works.\n", []),
    ],
)
def test_a_word_of_a_company_name_with_its_number_changed(
    run_cli: Cli, tmp_path: Path, text: str, found: list[str]
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR102") == [
        ("PR102", f) for f in found
    ]
