"""PR102: a kanji inside an organisation's name typed as its homophone is found where the
name opens with another glossary name ('国土交通省港湾局' for a bureau of '国土交通省', written
'国土交通省講湾局'): the shorter name matched inside it is part of the name misspelt, not a
name of its own that hides the slip. The release writes the name right elsewhere, as the
rule asks; a name written right is not reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]

SHEET = (
    "en,ja,ko,kind\n"
    "Ministry of Land Infrastructure Transport and Tourism,国土交通省,국토교통성,org\n"
    "Ports and Harbours Bureau,国土交通省港湾局,국토교통성 항만국,org\n"
)
RIGHT = "国土交通省港湾局は、港湾の脱炭素化に向けた計画を公表しました。\n"


@pytest.mark.parametrize(
    ("contact", "found"),
    [
        ("担当：国土交通省講湾局 計画課\n", ["国土交通省講湾局"]),
        ("担当：国土交通省港湾局 計画課\n", []),
    ],
)
def test_bureau_of_a_ministry_with_a_homophone(
    run_cli: Cli, tmp_path: Path, contact: str, found: list[str]
) -> None:
    got = cli_found(run_cli, tmp_path, SHEET, "release.txt", RIGHT + contact, "PR102")
    assert [text for _, text in got] == found
