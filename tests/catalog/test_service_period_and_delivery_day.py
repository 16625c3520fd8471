"""PR410 on a service's frequency and a delivery's day: sailings or flights a week said a
month ('週3便' as 'three sailings a month', 'three a week' as '월 3회') and a same-day
delivery said next-day ('当日お届け' as 'next-day delivery'), or the other way round, are
reported as a day said a week already was: the figure stays, so the figure check passed."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LAUNCH = "Kaiyo Lines launches three sailings a week between Busan and Tokyo."
LAUNCH_JA = "海陽ラインズ、釜山～東京間で週3便の新サービスを開始"
SAME_DAY = "Orders placed by 11:00 are delivered the same day within Tokyo's 23 wards."
NEXT_DAY_KO = "오전 11시까지 접수된 주문은 다음 날 배송된다."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.code for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LAUNCH, "海陽ラインズ、釜山～東京間で月3便の新サービスを開始"),
        ("ko", LAUNCH, "카이요라인즈, 부산~도쿄 월 3회 신규 서비스 개시"),
        ("en", LAUNCH_JA, "Kaiyo Lines launches three sailings a month between Busan and Tokyo"),
        ("en", "월 2회 정기 점검을 실시한다.", "Inspections are held twice a week."),
        ("ja", SAME_DAY, "11時までのご注文は、東京23区内で翌日お届けします。"),
        (
            "en",
            "東京23区で当日配送サービスを開始します。",
            "Next-day delivery starts in Tokyo's 23 wards.",
        ),
        ("en", NEXT_DAY_KO, "Orders received by 11 a.m. are delivered the same day."),
        (
            "ko",
            "Orders placed by 11:00 are delivered the next day.",
            "오전 11시까지 접수된 주문은 당일 배송된다.",
        ),
    ],
)
def test_period_or_day_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LAUNCH, "海陽ラインズ、釜山～東京間で週3便の新サービスを開始"),
        ("ko", LAUNCH, "카이요라인즈, 부산~도쿄 주 3회 신규 서비스 개시"),
        ("en", LAUNCH_JA, "Kaiyo Lines launches three weekly sailings between Busan and Tokyo"),
        ("en", "월 2회 정기 점검을 실시한다.", "Inspections are held twice a month."),
        ("en", "3月3日に週3便で就航します。", "Three weekly sailings start on March 3."),
        ("ja", SAME_DAY, "11時までのご注文は、東京23区内で当日お届けします。"),
        (
            "ko",
            "Orders placed by 11:00 are delivered the next day.",
            "오전 11시까지 접수된 주문은 익일 배송된다.",
        ),
        ("en", NEXT_DAY_KO, "Orders received by 11 a.m. are delivered the next day."),
        # both days in the source; an applicable or a dividend's date is no delivery day
        ("en", "イベント当日の模様は翌日配信します。", "The event will be streamed the next day."),
        (
            "en",
            "配当日は3月31日です。",
            "The record date is March 31; payment follows the next day.",
        ),
        ("en", "해당일 다음 날 지급한다.", "Paid on the day after the relevant date."),
    ],
)
def test_period_or_day_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []
