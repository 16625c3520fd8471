"""PR101: a person's name with a hyphenated given name run together with one capital,
as a user name or a web slug capitalised writes it ('Minjunlee', 'Leeminjun' for 'Lee
Min-jun'), is glued, as 'MinjunLee' is. A name without a hyphen keeps to the glued
forms with two capitals: 'Johnson' is no 'John Son'."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\nLee Min-jun,イ・ミンジュン,이민준,person\nJohn Son,ジョン・ソン,존 손,person\n"
)


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[str]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "en.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR101", "--no-cache",
        "--format", "json",
    )  # fmt: skip
    return [f["found"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chairman Minjunlee opened the plant.\n", "Minjunlee"),
        ("Chairman Leeminjun opened the plant.\n", "Leeminjun"),
        ("Chairman MinjunLee opened the plant.\n", "MinjunLee"),
    ],
)
def test_glued_with_one_capital(run_cli: Cli, tmp_path: Path, text: str, found: str) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Chairman Lee Min-jun opened the plant.\n",
        "Johnson Controls opened the plant.\n",
    ],
)
def test_a_name_and_a_word(run_cli: Cli, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
