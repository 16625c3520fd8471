"""PR410 on a loan's or a deposit's rate, fixed or variable: 'a fixed rate of 1.85%' as
'変動金利', '변동금리' as 'a fixed rate' turn the borrower's risk around while every
figure stays. A rate type kept, a source that names both, and 'fixed' of anything but a
rate ('a fixed date') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FIXED = "Borrowers can choose a fixed rate of 1.85% for the first ten years."
VARIABLE = "이 상품은 변동금리로만 제공된다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FIXED, "当初10年間は1.85%の固定金利を選べます。"),
        ("ko", FIXED, "처음 10년간 1.85%의 고정금리를 선택할 수 있다."),
        ("en", VARIABLE, "The product is offered at a variable rate only."),
        ("en", VARIABLE, "The product is offered only with a floating interest rate."),
        (
            "en",
            "변동금리와 고정금리 중 선택할 수 있다.",
            "Borrowers can choose a fixed or a variable rate.",
        ),
        ("ja", "Payments are made on a fixed date each month.", "毎月決まった日に返済します。"),
    ],
)
def test_the_rate_type_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FIXED, "当初10年間は1.85%の変動金利を選べます。"),
        ("ko", FIXED, "처음 10년간 1.85%의 변동금리를 선택할 수 있다."),
        ("en", VARIABLE, "The product is offered at a fixed rate only."),
        ("en", "三倉そらローンは変動型です。", "The Mitsukura Sora Loan is a fixed-rate loan."),
    ],
)
def test_the_rate_type_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
