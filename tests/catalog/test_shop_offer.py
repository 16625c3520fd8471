"""PR404 on a shop's offer of so many free with so many bought ('1+1', '2+1', 'buy one,
get one free', 'BOGO'): one figure, which '50% off' or 'buy one' alone changes; said in
words or in digits it was read as two ones, each reported missing from a translation
that says the offer right. A sum ('1+1=2'), a '5+5' and a warranty's '1+1年' stay
numbers."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

KO = "하늘마트는 11월 한 달간 '허니버터 칩' 1+1 행사를 진행한다."
EN = "Buy one cleansing foam and get one free, while supplies last."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KO,
            "Haneul Mart runs a buy-one-get-one-free offer on Honey Butter Chips in November.",
        ),
        ("en", KO, "Haneul Mart Runs Buy-One-Get-One-Free Offer on Honey Butter Chips in November"),
        (
            "en",
            KO,
            "In November, Haneul Mart sells Honey Butter Chips at buy one, get one free.",
        ),
        ("en", "2+1 행사 상품", "Items on the buy two, get one free offer"),
        ("ko", EN, "클렌징 폼은 1+1 행사로 판매하며, 재고 소진 시까지 진행한다."),
        ("ja", "BOGO on all iced drinks", "アイスドリンク全品1+1"),
        ("ja", "1+1=2 and 5+5 years", "1+1=2、5+5年"),
    ],
)
def test_offer_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "Haneul Mart will sell Honey Butter Chips at 50% off in November."),
        ("en", KO, "Haneul Mart will run a buy-one offer on Honey Butter Chips in November."),
        ("en", "2+1 행사 상품", "Items on the buy one, get one free offer"),
        ("ko", EN, "클렌징 폼은 50% 할인 판매하며, 재고 소진 시까지 진행한다."),
    ],
)
def test_offer_changed(locale: str, msgid: str, msgstr: str) -> None:
    codes = [f.code for f in translation_findings(locale, msgid, msgstr)]
    assert codes == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "1인 2개 한정", "Limit two per person"),
        ("en", "1人2個まで購入できます。", "Each customer may buy up to two."),
        ("en", "1봉지(80g)당 열량은 430kcal이다.", "Each 80 g bag contains 430 kcal."),
        ("en", "1個（110g）あたり286kcal", "286 kcal per cup (110 g)"),
    ],
)
def test_one_per_customer_is_no_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "1인 2개 한정", "Limit three per person"),
        ("en", "1人2個まで購入できます。", "Each customer may buy up to three."),
        ("en", "1봉지(80g)당 열량은 430kcal이다.", "Each 80 g bag contains 340 kcal."),
        ("en", "1봉지(80g)당 열량은 430kcal이다.", "Each 60 g bag contains 430 kcal."),
        ("en", "1個（110g）あたり286kcal", "286 kcal per cup (100 g)"),
    ],
)
def test_limit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)
