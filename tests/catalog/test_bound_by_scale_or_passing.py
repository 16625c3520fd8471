"""PR410 on a bound the source gives after a figure in ten-thousands ('30만 명 이상',
'80万件以上'), before a particle ('20ms 이하로'), or by a verb of passing ('200만 건을
넘어섰다', '80万件を超え', '돌파'): a translation stating the figure alone drops it; one
keeping it in its own words ('more than', 'surpassed', '以上', '突破') does not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SIGNUPS_KO = "앱 가입자는 출시 석 달 만에 30만 명 이상을 기록했다."
ORDERS_KO = "누적 주문 건수는 200만 건을 넘어섰다."
LATENCY_KO = "결제 승인 지연 시간은 20ms 이하로 단축된다."
BOOKINGS_JA = "予約件数は受付開始後に80万件を超えました。"
# a surveillance report's level, which English names before the figure it passes
LEVEL_JA = "東川市の定点当たり報告数は注意報レベルの10を超えました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SIGNUPS_KO, "The app had 300,000 sign-ups three months after launch."),
        ("ja", SIGNUPS_KO, "アプリの会員数は公開から3か月で30万人を記録しました。"),
        ("en", ORDERS_KO, "Cumulative orders reached 2 million."),
        ("ja", ORDERS_KO, "累計注文件数は200万件となりました。"),
        ("en", LATENCY_KO, "Payment approval latency will be cut to 20 ms."),
        ("en", BOOKINGS_JA, "Bookings reached 800,000 after opening."),
        ("ko", BOOKINGS_JA, "예약 건수는 접수 개시 후 80만 건을 기록했다."),
        # the level named, but not said to be passed
        ("en", LEVEL_JA, "Cases per sentinel site in Higashikawa reached the alert level of 10."),
        ("en", LEVEL_JA, "Exceeding forecasts, cases per sentinel site in Higashikawa were 10."),
    ],
)
def test_bound_stated_as_the_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SIGNUPS_KO, "The app passed 300,000 sign-ups within three months of launch."),
        ("ja", SIGNUPS_KO, "アプリの会員数は公開から3か月で30万人以上を記録しました。"),
        ("en", ORDERS_KO, "Cumulative orders have surpassed 2 million."),
        ("en", ORDERS_KO, "Cumulative orders have topped 2 million."),
        ("en", ORDERS_KO, "Cumulative orders have passed 2 million."),
        ("ja", ORDERS_KO, "累計注文件数は200万件を突破しました。"),
        ("en", LATENCY_KO, "Payment approval latency will be cut to 20 ms or less."),
        ("en", BOOKINGS_JA, "Bookings exceeded 800,000 after opening."),
        ("ko", BOOKINGS_JA, "예약 건수는 접수 개시 후 80만 건을 돌파했다."),
        ("en", "대상은 만 65세 이상이다.", "Those aged 65 and over are eligible."),
        (
            "en",
            LEVEL_JA,
            "Cases per sentinel site in Higashikawa exceeded the advisory threshold of 10.",
        ),
        ("en", LEVEL_JA, "Higashikawa has passed the epidemic advisory level of 10 cases."),
    ],
)
def test_bound_kept_in_other_words(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
