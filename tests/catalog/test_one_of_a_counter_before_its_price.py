"""PR404: the one of a counter right before its price, with no word for 'per' ('1株1,530円',
'1人5,000円', '1주 2,450엔'), says 'per share', 'per person': a translation that says so
('¥1,530 per share') leaves no 1 out; a changed price is still reported."""

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
    ],
)
def test_per_one_said(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "払込金額は1株1,530円です。", "The issue price is ¥1,350 per share."),
        ("en", "1名に5,000円を支給します。", "We will pay 5,000 yen to two people."),
    ],
)
def test_price_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
