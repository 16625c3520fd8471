"""PR404 on an insurer's two ratios, or a policy's premium and cover, given each other's
figures ('損害率は63.1％、コンバインド・レシオは94.7％' as 'a loss ratio of 94.7% and a
combined ratio of 63.1%'; '월 보험료 2,300엔부터 … 최대 500만 엔' with the premium and the
cover traded): every figure stayed, so the figures matched. Each ratio, the premium and
the cover are labels of their figures, named before them in every language, and a change
in points or a date between a label and its level passes the label on ('improved 1.4
points to 63.1%')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RATIOS_EN = "The loss ratio improved 1.4 points to 63.1%, and the combined ratio was 94.7%."
RATIOS_JA = "損害率は1.4ポイント改善して63.1％、コンバインド・レシオは94.7％となりました。"
RATIOS_KO = "손해율은 63.1%, 합산비율은 94.7%로 집계됐다."
POLICY_EN = (
    "Monthly premiums start from 2,300 yen, and coverage of up to 5 million yen is available."
)
POLICY_JA = "月額保険料は2,300円からで、保険金額は最大500万円まで設定できます。"
POLICY_KO = "월 보험료는 2,300엔부터이며, 보장 금액은 최대 500만 엔이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATIOS_EN, RATIOS_JA),
        (
            "en",
            RATIOS_JA,
            "The loss ratio improved 1.4 points to 63.1% and the combined ratio was 94.7%.",
        ),
        ("en", RATIOS_KO, "The loss ratio was 63.1% and the combined ratio 94.7%."),
        ("ja", POLICY_EN, POLICY_JA),
        ("ko", POLICY_EN, POLICY_KO),
        (
            "en",
            POLICY_KO,
            "Monthly premiums start from 2,300 yen, with coverage of up to 5 million yen.",
        ),
        # a premium's year and a ratio's change are no level of theirs
        (
            "en",
            "2027年3月期の正味収入保険料は1兆2,000億円、損害率は1.2ポイント悪化の66.0％を見込む。",
            "For FY2026, net premiums written are expected at 1.2 trillion yen and the loss "
            "ratio at 66.0%, up 1.2 points.",
        ),
    ],
)
def test_the_levels_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            RATIOS_EN,
            "損害率は1.4ポイント改善して94.7％、コンバインド・レシオは63.1％となりました。",
        ),
        (
            "en",
            RATIOS_JA,
            "The loss ratio improved 1.4 points to 94.7% and the combined ratio was 63.1%.",
        ),
        ("en", RATIOS_KO, "The loss ratio was 94.7% and the combined ratio 63.1%."),
        ("ja", POLICY_EN, "月額保険料は500万円からで、保険金額は最大2,300円まで設定できます。"),
        ("ko", POLICY_EN, "월 보험료는 500만 엔부터이며, 보장 금액은 최대 2,300엔이다."),
        # a quarter between the label and its level passes the label on
        (
            "en",
            "3분기 합산비율은 99.1%로 1.8%포인트 개선됐고, 손해율은 80.2%였다.",
            "The combined ratio for the third quarter improved 1.8 percentage points to "
            "80.2%, and the loss ratio was 99.1%.",
        ),
    ],
)
def test_ratios_or_premium_and_cover_swapped_are_reported(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
