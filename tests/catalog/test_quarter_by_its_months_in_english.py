"""PR404: a quarter English names by its months ('the October–December quarter', 'the
July-September 2025 quarter') is the quarter '4분기' or '10～12月期' names, as the
Japanese '10～12月期' already was; a quarter of other months ('July–September' for
'4분기') is still reported, and a year between the months and 'quarter' stays a year."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CAPEX_KO = "한빛화학은 2025년 4분기 설비투자를 전년 동기 대비 15% 줄일 계획이다."


@pytest.mark.parametrize(
    "msgstr",
    [
        "Hanbit plans to cut capex for the October–December 2025 quarter by 15%.",
        "In the October-December quarter of 2025, Hanbit plans a 15% capex cut.",
    ],
)
def test_same_quarter(msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", CAPEX_KO, msgstr, with_info=False)


@pytest.mark.parametrize(
    "msgstr",
    [
        "Hanbit plans to cut capex for the July–September 2025 quarter by 15%.",
        "Hanbit plans to cut capex for the October–December 2024 quarter by 15%.",
    ],
)
def test_other_quarter_or_year(msgstr: str) -> None:
    assert "PR404" in translation_codes("en", CAPEX_KO, msgstr, with_info=False)
