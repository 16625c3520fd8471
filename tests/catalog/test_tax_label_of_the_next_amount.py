"""PR404 on prices and their tax: in '6600엔(세금 별도 6000엔)' or '6,600円（税抜6,000円）'
the label in the bracket opens the amount after it, the price before tax; the price
before the bracket says nothing of its tax, and a translation that calls it the price
with tax ('税込6,600円（税抜6,000円）', as the list's heading says) changes nothing. A label
that closes the bracket ('3,800엔(세금 별도)') is still the price's own."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

KIT_KO = "일본 한정판 기획 세트: 일본 6600엔(세금 별도 6000엔)"
KIT_JA = "限定セット：6,600円（税抜6,000円）"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", KIT_KO, "日本限定キット：税込6,600円（税抜6,000円）"),
        ("en", KIT_KO, "Japan-exclusive limited-edition set: ¥6,600 (¥6,000 before tax)"),
        (
            "en",
            KIT_KO,
            "Japan-exclusive limited-edition set: ¥6,600 including tax (¥6,000 excluding tax)",
        ),
        ("en", KIT_JA, "Limited set: ¥6,600 including tax (¥6,000 before tax)"),
        ("ko", KIT_JA, "한정 세트: 부가세 포함 6600엔(세금 별도 6000엔)"),
    ],
)
def test_a_label_opening_the_next_amount_is_that_amounts(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", KIT_KO, "日本限定キット：税込6,600円（税込6,000円）"),
        ("en", KIT_JA, "Limited set: ¥6,600 (¥6,000 including tax)"),
        ("ja", "토너 미니어처: 3800엔(세금 별도)", "トナー ミニサイズ：税込3,800円"),
        ("en", "토너 미니어처: 3800엔(세금 별도)", "Toner miniature: ¥3,800 including tax"),
    ],
)
def test_a_label_turned_is_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
