"""PR404 on a span of time given with the same number in another unit ('9.4 months' as
'9.4주', '12週間' as '12 days'); the same unit in any spelling ('6.1ヶ月', '12주간'), a
count of shares (주) and a span said in both units are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

MEDIAN = "Median PFS was 9.4 months versus 6.1 months with placebo."
WEEKS = "試験期間は12週間です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", MEDIAN, "PFS 중앙값은 9.4주로 위약군 6.1주와 비교됐다."),
        ("en", WEEKS, "The trial ran for 12 days."),
    ],
)
def test_unit_of_time_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", MEDIAN, "PFS 중앙값은 9.4개월로 위약군 6.1개월과 비교됐다."),
        ("ja", MEDIAN, "PFS中央値は9.4カ月で、プラセボ群の6.1ヶ月を上回りました。"),
        ("en", WEEKS, "The trial ran for 12 weeks."),
        ("en", "보통주 1주당 0.35주를 배정한다.", "0.35 shares will be allotted for each share."),
        ("ko", "It ran 12 weeks, with 12 months of follow-up.", "12주간 진행, 12개월간 추적했다."),
    ],
)
def test_unit_of_time_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
