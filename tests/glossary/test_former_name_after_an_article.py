"""A former name cited with its article ('the Mizunoe Plant (formerly the Kamo Plant)',
'previously the Kamo Works') is a mention, as '(formerly Kamo Plant)' is: PR103
reported it. The label must stand right before the article: a sentence in which the
old name is used after 'formerly' and other words is still reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

SHEET = '"Mizunoe Plant (formerly Kamo Plant)",水之江工場（旧：加茂工場）,place\n'


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Mizunoe Plant (formerly the Kamo Plant) opened in 1981.\n", []),
        ("The Mizunoe Plant, previously the Kamo Plant, opened in 1981.\n", []),
        ("The Kamo Plant opened in 1981.\n", ["Kamo Plant"]),
        ("Ms. Ueda formerly ran the Kamo Plant in Kyoto.\n", ["Kamo Plant"]),
    ],
)
def test_a_former_name_cited_with_its_article(
    run_cli: Callable[..., Result], tmp_path: Path, text: str, found: list[str]
) -> None:
    sheet = tmp_path / "g.csv"
    sheet.write_text("en,ja,kind\n" + SHEET, encoding="utf-8")
    release = tmp_path / "news.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["found"] for f in findings if f["code"] == "PR103"] == found
