"""PR404 and a number after a capitalised word ('Tier 1', 'Basel 3') that the translation
glues to it ('Tier1') or gives with the initials of the words before it ('CET1' for
'Common Equity Tier 1'): the designation, not a number left out."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CAPITAL = "The Common Equity Tier 1 ratio of Hinode Bank was 12.3% at the end of June."


@pytest.mark.parametrize(
    ("locale", "msgstr", "codes"),
    [
        ("ja", "6月末の日之出銀行の普通株式等Tier1比率は12.3％でした。", []),
        ("ko", "히노데은행의 6월 말 보통주자본비율(CET1)은 12.3%였다.", []),
        ("ko", "히노데은행의 6월 말 보통주자본비율(CET2)은 12.3%였다.", ["PR404"]),
        ("ja", "6月末の日之出銀行の普通株式等Tier2比率は12.3％でした。", ["PR404"]),
    ],
)
def test_the_designation(locale: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, CAPITAL, msgstr, with_info=False) == codes
