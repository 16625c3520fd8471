"""PR309: a date given with a day of the week the calendar does not give it, in the
year written with it or, written without one, in the year a reader reads it in (the
last full date's, the next one's after December, or the release's own)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.rules.weekday_dates import DateContext, dated_weekdays, wrong_weekdays

Run = Callable[..., Result]


def _found(run_cli: Run, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "--no-cache", "--select", "PR309", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return [(f["found"], f["message"]) for f in json.loads(result.stdout)["findings"]]


RIGHT = {
    "ja.txt": (
        "説明会のお知らせ\n\n2026年12月3日\n\n"
        "当社は2026年11月30日（月）に説明会を開催しました。次回は12月8日（火）、"
        "その次は2027年1月15日（金）、1月22日（金）です。\n\n"
        "受付期間：12月1日（火）～12月14日（月）\n"
    ),
    "ko.txt": (
        "설명회 안내\n\n2026. 12. 3.(목) 배포\n\n"
        "한빛화학은 12월 7일(월)부터 12월 11일(금)까지 설명회를 연다.\n"
        "일시: 2026. 12. 15.(화) 14:00, 접수: 26.12.20(일)까지\n"
    ),
    "en.md": (
        "# Briefing\n\nTOKYO, December 3, 2026 - The first briefing is on Monday, November 30, "
        "2026, and the second on Tuesday, December 8. The hub opens on Thursday, "
        "January 14, 2027, and a ceremony follows on Friday 15 January 2027.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_dates_and_weekdays_that_agree_are_silent(run_cli: Run, tmp_path: Path, name: str) -> None:
    assert _found(run_cli, tmp_path, name, RIGHT[name]) == []


@pytest.mark.parametrize(
    ("name", "right", "wrong", "message"),
    [
        ("ja.txt", "2026年11月30日（月）", "2026年11月30日（日）", "in 2026 this date is a Monday"),
        ("ja.txt", "1月22日（金）", "1月22日（木）", "in 2027 this date is a Friday"),  # carried
        ("ja.txt", "12月8日（火）", "12月8日（水）", "in 2026 this date is a Tuesday"),
        ("ko.txt", "12월 11일(금)", "12월 11일(토)", "in 2026 this date is a Friday"),
        ("ko.txt", "2026. 12. 15.(화)", "2026. 12. 15.(수)", "in 2026 this date is a Tuesday"),
        ("ko.txt", "26.12.20(일)", "26.12.20(토)", "in 2026 this date is a Sunday"),
        ("en.md", "Tuesday, December 8", "Wednesday, December 8", "in 2026 this date is a Tuesday"),
        (
            "en.md",
            "Thursday, January 14, 2027",
            "Friday, January 14, 2027",
            "in 2027 this date is a Thursday",
        ),
    ],
)
def test_a_weekday_the_calendar_does_not_give_the_date_is_reported(
    run_cli: Run, tmp_path: Path, name: str, right: str, wrong: str, message: str
) -> None:
    assert right in RIGHT[name]
    found = _found(run_cli, tmp_path, name, RIGHT[name].replace(right, wrong))
    assert found == [(wrong, f"'{wrong}': {message}")]


def test_a_past_date_after_a_future_one_is_read_in_the_releases_year() -> None:
    """'12月10日（木）' after the plant's opening in 2027: the ceremony of this December."""
    context = DateContext()
    text = "2026年12月3日　新工場は2027年4月1日（木）に稼働、12月10日（木）に起工式を行いました。"
    assert list(wrong_weekdays(text, context, opening=True)) == []


def test_a_birth_date_says_nothing_of_when_the_events_are(run_cli: Run, tmp_path: Path) -> None:
    text = (
        "森沢選手 退団のお知らせ\n\n横浜マリナーズFCは、森沢 大樹選手の退団を発表します。\n\n"
        "生年月日：1999年4月8日\n\n退団セレモニーは12月7日（日）のホーム最終戦後に行います。\n"
    )
    assert _found(run_cli, tmp_path, "ja.txt", text) == []  # no year of its own: not judged
    dated = text.replace("横浜マリナーズFCは、", "2025年11月20日\n\n横浜マリナーズFCは、")
    assert _found(run_cli, tmp_path, "ja.txt", dated) == []  # 12月7日 of 2025: a Sunday
    later = dated.replace("2025年11月20日", "2026年11月20日")
    assert _found(run_cli, tmp_path, "ja.txt", later) == [
        ("12月7日（日）", "'12月7日（日）': in 2026 this date is a Monday")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2月30日（月）に開催",  # no such date: not this rule's
        "11月30日（月・祝）",  # a holiday mark beside it: not read
        "毎週月曜日（祝日を除く）",  # a recurring day, no date
        "12月8日（火）に開催",  # no year anywhere: nothing to judge in
    ],
)
def test_nothing_to_judge(text: str) -> None:
    assert list(wrong_weekdays(text, DateContext())) == []


def test_the_dates_are_read_where_they_are_written() -> None:
    text = "日程：2026年11月30日（月）、12月1日（火）"
    assert [text[d.start : d.end] for d in dated_weekdays(text)] == [
        "2026年11月30日（月）",
        "12月1日（火）",
    ]


@pytest.mark.parametrize(
    ("selection", "reported"),
    [
        ((), False),  # the default set: a rule in preview is left out
        (("--select", "PR3"), False),  # a prefix is no choice of it
        (("--select", "PR309"), True),
        (("--select", "weekday-mismatch"), True),
        (("--select", "PR1,PR309"), True),
    ],
)
def test_the_rule_is_in_preview_and_runs_only_when_selected_by_name(
    run_cli: Run, tmp_path: Path, selection: tuple[str, ...], reported: bool
) -> None:
    release = tmp_path / "ja.txt"
    wrong = RIGHT["ja.txt"].replace("（月）に説明会", "（日）に説明会")
    release.write_text(wrong, encoding="utf-8")
    result = run_cli("check", str(release), "--no-cache", "--format", "json", *selection)
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert ("PR309" in codes) is reported


def test_the_rules_list_says_it_is_in_preview(run_cli: Run) -> None:
    listing = run_cli("rules").stdout
    line = next(line for line in listing.splitlines() if line.startswith("PR309 "))
    assert "preview: runs only when selected by its code" in line
