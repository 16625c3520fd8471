"""PR410 on stock that runs out ('なくなり次第終了', '在庫がなくなるまで'): Japanese says it
with a verb of its own, English ('while supplies last', 'runs out') and Korean ('소진 시까지')
with none, so the 'がなく' in it was reported as a negation the source does not have. A
negation said besides is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EN = "The campaign ends when the stock of 30,000 mugs runs out."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "マグカップ3万個がなくなり次第、キャンペーンは終了します。"),
        ("en", "マグカップ3万個がなくなり次第、キャンペーンは終了します。", EN),
        ("ja", "The offer runs until the stock runs out.", "在庫がなくなるまで販売します。"),
        ("ko", "在庫が無くなり次第、販売を終了します。", "재고 소진 시 판매를 종료합니다."),
    ],
)
def test_stock_running_out_is_no_negation(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


def test_a_negation_besides_is_reported() -> None:
    codes = translation_codes(
        "ja", "The offer runs until the stock runs out.", "在庫がなくなるまで販売しません。"
    )
    assert "PR410" in codes
