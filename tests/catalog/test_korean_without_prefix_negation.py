"""PR410: a Korean word whose prefix 무- or 비- says a thing is not there ('무약정' a
no-contract plan, '무제한' unlimited, '무이자' interest-free, '비회원' non-members) is that
negation: a carrier's '무약정 요금제' translated 'a no-contract plan' was reported as a
negation added where the source has none. '무선' (wireless) and '비용' (cost) are no
negation, and a negation the translation adds to them is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "무약정 고객도 월 3만3000원에 데이터 10GB를 쓸 수 있다.",
            "No-contract customers get 10 GB of data for 33,000 won a month.",
        ),
        ("en", "데이터 무제한 요금제를 출시했다.", "It launched a plan with no data cap."),
        (
            "en",
            "12개월 무이자 할부를 제공한다.",
            "It offers 12 months of installments with no interest.",
        ),
        ("en", "비회원도 이용할 수 있다.", "Those with no membership can use it too."),
        ("ko", "A no-contract plan costs 33,000 won a month.", "무약정 요금제는 월 3만3000원이다."),
    ],
)
def test_a_prefix_of_without_is_a_negation(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "무선 가입 회선은 4850만 회선이다.",
            "Its 48.5 million wireless lines are not in service.",
        ),
        ("통신 비용을 낮췄다.", "It did not lower the cost of calls."),
    ],
)
def test_wireless_and_cost_are_no_negation(msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes("en", msgid, msgstr)
