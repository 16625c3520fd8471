"""PR404 on a change for the better that the translation gives as one for the worse
('0.8ポイント改善' as '0.8%포인트 악화'). Better and worse are compared only with each
other: a cost ratio that improved fell, so 'improved 0.8 percentage points' given as
'0.8ポイント低下' is right, and so is a margin's '改善' given as 'rose'."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

MARGIN_JA = "当第3四半期の売上総利益率は、前年同期比0.8ポイント改善しました。"
COST_EN = "The cost-of-sales ratio improved by 1.4 percentage points year on year."
YIELD_KO = "불량률은 전년 대비 2.5% 악화됐습니다."


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "for the" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", MARGIN_JA, "3분기 매출총이익률은 전년 동기 대비 0.8%포인트 악화됐습니다."),
        ("ja", COST_EN, "売上原価率は前年比1.4ポイント悪化しました。"),
        ("ja", YIELD_KO, "不良率は前年比2.5%改善しました。"),
        ("en", MARGIN_JA, "Gross margin worsened by 0.8 percentage points in the third quarter."),
    ],
)
def test_better_given_as_worse(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", MARGIN_JA, "3분기 매출총이익률은 전년 동기 대비 0.8%포인트 개선됐습니다."),
        ("en", MARGIN_JA, "Third-quarter gross margin rose 0.8 percentage points year on year."),
        # a ratio that improved fell: up and down are not better and worse
        ("ja", COST_EN, "売上原価率は前年比1.4ポイント低下しました。"),
        ("ko", COST_EN, "매출원가율은 전년 대비 1.4%포인트 개선됐습니다."),
        ("en", YIELD_KO, "The defect rate rose 2.5% year on year."),
    ],
)
def test_the_same_change_said_either_way(locale: str, msgid: str, msgstr: str) -> None:
    found = translation_findings(locale, msgid, msgstr)
    assert [f.message for f in found if f.code == "PR404"] == []
