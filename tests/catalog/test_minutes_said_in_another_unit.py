"""PR404 on a span of minutes or seconds, as timetables and travel releases give an
interval or a journey's time: 'every 15 minutes' as '15時間ごと', '2 hours 10 minutes' as
'2시간 10초' keep the figure in another unit of time; before, only months, weeks, days and
hours were compared. A clock's minutes ('10時15分', '10시 15분') are no span of time."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EVERY = "Trains run every 15 minutes on weekdays."
TAKES = "The journey takes 2 hours 10 minutes."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EVERY, "平日は15分ごとに運転します。"),
        ("ja", EVERY, "平日は15分間隔で運転します。"),
        ("ko", EVERY, "평일에는 15분 간격으로 운행합니다."),
        ("ko", TAKES, "소요 시간은 2시간 10분입니다."),
        ("ja", TAKES, "所要時間は2時間10分です。"),
        (
            "en",
            "10時15分に出発し、15時間後に到着します。",
            "It leaves at 10:15, 15 hours before it lands.",
        ),
        (
            "en",
            "10시 15분에 출발해 15시간 뒤 도착합니다.",
            "It leaves at 10:15, 15 hours before it lands.",
        ),
    ],
)
def test_the_unit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EVERY, "平日は15時間ごとに運転します。"),
        ("ko", TAKES, "소요 시간은 2시간 10초입니다."),
        ("en", "所要時間は2時間10分です。", "The trip takes 2 hours and 10 seconds."),
    ],
)
def test_the_unit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
