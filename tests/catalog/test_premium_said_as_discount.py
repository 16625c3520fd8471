"""PR410: a price the source sets at a premium over a market price that the translation
says is at a discount ('a premium of 38.6%' as '38.6%のディスカウント', '38.6% 할인'), or the
other way round, is reported; a translation that says both, or the same one, is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

PREMIUM = "The offer price of 1,320 yen represents a premium of 27.4% over the closing price."
DISCOUNT = "払込金額は、直前営業日の終値から4.5%ディスカウントした金額です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PREMIUM, "買付価格1,320円は、終値に対して27.4%のディスカウントとなります。"),
        ("ko", PREMIUM, "매수 가격 1,320엔은 종가 대비 27.4% 할인된 가격이다."),
        ("en", DISCOUNT, "The issue price represents a 4.5% premium to the previous day's close."),
    ],
)
def test_reversed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PREMIUM, "買付価格1,320円は、終値に27.4%のプレミアムを加えた価格です。"),
        ("ko", PREMIUM, "매수 가격 1,320엔은 종가에 27.4%의 프리미엄을 더한 가격이다."),
        ("en", DISCOUNT, "The issue price is at a 4.5% discount to the previous day's close."),
    ],
)
def test_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
