"""PR404 on a range of hours English marks with a.m. or p.m. once, at its end ('2-3:30
p.m.' for '14:00～15:30'), and on noon ('正午' as 'noon'): both are the source's times."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PRESS = "日時：2026年3月5日（木）14:00～15:30（受付開始13:30）"
SALE = "판매 시간은 오전 10시~11시 30분이다."
DEADLINE = "3月4日（水）正午までにお申し込みください。"


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PRESS, "Date and time: Thursday, March 5, 2026, 2-3:30 p.m. JST (doors 1:30 p.m.)"),
        ("en", PRESS, "Thursday, March 5, 2026, from 2 to 3:30 p.m. (registration from 1:30 p.m.)"),
        ("en", SALE, "Sales run from 10-11:30 a.m."),
        ("en", "昼休みは12時～13時です。", "The lunch break is 12-1 p.m."),
        ("en", "受付は午前11時～午後1時です。", "Reception is open 11-1 p.m."),
        ("en", DEADLINE, "Please apply by noon on Wednesday, March 4."),
        ("ja", "Apply by noon on March 4.", "3月4日正午までにお申し込みください。"),
        ("ja", "Apply by noon on March 4.", "3月4日午後0時までにお申し込みください。"),
        ("ja", "The session runs all afternoon on March 4.", "3月4日の午後いっぱい行います。"),
    ],
)
def test_the_same_times(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PRESS, "Date and time: Thursday, March 5, 2026, 2-3:30 a.m. JST (doors 1:30 p.m.)"),
        ("en", SALE, "Sales run from 10-11:30 p.m."),
        ("en", "作業は0時～1時に行います。", "The work takes place 12-1 p.m."),
    ],
)
def test_a_range_in_the_other_half_of_the_day(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr)
