"""PR102: a glossary place or brand of one word in Hepburn with a vowel added inside it
('Kagoshiama' for 'Kagoshima', 'Toyoahashi') is misspelt, with no other word of the
name beside it; a vowel that lengthens the one before it ('Touhoku', 'Ooita'), a vowel
added at the end and a name that is no Japanese word stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.rules.nearmiss import vowel_added

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Kagoshima,鹿児島,가고시마,place\n"
    "Toyohashi,豊橋,도요하시,place\n"
    "Tohoku,東北,도호쿠,place\n"
    "Brandvik,ブランドヴィク,브란드비크,brand\n"
)


@pytest.mark.parametrize(
    ("written", "wanted", "slip"),
    [
        ("kagoshiama", "kagoshima", True),
        ("toyoahashi", "toyohashi", True),
        ("touhoku", "tohoku", False),  # another romanisation of the long vowel
        ("kagoshimaa", "kagoshima", False),  # at the end
        ("kagoshimma", "kagoshima", False),  # a consonant: typed_slip's
        ("brandavik", "brandvik", False),  # no name in Hepburn
    ],
)
def test_vowel_added(written: str, wanted: str, slip: bool) -> None:
    assert vowel_added(written, wanted) is slip


def _found(run_cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "en.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--select", "PR102", "--no-cache",
        "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


def test_a_vowel_added_inside_a_place_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = "Seasonal flights to Kagoshiama start in July, with a bus to Toyoahashi.\n"
    assert _found(run_cli, tmp_path, text) == [
        ("Kagoshiama", "Kagoshima"),
        ("Toyoahashi", "Toyohashi"),
    ]


def test_long_vowels_and_other_names_stay_silent(run_cli: Cli, tmp_path: Path) -> None:
    text = "The Touhoku route and the Brandavik store open in May.\n"
    assert _found(run_cli, tmp_path, text) == []
