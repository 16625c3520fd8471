"""PR410: the translation's word for a limited edition or offer the source names ('限定色'
as '한정 색상', 'limited colours') is the source's own word, not a negative word of the
translation, so a negation dropped beside it is reported; '한정' for a negation said as a
limit ('海外では販売しません' as '국내로 한정된다') still counts."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

NOT_IN_STORES = "なお、数量限定のセットは店舗では販売しません。"
NOT_ABROAD = "海外では販売しません。"


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "한편 수량 한정 세트는 매장에서 판매한다."),
        ("en", "The limited-quantity set will be sold in stores."),
    ],
)
def test_negation_dropped_beside_a_limited_offer_is_reported(locale: str, msgstr: str) -> None:
    assert _negations(locale, NOT_IN_STORES, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", NOT_IN_STORES, "한편 수량 한정 세트는 매장에서 판매하지 않는다."),
        ("en", NOT_IN_STORES, "The limited-quantity set will not be sold in stores."),
        ("ko", NOT_ABROAD, "판매는 국내로 한정된다."),
    ],
)
def test_negation_kept_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []
