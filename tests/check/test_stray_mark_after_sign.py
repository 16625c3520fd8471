"""PR301: a comma or full stop set off by a space after a word that ends in a trademark or
percent sign ('LumiSheet™ , a film', 'rose 5% .') is stray, as after any word; the mark
set right after the sign stays silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = "en,kind\nGlowFilm™,brand\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The film, named GlowFilm™ , is 80 micrometres thick.\n", [" ,"]),
        ("Sales of Kumo® tea rose 12% . Exports doubled.\n", [" ."]),
        ("Sales rose 12% ; exports doubled.\n", [" ;"]),
        ("The film, named GlowFilm™, is thin. Sales rose 12%. Kumo® tea, too.\n", []),
    ],
)
def test_stray_mark_after_a_sign(run_cli: Cli, tmp_path: Path, text: str, found: list[str]) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR301") == [
        ("PR301", f) for f in found
    ]
