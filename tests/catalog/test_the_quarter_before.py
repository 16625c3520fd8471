"""PR404 and the quarter before the one a sentence speaks of, said as such in the
translation ('6% higher than in the third quarter' beside 'the fourth quarter' as
'前四半期比6%増', '직전 분기 대비'): the quarter is said, as 'the year before' is."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

Q4 = (
    "Hinode Bank's net income for the fourth quarter was ¥21.5 billion, 6% higher than in "
    "the third quarter."
)


@pytest.mark.parametrize(
    ("locale", "msgstr", "codes"),
    [
        ("ja", "日之出銀行の第4四半期の純利益は215億円で、前四半期比6％増となりました。", []),
        ("ko", "히노데은행의 4분기 순이익은 215억 엔으로, 직전 분기 대비 6% 증가했다.", []),
        # the quarter itself changed is still reported
        (
            "ja",
            "日之出銀行の第3四半期の純利益は215億円で、前四半期比6％増となりました。",
            ["PR404"],
        ),
        # no word for the quarter before: the third quarter is missing
        ("ja", "日之出銀行の第4四半期の純利益は215億円で、6％増となりました。", ["PR404"]),
    ],
)
def test_the_quarter_before(locale: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, Q4, msgstr, with_info=False) == codes
