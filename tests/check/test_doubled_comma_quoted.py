"""PR301: a comma typed twice where English closes a quoted comment ('…fertilizer,,"
said') or a bracket is as stray as one before a space; a lone comma there, and commas
inside a number or an address, stay alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[str]:
    release = tmp_path / "en.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR301", "--no-cache",
        "--source-lang", "en", "--format", "json",
    )  # fmt: skip
    return [f["found"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    "text",
    [
        '"The clinic will open in June,," said Dr. Amelia Rourke.\n',
        "“The clinic will open in June,,” said Dr. Amelia Rourke.\n",
        "The board named three members (Ito, Park and Lamb,,) to the panel.\n",
    ],
)
def test_a_doubled_comma_before_a_closing_quote_or_bracket(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == [",,"]


@pytest.mark.parametrize(
    "text",
    [
        '"The clinic will open in June," said Dr. Amelia Rourke.\n',
        "The fund holds 1,250,000 shares (see https://example.com/a,,b).\n",
    ],
)
def test_a_single_comma_or_commas_in_an_address_stay_alone(
    run_cli: Cli, tmp_path: Path, text: str
) -> None:
    assert _found(run_cli, tmp_path, text) == []
