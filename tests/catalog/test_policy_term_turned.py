"""PR410 on a policy's term turned ('renewable type' as '終身型', '갱신형' as 'whole-life')
and on a premium's period turned where Korean gives it before the premium as a word of its
own ('월 보험료 1만2000원부터' as 'annual premiums from 12,000 won', '月払保険料' as 'a year'):
every figure stays, though the customer buys another policy or pays twelve times as much."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

TERM_EN = "Premiums start from 2,300 yen a month for the renewable type."
TERM_JA = "更新型の保険期間は5年で、85歳まで更新できます。"
TERM_KO = "이 상품은 갱신형으로 5년마다 갱신된다."
PREMIUM_KO = "월 보험료는 1만2000원부터다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TERM_EN, "保険料は更新型で月額2,300円からです。"),
        ("ko", TERM_EN, "보험료는 갱신형 기준 월 2,300엔부터다."),
        ("en", TERM_JA, "The renewable type has a five-year term and can be renewed up to age 85."),
        ("en", TERM_KO, "It is a renewable policy, renewed every five years."),
        ("en", PREMIUM_KO, "Monthly premiums start from 12,000 won."),
        ("en", PREMIUM_KO, "Premiums start from 12,000 won a month."),
        # both terms offered, on both sides
        (
            "en",
            "更新型と終身型からお選びいただけます。",
            "Customers can choose between a renewable type and a whole-life type.",
        ),
        # March's premium is no monthly premium
        ("en", "3월 보험료는 4월에 납부한다.", "The premium for March is paid in April."),
    ],
)
def test_the_term_and_period_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TERM_EN, "保険料は終身型で月額2,300円からです。"),
        ("ko", TERM_EN, "보험료는 종신형 기준 월 2,300엔부터다."),
        (
            "en",
            TERM_JA,
            "The whole-life type has a five-year term and can be renewed up to age 85.",
        ),
        ("en", TERM_KO, "It is a whole-life policy, renewed every five years."),
        ("en", PREMIUM_KO, "Annual premiums start from 12,000 won."),
        ("en", "月払保険料は2,300円です。", "The premium is 2,300 yen a year."),
    ],
)
def test_a_term_or_period_turned_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
