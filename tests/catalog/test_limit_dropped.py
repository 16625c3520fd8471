"""PR410 on a figure the source says is a limit ('최대 5Mbps', 'up to 80 guests', '最大80席')
that the translation states with no word of a limit, bound or approximation ('speeds of 5
Mbps', '80席を備えます'): a maximum given as the figure itself. The limit said another way
('80名まで', 'capped at', '以上' for 'at least') is none."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SPEED = "기본 제공 데이터를 모두 사용한 뒤에도 최대 5Mbps 속도로 데이터를 계속 이용할 수 있다."
BAR = "The rooftop bar will open at 6:00 p.m. daily and seat up to 80 guests."
STEPS = "Participants who walked at least 7,000 steps a day were less likely to develop dementia."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SPEED,
            "After the included data is used up, customers can keep using data at 5 Mbps.",
        ),
        ("ja", BAR, "ルーフトップバーは毎日18時に開店し、80席を備えます。"),
    ],
)
def test_a_limit_stated_as_the_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SPEED, "After the included data is used up, speeds are capped at 5 Mbps."),
        ("en", SPEED, "After the included data is used up, customers get up to 5 Mbps."),
        ("ja", BAR, "ルーフトップバーは毎日18時に開店し、最大80席を備えます。"),
        ("ja", BAR, "ルーフトップバーは毎日18時に開店し、80名まで収容できます。"),
        ("ko", STEPS, "하루 7,000보 이상 걸은 참가자는 치매 발병 위험이 낮았다."),
    ],
)
def test_the_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
