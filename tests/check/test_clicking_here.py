"""PR202/PR204: 'by clicking here', 'tap here to watch', 'click on this link' are a
link's words wherever they stand in the sentence, as 'click here' was: with no link behind
them they lead nowhere, and left in English in a Japanese release they are untranslated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from check_support import cli_found

SHEET = "en,ja,ko,kind\nAomine Shipbuilding,青峰造船,아오미네조선,org\n"
LEAD = "# Aomine Shipbuilding opens a design centre\n\nAomine Shipbuilding opened a centre.\n\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("High-resolution photos can be downloaded by clicking here.\n", "clicking here"),
        ("Tap here to watch the opening ceremony.\n", "Tap here"),
        ("Click on this link to register for the tour.\n", "Click on this link"),
    ],
)
def test_a_click_phrase_with_no_link_leads_nowhere(
    run_cli: Callable[..., Any], tmp_path: Path, text: str, found: str
) -> None:
    got = cli_found(run_cli, tmp_path, SHEET, "release.md", LEAD + text, "PR202,PR204")
    assert got == [("PR202", found)]


def test_a_click_phrase_on_a_link_or_in_quotes_is_no_defect(
    run_cli: Callable[..., Any], tmp_path: Path
) -> None:
    text = (
        "Photos can be downloaded by [clicking here](https://aomine.example/photos).\n\n"
        'Readers no longer need to "click here" to find the photos.\n'
    )
    assert cli_found(run_cli, tmp_path, SHEET, "release.md", LEAD + text, "PR202,PR204") == []


def test_clicking_here_left_in_english_in_a_japanese_release(
    run_cli: Callable[..., Any], tmp_path: Path
) -> None:
    text = (
        "# 青峰造船、設計センターを開設\n\n青峰造船は設計センターを開設しました。\n\n"
        "写真は[clicking here](https://aomine.example/photos)からダウンロードできます。\n"
    )
    got = cli_found(run_cli, tmp_path, SHEET, "release.ja.md", text, "PR202,PR204")
    assert got == [("PR204", "clicking here")]
