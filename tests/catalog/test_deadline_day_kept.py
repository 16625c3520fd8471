"""PR404: a deadline or the end of a period keeps its own day in or out. '5月31日まで',
'5월 31일까지', 'until/by/to May 31' take the day in; '5月31日の前日まで', '5月31日より前',
'5월 31일 전까지' and 'before May 31' leave it out. A translation that turns one into the
other is reported; one that says no such word, or '이전까지', is not judged."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.catalog.deadlines import deadline_changes

WINDOW_JA = "申請は令和9年5月10日（月）から5月31日（月）まで、区役所の窓口で受け付けます。"
WINDOW_KO = "신청은 7월 1일부터 7월 15일까지 주민센터에서 받는다."
WINDOW_EN = "Entries must reach the organisers by Friday, October 8, 2027."


def _deadlines(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR404" and "Deadline" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            WINDOW_JA,
            "신청은 2027년 5월 10일(월)부터 5월 31일(월) 전까지 구청 창구에서 받는다.",
        ),
        (
            "en",
            WINDOW_JA,
            "Applications are accepted at ward offices from May 10 until before May 31.",
        ),
        ("ja", WINDOW_KO, "申請は7月1日から7月15日の前日まで、住民センターで受け付けます。"),
        (
            "en",
            WINDOW_KO,
            "Applications are taken at community centers from July 1 before July 15.",
        ),
        ("ja", WINDOW_EN, "応募作品は2027年10月8日（金）より前に主催者に届く必要があります。"),
        ("ko", WINDOW_EN, "응모작은 2027년 10월 8일(금) 전까지 주최 측에 도착해야 한다."),
        ("ja", "Submit the form before June 1.", "6月1日までに書類を提出してください。"),
    ],
)
def test_day_taken_in_turned_out(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_deadlines(locale, msgid, msgstr)) == 1


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", WINDOW_JA, "신청은 2027년 5월 10일(월)부터 5월 31일(월)까지 구청 창구에서 받는다."),
        (
            "en",
            WINDOW_JA,
            "Applications are taken at ward offices from Monday, May 10 to Monday, May 31, 2027.",
        ),
        (
            "en",
            WINDOW_JA,
            "Applications are accepted at ward offices from May 10 through May 31, 2027.",
        ),
        ("ja", WINDOW_KO, "申請は7月1日から7月15日まで、住民センターで受け付けます。"),
        ("en", WINDOW_KO, "Applications are taken at community centers from July 1 to July 15."),
        ("ja", WINDOW_EN, "応募作品は2027年10月8日（金）までに主催者に届く必要があります。"),
        ("ko", WINDOW_EN, "응모작은 2027년 10월 8일(금)까지 주최 측에 도착해야 한다."),
        ("ko", WINDOW_EN, "응모작은 2027년 10월 8일(금) 이전까지 주최 측에 도착해야 한다."),
        ("ja", WINDOW_EN, "応募作品の締め切りは2027年10月8日（金）です。"),
        ("ja", "Submit the form before June 1.", "6月1日より前に書類を提出してください。"),
        ("ko", "Submit the form before June 1.", "5월 31일까지 서류를 제출해야 한다."),
    ],
)
def test_day_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _deadlines(locale, msgid, msgstr) == []


def test_a_date_said_both_ways_is_not_judged() -> None:
    text = "5月31日まで受け付け、5月31日の前日までに届いた分を審査します。"
    assert deadline_changes(text, "5월 31일 전까지 받는다.") == []
