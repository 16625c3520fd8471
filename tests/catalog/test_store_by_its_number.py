"""PR404 on a chain's store given by its place in the count ('県内で8店舗目', '国内10号店',
'국내 10호점'): the 'eighth' or 'tenth' store a translation says, not a count of eight or
ten missing; another ordinal is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

JA = "福岡県内で8店舗目となる「博多駅店」をオープンします。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "It will open the Hakata Station Store, its eighth in Fukuoka Prefecture."),
        ("en", "国内10号店をオープンします。", "It will open its tenth store in Japan."),
        ("en", "국내 10호점을 연다.", "It will open its tenth store in Korea."),
        ("en", "국내 10호점을 연다.", "It will open its 10th store in Korea."),
    ],
)
def test_store_said_by_its_ordinal(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "It will open the Hakata Station Store, its sixth in Fukuoka Prefecture."),
        ("en", "国内10号店をオープンします。", "It will open its ninth store in Japan."),
        ("en", "국내 10호점을 연다.", "It will open its 11th store in Korea."),
    ],
)
def test_another_ordinal_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)
