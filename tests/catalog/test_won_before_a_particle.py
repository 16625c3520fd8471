"""PR404 on an amount in won that the Korean writes with a particle after '원'
('1,250억 원으로', '6만 원을'): its currency is the won, so a Japanese release's yen
given as won ('約1,250億円' as '약 1,250억 원으로') is a changed amount, as '1,250억 원'
alone already was; yen kept ('1,250억 엔으로') and '5원칙' (no amount) are none."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

COST = "総事業費は約1,250億円を見込んでいます。"


def test_yen_given_as_won_before_a_particle() -> None:
    msgstr = "총사업비는 약 1,250억 원으로 예상된다."
    assert translation_codes("ko", COST, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (COST, "총사업비는 약 1,250억 엔으로 예상된다."),
        ("料金は月6万9,000ウォンです。", "요금은 월 6만9000원으로 책정됐다."),
        ("同社は5原則を定めた。", "회사는 5원칙을 세웠다."),
    ],
)
def test_the_same_currency_or_no_amount(msgid: str, msgstr: str) -> None:
    assert translation_codes("ko", msgid, msgstr, with_info=False) == []
