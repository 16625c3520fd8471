"""PR404 on a stock code the translation keeps beside the exchange's full name, in a
bracket that also defines a short form ('(도쿄증권거래소 프라임: 6448, 이하 '회사')' for
'（東証プライム：6488、以下「当社」）'): a changed code is a changed code, not one left out."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_MSGID = "朝比奈精機株式会社（東証プライム：6488、以下「当社」）は本日発表しました。"


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "아사히나정기 주식회사(도쿄증권거래소 프라임: 6448, 이하 '회사')는 오늘 발표했다."),
        ("en", 'Asahina Seiki (Tokyo Stock Exchange Prime: 6448; the "Company") announced today.'),
    ],
)
def test_a_changed_code(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, _MSGID, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "아사히나정기 주식회사(도쿄증권거래소 프라임: 6488, 이하 '회사')는 오늘 발표했다."),
        ("ko", "아사히나정기 주식회사(이하 '회사')는 오늘 발표했다."),
        ("en", 'Asahina Seiki (Tokyo Stock Exchange Prime: 6488; the "Company") announced today.'),
    ],
)
def test_the_code_kept_or_left_out(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, _MSGID, msgstr, with_info=False) == []


@pytest.mark.parametrize("market", ["스탠다드", "스탠더드"])
def test_the_korean_market_name_as_either_spelling_writes_it(market: str) -> None:
    msgid = "清瀬フーズ株式会社（東証スタンダード：2931、以下「清瀬フーズ」）は発表した。"
    msgstr = f"기요세푸드 주식회사(도쿄증권거래소 {market}: 2931, 이하 '기요세푸드')는 발표했다."
    assert translation_codes("ko", msgid, msgstr) == []
