"""PR404 on a target or an estimate revised the other way in the translation ('연간 매출
목표를 하향 조정' as 'raised its full-year sales target'), as a forecast or guidance is."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CUT = "회사는 연간 매출 목표를 하향 조정했다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        ("en", CUT, "The company raised its full-year sales target.", ["PR404"]),
        ("en", CUT, "The company lowered its full-year sales target.", []),
        (
            "ja",
            "Ogura Steel raised its earnings estimate for 2027.",
            "小倉製鋼は2027年の業績見通しを下方修正した。",
            ["PR404"],
        ),
        (
            "ja",
            "Ogura Steel raised its earnings estimate for 2027.",
            "小倉製鋼は2027年の業績見通しを上方修正した。",
            [],
        ),
    ],
)
def test_revised_the_other_way(locale: str, msgid: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == codes
