"""PR410: a fee or a pass the source gives a day ('1日980円', '하루 1만1000원', '980 yen a
day', '日額') that the translation gives a month or a year ('980 yen a month', '월 980엔'),
or a month's fee given a day, is reported: the figure stayed, so nothing saw it, though the
reader's bill is thirty times apart. A translation that names both periods, a count a day
('1日8便') and a date's first ('12月1日') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ROAMING_JA = "オーストラリアでのローミング料金は1日980円です。"
ROAMING_KO = "호주 로밍 요금은 하루 1만1000원이다."
PLAN_EN = "The plan costs 2,970 yen a month."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ROAMING_JA, "Roaming in Australia costs 980 yen a day."),
        ("en", ROAMING_JA, "Roaming in Australia costs 980 yen per day."),
        ("en", ROAMING_KO, "Roaming in Australia costs 11,000 won a day."),
        ("ja", PLAN_EN, "月額2,970円のプランです。"),
        ("ko", "Roaming costs 11,000 won a day.", "로밍 요금은 하루 1만1000원이다."),
        # both periods named in the translation
        ("en", ROAMING_JA, "Roaming costs 980 yen a day, or about 29,400 yen over a month."),
        # a count a day, a date's first
        (
            "en",
            "1日8便を運航し、運賃は月額プランで割引されます。",
            "Eight flights a day, with fares cut on the monthly plan.",
        ),
        ("en", "12月1日980円で発売します。", "It goes on sale on December 1 at 980 yen."),
    ],
)
def test_a_fee_kept_with_its_period(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ROAMING_JA, "Roaming in Australia costs 980 yen a month."),
        ("en", ROAMING_KO, "Roaming in Australia costs 11,000 won a month."),
        ("ja", "Roaming costs 980 yen a day.", "ローミング料金は月額980円です。"),
        ("ko", PLAN_EN, "이 요금제는 하루 2,970엔이다."),
        ("en", "データ通信は日額500円で使い放題です。", "Unlimited data costs 500 yen a year."),
    ],
)
def test_a_fee_given_another_period_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


# a plan's monthly charge Korean names without its sum ('월정액', '월 요금'), as a
# carrier's compensation for an outage counts it
COMPENSATION = "하늘텔레콤은 피해 고객에게 월정액의 6배를 보상한다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "reported"),
    [
        ("en", COMPENSATION, "Affected customers will get six times their monthly fee.", False),
        ("en", COMPENSATION, "Affected customers will get six times their annual fee.", True),
        (
            "en",
            "피해 고객에게 월 요금의 6배를 보상한다.",
            "They get six times their yearly fee.",
            True,
        ),
        ("ko", "Customers get six times their annual fee.", "고객은 월정액의 6배를 받는다.", True),
        (
            "en",
            "월 요금 인하 효과는 연간 2000억 원에 달한다.",
            "The cut in monthly fees is worth 200 billion won a year.",
            False,
        ),
    ],
)
def test_a_monthly_charge_named_without_its_sum(
    locale: str, msgid: str, msgstr: str, reported: bool
) -> None:
    assert ("PR410" in translation_codes(locale, msgid, msgstr)) is reported
