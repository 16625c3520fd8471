"""PR404: a dividend named with 'cash' inside its name ('분기 현금배당', '期末現金配当') is
still that dividend, as 'quarterly cash dividend' was: given as another ('期末配当',
'year-end dividend') it is reported, and given as the same one it is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

QUARTERLY_CASH = "이사회는 보통주 1주당 300원의 분기 현금배당을 결의했다."


@pytest.mark.parametrize(
    ("locale", "msgstr", "found"),
    [
        ("ja", "取締役会は普通株式1株当たり300ウォンの四半期配当を決議した。", False),
        ("en", "The board approved a quarterly cash dividend of KRW 300 per common share.", False),
        ("ja", "取締役会は普通株式1株当たり300ウォンの期末配当を決議した。", True),
        ("en", "The board approved a year-end dividend of KRW 300 per common share.", True),
    ],
)
def test_cash_dividend(locale: str, msgstr: str, found: bool) -> None:
    codes = translation_codes(locale, QUARTERLY_CASH, msgstr, with_info=False)
    assert ("PR404" in codes) is found
