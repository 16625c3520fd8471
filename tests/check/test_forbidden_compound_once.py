"""A forbidden form that differs from one of the entry's accepted forms only in spaces
('Lumeno Foods' is a short form of 'Lumeno Foods Co., Ltd.'; the sheet forbids
'LumenoFoods') is one defect: PR304 reports it, PR103 leaves it. A forbidden form that
differs otherwise ('Lumeno Food') is still PR103's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,variants:en,forbidden:en,kind\n"
    '"Lumeno Foods Co., Ltd.",Lumeno Foods,LumenoFoods|Lumeno Food,org\n'
)


def test_a_glued_forbidden_short_form_is_reported_once(run_cli: Cli, tmp_path: Path) -> None:
    text = "LumenoFoods opened a logistics hub in Osaka.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR103,PR304") == [
        ("PR304", "LumenoFoods")
    ]


def test_another_forbidden_form_stays_with_pr103(run_cli: Cli, tmp_path: Path) -> None:
    text = "Lumeno Food opened a logistics hub in Osaka.\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "en.txt", text, "PR103,PR304") == [
        ("PR103", "Lumeno Food")
    ]
