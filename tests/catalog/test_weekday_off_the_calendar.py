"""PR404: a weekday a translation adds beside a dated day ('2027年4月1日（金）' where the
source says 'April 1, 2027' and the calendar makes it a Thursday) is checked against the
calendar, with the year the date gives or a range's end in the same year gives; a date
with no year, or a range into the next year, is not judged."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

START = "The rebate scheme opens on April 1, 2027."
SALE = "The sale runs from March 3 to March 22, 2026."
WINTER = "Sales run from December 28, 2026 to January 8, 2027."


def _off_days(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "calendar" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", START, "還付制度は2027年4月1日（金）に始まります。", "4月1日（金）"),
        ("ko", START, "환급 제도는 2027년 4월 1일(금)에 시작된다.", "4월 1일(금)"),
        ("ja", SALE, "セールは2026年3月3日（月）から3月22日（日）までです。", "3月3日（月）"),
        ("ja", SALE, "セールは2026年3月3日（火）から3月22日（土）までです。", "3月22日（土）"),
        (
            "en",
            "セールは2026年3月3日から3月22日までです。",
            "The sale runs from Monday, March 3 to Sunday, March 22, 2026.",
            "Monday, March 3",
        ),
    ],
)
def test_weekday_off_the_calendar(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _off_days(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", START, "還付制度は2027年4月1日（木）に始まります。"),
        ("ja", SALE, "セールは2026年3月3日（火）から3月22日（日）までです。"),
        (
            "en",
            "セールは2026年3月3日から3月22日までです。",
            "The sale runs from Tuesday, March 3 to Sunday, March 22, 2026.",
        ),
        ("ko", WINTER, "판매 기간은 2026년 12월 28일(월)부터 2027년 1월 8일(금)까지다."),
        ("ja", "Applications close on February 26.", "申請は2月26日（金）に締め切ります。"),
    ],
)
def test_weekday_on_the_calendar(locale: str, msgid: str, msgstr: str) -> None:
    assert _off_days(locale, msgid, msgstr) == []
