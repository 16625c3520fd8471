"""PR404 on the halves of a match ('前半24分', '後半89分'): minutes of play, not a half year,
so a translation that says 'the 24th minute' or '전반 24분' leaves nothing out."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

GOALS = "前半12分に先制し、後半71分に追加点を挙げました。"


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "They went ahead in the 12th minute and added a second in the 71st."),
        ("ko", "전반 12분 선제골을 넣었고 후반 71분 추가골을 기록했다."),
    ],
)
def test_minutes_of_a_half_said_another_way(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, GOALS, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("後半に新工場が稼働する予定です。", "The new plant opens in the first half."),
        ("前半12分に先制しました。", "They went ahead in the 21st minute."),
    ],
)
def test_half_year_and_minute_still_compared(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == ["PR404"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("後半45分に同点ゴールを許しました。", "They conceded an equalizer in the 90th minute."),
        ("후반 44분 결승골을 넣었다.", "He scored the winner in the 89th minute."),
    ],
)
def test_second_half_minute_counted_from_kick_off(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == []


def test_second_half_minute_counted_wrong_still_reported() -> None:
    msgstr = "They conceded an equalizer in the 89th minute."
    assert translation_codes("en", "後半45分に同点ゴールを許しました。", msgstr) == ["PR404"]
