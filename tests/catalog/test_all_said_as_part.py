"""PR410 on a sum or stock the source says whole that the translation says in part
('調達資金は全額' / '전액' as 'Part of the proceeds', '全株式を消却' as '일부 소각'), or the
other way round; a sentence that says both, or the same, is no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PROCEEDS = "조달 자금은 전액 회사채 상환에 사용할 예정이다."
CANCEL = "取得した自己株式は、原則として全株式を消却する予定です。"
STORES = "一部の店舗では営業時間を短縮します。"


def _reversals(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "said as its opposite" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PROCEEDS, "Part of the proceeds will be used to redeem corporate bonds."),
        ("ko", CANCEL, "회사는 취득한 자기주식을 원칙적으로 일부 소각할 예정이다."),
        ("en", STORES, "All stores will shorten their opening hours."),
    ],
)
def test_turned_around(locale: str, msgid: str, msgstr: str) -> None:
    assert _reversals(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PROCEEDS, "All of the proceeds will be used to redeem corporate bonds."),
        ("ko", CANCEL, "회사는 취득한 자기주식을 원칙적으로 전량 소각할 예정이다."),
        ("en", STORES, "Some stores will shorten their opening hours."),
        (
            "en",
            "全ての店舗で、一部商品を値下げします。",
            "Some items will be cut in price at all stores.",
        ),
    ],
)
def test_the_same(locale: str, msgid: str, msgstr: str) -> None:
    assert _reversals(locale, msgid, msgstr) == []
