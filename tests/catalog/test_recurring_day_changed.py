"""PR404 on a day of the week named with no date ('休館日は毎週月曜日', '매주 월요일',
'On Fridays and Saturdays'): a translation that names another day in its place ('毎週火曜日',
'closed on Tuesdays') changes when readers may come, with every figure the same. A day
named the same, a range ('月～金曜日' as 'Monday through Friday'), a day added beside the
source's, and a day in a sentence with a time zone (it may be another day there) are none."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CLOSED_JA = "休館日は毎週月曜日です。"
CLOSED_KO = "휴관일은 매주 월요일이다."
LATE = "会期中の金曜日・土曜日は20時まで開館します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", CLOSED_JA, "휴관일은 매주 화요일이다."),
        ("en", CLOSED_JA, "The museum is closed on Tuesdays."),
        ("ja", CLOSED_KO, "休館日は毎週日曜日です。"),
        ("en", LATE, "On Thursdays and Saturdays the museum is open until 8 p.m."),
    ],
)
def test_another_day(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", CLOSED_JA, "휴관일은 매주 월요일이다."),
        ("en", CLOSED_JA, "The museum is closed on Mondays."),
        ("ko", LATE, "전시 기간 중 금요일과 토요일은 오후 8시까지 개관한다."),
        (
            "en",
            "営業時間は月～金曜日の9時から17時です。",
            "Open Monday through Friday, 9 a.m. to 5 p.m.",
        ),
        (
            "en",
            "休館日は毎週月曜日です（祝日の場合は翌平日）。",
            "The museum is closed on Mondays (Tuesday when Monday is a holiday).",
        ),
        (
            "ja",
            "The webcast starts on Thursday at 8:00 p.m. ET.",
            "ウェブキャストは金曜日の日本時間午前9時に始まります。",
        ),
    ],
)
def test_the_same_day_or_not_judged(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
