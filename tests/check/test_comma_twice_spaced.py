"""PR301: a comma typed twice with a space between ('in June, , calling at'), where a
phrase was cut, is stray; its fix keeps one comma. Commas around a word and a list
written right stay alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    release = tmp_path / "en.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR301", "--no-cache",
        "--source-lang", "en", "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry joins the route in April, , stopping at Qingdao and Osaka.\n",
        "Partners include Corvel Labs, , Tamsin Health and two universities.\n",
    ],
)
def test_a_comma_typed_twice_with_a_space_between(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == [(", ,", ",")]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry joins the route in April, stopping at Qingdao, Osaka and Kobe.\n",
        "Cells A1, B2, C3 were left blank.\n",
    ],
)
def test_commas_written_right_stay_alone(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
