"""PR105 on a collaboration named in both orders in one release: 'KAZENE × HAN SEOYOON'
in the headline and 'HAN SEOYOON × KAZENE' in the lead (or 'A x B' and 'B x A') name its
partners in two orders, and the contract has one; the later order is reported. The same
order everywhere, two collaborations, and a size ('W310×D190') stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,ja,kind\nKAZENE,KAZENE,brand\n"


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "ja.md",
            "# KAZENE × HAN SEOYOON、9月発売\n\nKAZENEは「HAN SEOYOON × KAZENE」を発売する。\n",
            "HAN SEOYOON × KAZENE",
        ),
        (
            "en.txt",
            "The KAZENE x Mori Works sneaker opens. The Mori Works x KAZENE line has two styles.\n",
            "Mori Works x KAZENE",
        ),
    ],
)
def test_order_turned_round_is_reported(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: str
) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR105") == [("PR105", found)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.md", "# KAZENE × HAN SEOYOON\n\n「KAZENE × HAN SEOYOON」を発売する。\n"),
        ("en.txt", "KAZENE x Mori Works opens. KAZENE x Studio Nine follows.\n"),
        ("en.txt", "Sizes W310×D190×H220 mm, or D190×W310 mm turned.\n"),
    ],
)
def test_one_order_passes(run_cli: Cli, tmp_path: Path, name: str, text: str) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR105") == []
