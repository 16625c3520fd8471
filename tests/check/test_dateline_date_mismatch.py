# ruff: noqa: E501
"""PR311: a Markdown release whose dateline gives another date than its front matter's
``date`` (a page made from the last release's copy). A dateline is a place and a comma,
or a bracketed credit, before a full date and a dash, a slash or its end; a lead that
names a date has none. A front matter date given with its time may be a day off."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]


def _found(run_cli: Run, tmp_path: Path, front: str, body: str) -> list[str]:
    release = tmp_path / "release.md"
    release.write_text(f"---\ntitle: Opening\n{front}\n---\n\n# Opening\n\n{body}\n", "utf-8")
    result = run_cli("check", str(release), "--no-cache", "--select", "PR311", "--format", "json")
    assert result.exit_code == 0, result.output  # a warning: below the default --fail-on
    return [f["found"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("front", "body", "found"),
    [
        (
            "date: 2027-02-10",
            "**OSAKA, Japan, February 11, 2027** – Halcyon today announced a new hotel.",
            "February 11, 2027",
        ),
        ("date: 2027-02-10", "TOKYO, 9 February 2027 /PRNewswire/ -- Halcyon opens.", "9 February 2027"),
        ('date = "2027-03-02"', "東京、2027年2月10日 – ハルシオンは本日発表しました。", "2027年2月10日"),
        ("date: 2027-02-10T10:00:00+09:00", "[서울=뉴스와이어] 2027년 2월 12일 -- 할시온은 밝혔다.", "2027년 2월 12일"),
    ],
)  # fmt: skip
def test_dateline_dated_otherwise(
    run_cli: Run, tmp_path: Path, front: str, body: str, found: str
) -> None:
    assert _found(run_cli, tmp_path, front, body) == [found]


@pytest.mark.parametrize(
    ("front", "body"),
    [
        ("date: 2027-02-10", "**OSAKA, Japan, February 10, 2027** – Halcyon today announced it."),
        ("date: '2027-02-10'", "東京、2027年2月10日（水） – ハルシオンは本日発表しました。"),
        # a time of day: the day before in another time zone
        ("date: 2027-02-10T01:00:00Z", "NEW YORK, Feb. 9, 2027 – Halcyon today announced it."),
        # a lead naming a date is no dateline
        ("date: 2027-02-10", "Halcyon today announced that it will open on April 15, 2027."),
        ("date: 2027-02-10", "In Osaka, the hotel opens on April 15, 2027 – a Thursday."),
        # no date in the front matter: nothing to compare
        ("slug: opening", "OSAKA, Japan, February 11, 2027 – Halcyon today announced it."),
    ],
)
def test_dateline_kept(run_cli: Run, tmp_path: Path, front: str, body: str) -> None:
    assert _found(run_cli, tmp_path, front, body) == []
