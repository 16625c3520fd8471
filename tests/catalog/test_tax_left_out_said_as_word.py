"""PR410: a price that leaves a tax or a fee out, said in English with a negation ('do
not include sales tax', 'shipping is not included') and in Japanese or Korean with a word
of leaving out ('税別', '送料別途', '별도', '불포함'), as product releases are routinely
translated, keeps the source's negation; a translation that says the tax is included, or
that drops another negation of the sentence, is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NOT_INCLUDED = "Suggested retail prices do not include sales tax."
SHIPPING = "Shipping is not included in the price of the starter kit."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NOT_INCLUDED, "希望小売価格は税別です。"),
        ("ja", NOT_INCLUDED, "希望小売価格は税抜きの表示です。"),
        ("ko", NOT_INCLUDED, "권장 소비자가격은 판매세 별도입니다."),
        ("ko", NOT_INCLUDED, "권장 소비자가격은 판매세 불포함 가격입니다."),
        ("ja", SHIPPING, "スターターキットの価格は送料別途です。"),
        ("ko", SHIPPING, "스타터 키트 가격에는 배송비가 별도로 부과됩니다."),
    ],
)
def test_tax_left_out_said_with_a_word(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # the opposite: the tax said to be in the price
        ("ja", NOT_INCLUDED, "希望小売価格は税込みです。"),
        # another negation of the sentence dropped beside the tax's own word
        (
            "ja",
            "Prices do not include sales tax, and the kit is not sold online.",
            "価格は税別で、キットはオンラインで販売します。",
        ),
        (
            "ko",
            "Prices do not include sales tax, and the kit is not sold online.",
            "가격은 판매세 별도이며, 키트는 온라인에서 판매한다.",
        ),
    ],
)
def test_negation_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)
