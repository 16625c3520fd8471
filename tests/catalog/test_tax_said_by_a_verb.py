"""PR410 on a price's tax said by a verb ('Prices exclude sales tax', 'The price includes
VAT', 'tax is not included'): a translation saying the opposite ('税込み', '포함된다') is
reported; one saying the same, Korean's '포함되지 않는다' included, is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

EXCLUDES = "Prices exclude sales tax."
INCLUDES = "The price includes VAT and delivery."
NOT_INCLUDED = "Sales tax is not included in the prices above."


def _opposites(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR410" and "opposite" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EXCLUDES, "価格には売上税が含まれていません。"),
        ("ja", EXCLUDES, "価格は税別です。"),
        ("ko", EXCLUDES, "가격에는 판매세가 포함되지 않는다."),
        ("ko", EXCLUDES, "가격에는 판매세가 포함돼 있지 않다."),
        ("ja", INCLUDES, "価格は付加価値税と配送料込みです。"),
        ("ko", INCLUDES, "가격에는 부가가치세와 배송비가 포함된다."),
        ("ko", NOT_INCLUDED, "위 가격에는 판매세가 포함되지 않는다."),
    ],
)
def test_same_basis(locale: str, msgid: str, msgstr: str) -> None:
    assert _opposites(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EXCLUDES, "価格は売上税込みです。"),
        ("ko", EXCLUDES, "가격에는 판매세가 포함된다."),
        ("ja", INCLUDES, "価格は付加価値税別です。"),
        ("ja", NOT_INCLUDED, "上記の価格は売上税込みです。"),
    ],
)
def test_opposite_basis(locale: str, msgid: str, msgstr: str) -> None:
    assert _opposites(locale, msgid, msgstr)
