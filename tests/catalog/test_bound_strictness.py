"""PR404 on a bound that includes its figure on one side and excludes it on the other,
each said exactly ('5개 이하' as '5個未満', 'Grade 3 or higher' as 'グレード3を超える'); loose
English ('more than $100,000' as '10万ドル以上') is usage, not a change. And a bound on an
amount with a scale word ('10만 달러 이하') is read whole, so it can be turned round."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LIMIT = "1인당 구매 수량은 5개 이하로 제한된다."
GRADE = "Grade 3 or higher events occurred in 12 patients."
INCOME = "対象は年収500万円超の世帯です。"
PAYING = "Customers paying more than $100,000 grew to 84."
FREE = "1인당 5개 이하, 10만 원 이상 구매 시 배송비 무료."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LIMIT, "お一人様あたりの購入数は5個未満となります。"),
        ("ja", GRADE, "グレード3を超える事象は12人で認められた。"),
        ("ko", INCOME, "대상은 연소득 500만 엔 이상 가구다."),
        ("ko", PAYING, "10만 달러 이하를 내는 고객은 84곳으로 늘었다."),
    ],
)
def test_bound_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PAYING, "10万ドル以上を支払う顧客は84社に増加。"),
        ("en", LIMIT, "Purchases are limited to fewer than five per customer."),
        ("ko", INCOME, "대상은 연소득 500만 엔 초과 가구다."),
        ("ja", FREE, "お一人様5個まで、10万ウォン以上のご購入で送料無料。"),
        ("en", "参加者は20歳以上です。", "Participants must be 20 or older."),
        ("ja", GRADE, "グレード3以上の事象は12人で認められた。"),
    ],
)
def test_bound_kept_or_loose(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
