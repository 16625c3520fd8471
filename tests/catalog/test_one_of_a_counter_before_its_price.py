"""PR404: the one of a counter right before its price, with no word for 'per' ('1株1,530円',
'1人5,000円', '1주 2,450엔', an item's '1個398円', '1台4万5000円', '1개 3,900원'), says 'per
share', 'per person', 'each': a translation that says so ('¥1,530 per share', '398 yen
each', '每台') leaves no 1 out; a changed price is still reported, and a count of one that
is no price is still compared."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "払込金額は1株1,530円です。", "The issue price is ¥1,530 per share."),
        ("en", "参加費は1人5,000円です。", "The participation fee is 5,000 yen per person."),
        ("ko", "参加費は1人5,000円です。", "참가비는 1인당 5,000엔이다."),
        ("en", "공개매수 가격은 1주 2,450엔이다.", "The tender offer price is ¥2,450 per share."),
        (
            "en",
            "新商品は1個398円（税込）で発売します。",
            "It will sell for 398 yen each, tax included.",
        ),
        ("en", "価格は1台4万5000円です。", "The price is 45,000 yen per unit."),
        ("en", "가격은 1대 45만 원이다.", "The price is 450,000 won per unit."),
        (
            "en",
            "1袋298円、1日1,000袋を販売します。",
            "298 yen a bag; 1,000 bags will be sold a day.",
        ),
        ("zh_Hans", "価格は1台4万5000円です。", "价格为每台4万5000日元。"),
    ],
)
def test_per_one_said(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "払込金額は1株1,530円です。", "The issue price is ¥1,350 per share."),
        ("en", "1名に5,000円を支給します。", "We will pay 5,000 yen to two people."),
        (
            "en",
            "新商品は1個398円（税込）で発売します。",
            "It will sell for 389 yen each, tax included.",
        ),
        ("en", "1台を寄贈しました。", "We donated two units."),
    ],
)
def test_price_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
