"""PR310: a period that ends before it starts, both its dates written with their year
and month ('2025年9月10日～2024年12月19日' in a recall notice's table of production
periods); a period in order, dates listed with 'and', and years alone are no such
slip."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[str]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "--no-cache", "--select", "PR310", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return [f["found"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "recall.ja.html",
            "<h1>リコールのお知らせ</h1>\n<table><tr><th>製作期間</th></tr>\n"
            "<tr><td>2024年6月3日～2025年11月28日</td></tr>\n"
            "<tr><td>2025年9月10日～2024年12月19日</td></tr></table>\n",
            ["2025年9月10日～2024年12月19日"],
        ),
        (
            "recall.ko.txt",
            "리콜 안내\n\n제작기간: 2025년 11월 28일~2024년 6월 3일\n",
            ["2025년 11월 28일~2024년 6월 3일"],
        ),
        (
            "campaign.en.txt",
            "Campaign\n\nThe campaign runs from December 19, 2026 to September 10, 2026.\n",
            ["December 19, 2026 to September 10, 2026"],
        ),
        ("term.ja.txt", "お知らせ\n\n契約期間：2031年3月～2027年4月\n", ["2031年3月～2027年4月"]),
    ],
)
def test_a_period_ending_before_it_starts_is_reported(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("recall.ja.txt", "お知らせ\n\n製作期間：2024年9月10日～2025年12月19日\n"),
        ("recall.ko.txt", "리콜 안내\n\n제작기간: 2024년 6월 3일부터 2025년 11월 28일까지\n"),
        (
            "events.en.txt",
            "Events\n\nThe fairs were held on March 5, 2026 and March 1, 2026.\n",
        ),
        ("plan.ja.txt", "計画\n\n対象は2030～2025年度の実績です。\n"),
        ("dates.ja.txt", "沿革\n\n2026年4月1日設立、2025年3月1日に前身が発足。\n"),
    ],
)
def test_a_period_in_order_and_what_is_no_period_stay_silent(
    run_cli: Run, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
