"""PR404 on a race's time as Japanese and Korean write a record ('9秒98', '10초05'):
official translations write '9.98 seconds', one figure, not the numbers 9 and 98, so a
sprinter's correct personal best was reported changed and a changed one ('9秒89') went
unreported as 9 and 89 against the source's 9.98. A time over a minute ('1分45秒30') is
English's '1:45.30', which was read as a ratio."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_PB_EN = "Kiriyama ran 9.98 seconds, improving on his previous best of 10.05."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", _PB_EN, "霧山選手は9秒98を記録し、これまでの自己ベスト10秒05を更新しました。"),
        ("ko", _PB_EN, "기리야마는 9초98을 기록해 종전 자체 최고 기록 10초05를 경신했다."),
        (
            "en",
            "女子100mで11秒2の大会記録を樹立しました。",
            "She set a meet record of 11.2 in the women's 100m.",
        ),
        ("en", "100m 예선에서 10초31을 기록했다.", "He ran 10.31 seconds in his 100m heat."),
        (
            "en",
            "霧山選手は1分45秒30の日本記録を樹立しました。",
            "Kiriyama set a national record of 1:45.30.",
        ),
        ("ja", "She won the 800m in 2:01.45.", "彼女は800mを2分01秒45で制しました。"),
        ("en", "800m에서 1분45초30을 기록했다.", "He ran 1:45.30 in the 800m."),
        # a time without hundredths, and seconds then a count, are read as before
        ("ja", "He ran 1 minute 58 seconds.", "1分58秒で走りました。"),
        ("en", "30秒のCMを2回放映します。", "The 30-second spot will air twice."),
    ],
)
def test_seconds_and_hundredths_read_as_one_time(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "霧山選手は9秒89を記録し、これまでの自己ベスト10秒05を更新しました。"),
        ("ja", "霧山選手は9秒98を記録し、これまでの自己ベスト10秒50を更新しました。"),
        ("ko", "기리야마는 9초98을 기록해 종전 자체 최고 기록 10초15를 경신했다."),
    ],
)
def test_a_changed_time_is_still_reported(locale: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, _PB_EN, msgstr, with_info=False)


def test_a_changed_time_over_a_minute_is_still_reported() -> None:
    msgid = "霧山選手は1分45秒30の日本記録を樹立しました。"
    msgstr = "Kiriyama set a national record of 1:45.03."
    assert "PR404" in translation_codes("en", msgid, msgstr, with_info=False)
