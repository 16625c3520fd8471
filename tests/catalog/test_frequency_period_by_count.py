"""PR410 on a count of flights given a day for a week where the source says both periods:
'毎日1往復、…週4往復…合計で週11往復' as '… four round trips a day … 11 round trips a week'
multiplies a count by seven while every figure stays; before, a source that said '毎日'
and '週' both was not judged. Each count is read with the period beside it; counts kept
with their periods, in words or digits, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SCHEDULE_JA = (
    "SB701便は毎日1往復、SB703便は月・水・金・日曜日の週4往復を運航し、合計で週11往復となります。"
)
HEADLINE_JA = "1日最大2往復・週11往復で運航"
SCHEDULE_EN = (
    "SB701 will fly one round trip daily and SB703 four round trips a week, 11 a week in all."
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SCHEDULE_JA,
            "SB701 will fly one round trip daily and SB703 four round trips a week on Mondays, "
            "Wednesdays, Fridays and Sundays, 11 round trips a week in all.",
        ),
        ("en", HEADLINE_JA, "Up to two round trips a day, 11 a week"),
        ("en", HEADLINE_JA, "Up to 2 daily round trips and 11 weekly round trips"),
        (
            "ko",
            SCHEDULE_JA,
            "SB701편은 매일 1왕복, SB703편은 월·수·금·일요일 주 4왕복 운항해 "
            "모두 주 11왕복이 된다.",
        ),
        ("ko", HEADLINE_JA, "하루 최대 2왕복·주 11왕복 운항"),
        ("ja", SCHEDULE_EN, "SB701便は毎日1往復、SB703便は週4往復、合計で週11往復を運航します。"),
        (
            "en",
            "3月1日10時から週4便を運航します。",
            "Four flights a week will start on March 1 at 10:00.",
        ),
    ],
)
def test_each_count_with_its_period(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SCHEDULE_JA,
            "SB701 will fly one round trip daily and SB703 four round trips a day on Mondays, "
            "Wednesdays, Fridays and Sundays, 11 round trips a week in all.",
        ),
        ("en", HEADLINE_JA, "Up to two round trips a week, 11 a week"),
        (
            "ko",
            SCHEDULE_JA,
            "SB701편은 매일 1왕복, SB703편은 월·수·금·일요일 하루 4왕복 운항해 "
            "모두 주 11왕복이 된다.",
        ),
        ("ja", SCHEDULE_EN, "SB701便は毎日1往復、SB703便は1日4往復、合計で週11往復を運航します。"),
    ],
)
def test_a_count_given_the_other_period(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
