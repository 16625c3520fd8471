"""PR404 on a timetable's days: the days a schedule gives in brackets by their character
alone ('週3便（月・水・金）', '주 3회(월·수·금)') are read as days, so another day in the
translation ('(Mon, Wed, Sat)') is reported; and days the source names one by one said
as every day ('every Monday, Wednesday and Friday' as '毎日') are reported as left out,
as days the source excepts already were. A range of days ('Monday to Sunday' as '毎日'),
a source that says every day too and a bracket that lists no days ('（日・英）', Japanese
and English) stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

WEEKLY_JA = "新サービスは週3便（月・水・金）で運航します。"
WEEKLY_KO = "주 3회(월·수·금) 운항한다."
DEPARTS = "The new service departs Mokpo every Monday, Wednesday and Friday."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", WEEKLY_JA, "The new service runs three times a week (Mon, Wed, Sat)."),
        ("en", WEEKLY_KO, "It runs three times a week (Mon/Wed/Sat)."),
        ("ja", DEPARTS, "新サービスは毎日木浦を出港します。"),
        ("ko", "Flights run every Monday.", "매일 운항한다."),
    ],
)
def test_timetable_day_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", WEEKLY_JA, "The new service runs three times a week (Mon, Wed, Fri)."),
        ("en", WEEKLY_JA, "It runs three times a week, on Mondays, Wednesdays and Fridays."),
        ("ja", DEPARTS, "新サービスは毎週月・水・金曜日に木浦を出港します。"),
        ("ja", "The shop is open Monday to Sunday.", "店舗は毎日営業しています。"),
        ("en", "月曜日は休館です。毎日10時開館。", "Closed on Mondays. Opens daily at 10:00."),
        ("en", "日・英の2言語（日・英）で配信します。", "Streamed in two languages."),
    ],
)
def test_timetable_day_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
