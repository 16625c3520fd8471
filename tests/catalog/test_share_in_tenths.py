"""PR404 on a share in tenths ('約2割', 20%): a translation that writes it with a percent
sign gives 20%, and '2%' is a changed figure, though '2割' may be a loose 2 said in
words ('two in ten', '10명 중 2명')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SHARE = "論山市は国内のいちご生産量の約2割を占めています。"


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "Nonsan accounts for about 20% of the country's strawberry production."),
        ("en", "Nonsan grows about two in ten of the country's strawberries."),
        ("ko", "논산시는 국내 딸기 생산량의 약 20%를 차지한다."),
        ("ko", "논산시는 국내 딸기 생산량의 약 2할을 차지한다."),
    ],
)
def test_a_share_in_tenths_said(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, SHARE, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SHARE, "Nonsan accounts for about 2% of the country's strawberry production."),
        ("ko", SHARE, "논산시는 국내 딸기 생산량의 약 2%를 차지한다."),
        ("en", "全商品を3割引で販売します。", "Every product is sold at 3% off."),
    ],
)
def test_a_share_in_tenths_made_a_percentage_of_its_digit(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]
