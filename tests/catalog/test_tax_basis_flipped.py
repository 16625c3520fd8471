"""PR404 on a price said with tax in it on one side and without on the other ('4,180엔
(세금 포함)' as '4,180円（税抜）', 'KRW 38,000 including VAT' as 'excluding VAT'); both
prices given, each with its own label, in another order or form, are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

JAPAN = "일본에서는 4,180엔(세금 포함)에 판매하며, 세금 별도 가격은 3,800엔이다."
BOTH = "価格は税込3,800円（税抜3,455円）です。"
SEOUL = "가격은 3만 8,000원(부가세 포함)이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", JAPAN, "日本では4,180円（税抜）で販売します。税込価格は3,800円です。"),
        ("en", JAPAN, "In Japan it sells for 3,800 yen including tax (4,180 yen before tax)."),
        ("en", BOTH, "It costs 3,800 yen before tax (3,455 yen including tax)."),
        ("en", SEOUL, "It is priced at KRW 38,000 excluding VAT."),
    ],
)
def test_tax_basis_flipped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", JAPAN, "日本では4,180円（税込）で販売します。税抜価格は3,800円です。"),
        ("en", JAPAN, "In Japan it sells for 4,180 yen including tax (3,800 yen before tax)."),
        ("en", BOTH, "It costs 3,800 yen including tax (3,455 yen before tax)."),
        ("ko", BOTH, "가격은 부가세 포함 3,800엔(부가세 별도 3,455엔)이다."),
        ("en", BOTH, "Price: ¥3,455 (excl. tax); ¥3,800 (incl. tax)."),
        ("ja", SEOUL, "価格は3万8,000ウォン（付加価値税込み）です。"),
    ],
)
def test_tax_basis_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


# a plan's price with its period or a copula between the label and the amount
PLAN = "料金はすべて税込表示です。税抜価格は月額2,700円です。"
PLAN_KO = "부가세 포함 요금은 월 5만5000원이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PLAN, "All prices include tax. The price including tax is 2,700 yen a month."),
        ("en", PLAN_KO, "The price excluding VAT is 55,000 won a month."),
        ("ja", "The price excluding tax is 2,700 yen a month.", "税込価格は月額2,700円です。"),
    ],
)
def test_a_plans_tax_basis_flipped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PLAN, "All prices include tax. The price excluding tax is 2,700 yen a month."),
        ("en", PLAN_KO, "The price including VAT is 55,000 won a month."),
        ("ja", "The price excluding tax is 2,700 yen a month.", "税抜価格は月額2,700円です。"),
        ("ko", "The price excluding tax is 2,700 yen a month.", "세금 별도 요금은 월 2,700엔이다."),
    ],
)
def test_a_plans_tax_basis_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
