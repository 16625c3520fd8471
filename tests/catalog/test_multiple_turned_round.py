"""PR404 on a multiple whose change the translation turns round ('1.5倍に増え' as '1.5배로
줄고', 'fell 1.5 times'), as it did on a percentage's ('30%減' as '30% 늘었다'): the figure
is kept, the change goes the other way."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HARVEST = "導入農家では、収穫量が平均で約1.5倍に増え、作業時間が約30％減りました。"


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "도입 농가에서는 수확량이 평균 약 1.5배로 늘고 작업 시간이 약 30% 줄었다."),
        ("en", "On those farms harvests grew about 1.5 times and working hours fell about 30%."),
        ("en", "Harvests rose about 1.5-fold on average, and working hours fell by about 30%."),
        ("ko", "도입 농가에서는 수확량이 평균 약 1.5배 증가하고 작업 시간이 약 30% 감소했다."),
    ],
)
def test_a_multiple_said_the_same_way(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, HARVEST, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "도입 농가에서는 수확량이 평균 약 1.5배로 줄고 작업 시간이 약 30% 줄었다."),
        ("en", "On those farms harvests fell about 1.5 times and working hours fell about 30%."),
    ],
)
def test_a_multiple_turned_round(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, HARVEST, msgstr) == ["PR404"]


def test_a_multiple_with_no_change_said_is_not_judged() -> None:
    # '3倍速い' says how much faster, no change: a translation's own wording is not read
    assert translation_codes("ko", "従来比3倍速い処理です。", "기존보다 3배 빠른 처리다.") == []
