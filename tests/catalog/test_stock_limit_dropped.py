"""PR410 on an offer said to last only while its stock does ('なくなり次第終了', '소진 시까지',
'while supplies last') in a translation with no word of stock or selling out: the offer
is then promised for its whole period. The condition said in other words ('数量限定',
'until stock runs out', '재고 소진 시') stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EN = "Sales period: June 2 to June 29, 2026, or while supplies last"
KO = "행사 물량은 50만 개로, 소진 시까지 진행된다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "販売期間：2026年6月2日～6月29日"),
        ("en", KO, "The offer covers 500,000 bags."),
        ("ko", "数量がなくなり次第、販売を終了します。", "판매를 종료합니다."),
    ],
)
def test_stock_limit_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "販売期間：2026年6月2日～6月29日※なくなり次第終了"),
        ("ja", EN, "販売期間：2026年6月2日～6月29日（数量限定）"),
        ("en", KO, "The offer covers 500,000 bags and runs while supplies last."),
        ("en", KO, "The offer covers 500,000 bags and ends when they sell out."),
        ("ko", "数量がなくなり次第、販売を終了します。", "재고 소진 시 판매를 종료합니다."),
    ],
)
def test_stock_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
