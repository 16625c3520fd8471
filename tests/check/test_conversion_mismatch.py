"""PR312: a measurement restated in brackets in another unit that it does not convert to
('42 m² (542 sq ft)' for 452 sq ft, '25°C (87°F)'), as a restatement copied from another
line or left when the figure changed reads. Within both figures' rounding and 1% it
converts; a bracket that goes on past its figure restates nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog.units import restated_wrong

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Guest rooms start from 42 m² (542 sq ft).", ("42 m²", "542 sq ft")),
        ("The terrace is kept at 25°C (87°F) all year.", ("25°C", "87°F")),
        ("The trail runs 5 km (about 5 miles) along the river.", ("5 km", "5 miles")),
        ("客室は42㎡（約542平方フィート）からです。", ("42㎡", "542平方フィート")),
    ],
)
def test_restated_wrong(text: str, found: tuple[str, str]) -> None:
    assert [(w.first, w.restated) for w in restated_wrong(text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Guest rooms from 42 m² (452 sq ft); the suite measures 210 m² (2,260 sq ft).",
        "A 520 m² (5,600 sq ft) ballroom.",
        "The trail runs 5 km (about 3.1 miles) along the river.",
        "The terrace is kept at 25°C (77°F).",
        "A 10,000 sq ft (929 m²) spa and a 1.2-hectare (3-acre) garden.",
        "Up to 150 kg (330 lb) of luggage, a 3 kW (4 hp) motor.",
        "客室は42㎡（約452平方フィート）から。敷地面積1,650㎡（約500坪）。",
        # a bracket going on past its figure: another measurement, not this one's
        "설비용량 1.2GW (15MW급 풍력터빈 80기)",
        # a range's restatement is read as a range, not its last figure alone
        "Rooms measure 42 m² (452 sq ft) each.",
    ],
)
def test_restated_right(text: str) -> None:
    assert restated_wrong(text) == []


def test_reported_in_a_release(run_cli: Run, tmp_path: Path) -> None:
    release = tmp_path / "hotel.md"
    release.write_text(
        "---\ntitle: Opening\n---\n\n# Opening\n\n- Guest rooms from 42 m² (542 sq ft).\n"
        "- A 520 m² (5,597 sq ft) ballroom.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "--no-cache", "--select", "PR312", "--format", "json")
    assert result.exit_code == 0, result.output  # a warning: below the default --fail-on
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["found"], f["line"]) for f in findings] == [
        ("PR312", "42 m² (542 sq ft)", 7)
    ]
