"""PR404 on what a price or a discount is counted per: a hotel's rate per room given per
person ('per room per night' as '1名1泊'), breakfast per person given per room, a plan's
discount per line given per family ('회선당' as 'per family'). The same basis written
another way ('per room' as '1室', '객실 1박'; '1名につき', '1인당') and a count that is no
basis ('2名分の朝食') are none."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RATE = "Rates start at KRW 280,000 per room per night, including breakfast for two."
BREAKFAST = "Breakfast for additional guests is KRW 45,000 per person."
BUNDLE = "가족결합 시에는 회선당 최대 월 1만1000원이 추가로 할인된다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATE, "料金は2名分の朝食付きで1名1泊28万ウォンからです。"),
        ("ja", BREAKFAST, "追加の朝食は1室につき4万5,000ウォンです。"),
        (
            "en",
            BUNDLE,
            "Family bundles get a further discount of up to KRW 11,000 a month per family.",
        ),
    ],
)
def test_another_basis(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATE, "料金は2名分の朝食付きで1室1泊28万ウォンからです。"),
        ("ko", RATE, "요금은 2인 조식 포함 객실 1박 기준 28만 원부터다."),
        ("ja", BREAKFAST, "追加の朝食は1名につき4万5,000ウォンです。"),
        ("ko", BREAKFAST, "추가 인원의 조식은 1인당 4만 5,000원이다."),
        (
            "en",
            BUNDLE,
            "Family bundles get a further discount of up to KRW 11,000 a month per line.",
        ),
        ("ja", BUNDLE, "家族割では1回線あたり月最大1万1,000ウォンが追加で割り引かれる。"),
    ],
)
def test_the_same_basis(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
