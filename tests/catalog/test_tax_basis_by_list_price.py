"""PR404 and PR410 on a Japanese price list's 本体価格 (the price of the thing itself,
before tax): '本体価格398円（税込429円）' gives 398 yen before tax, so 'tax' of the
税込 after it is 429's, not 398's; the two prices swapped are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EN = "Price: ¥398 before tax (¥429 including the 8% consumption tax)"
JA = "価格：本体価格398円（税込429円、軽減税率8%）"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, JA),
        ("en", JA, "Price: ¥429 including tax (¥398 before tax; 8% rate)"),
        ("en", "本体価格400円（税込440円）", "¥440 including tax (¥400 before tax)"),
        ("ko", JA, "가격: 부가세 별도 398엔(부가세 포함 429엔, 경감세율 8%)"),
    ],
)
def test_list_price_is_before_tax(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "価格：税込398円（本体価格429円、軽減税率8%）"),
        ("en", JA, "Price: ¥398 including tax (¥429 before tax; 8% rate)"),
        ("en", "本体価格400円（税込440円）", "¥400 including tax (¥440 before tax)"),
    ],
)
def test_list_price_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)
