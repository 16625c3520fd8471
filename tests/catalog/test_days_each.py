"""PR404 on a number of days said to be each, in all, at most or about so many ('전후 각
5일', '총 3일', '最大5日', '約5日'): a count of days, which a translation gives as one
('各5日間', 'five days'), not a day of the month (a routine omission)."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "명절 특별수송기간(설·추석 전후 각 5일)에는 적용되지 않는다.",
            "名節期間（旧正月・秋夕の前後各3日間）は適用されない。",
        ),
        ("en", "행사는 총 3일 동안 열린다.", "The event runs for four days."),
        ("en", "配送には最大5日かかります。", "Delivery takes up to seven days."),
    ],
)
def test_a_changed_count_of_days(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "명절 특별수송기간(설·추석 전후 각 5일)에는 적용되지 않는다.",
            "名節期間（旧正月・秋夕の前後各5日間）は適用されない。",
        ),
        ("en", "행사는 총 3일 동안 열린다.", "The event runs for three days."),
        ("en", "配送には最大5日かかります。", "Delivery takes up to five days."),
        ("en", "회사는 24일 계약을 체결했다고 밝혔다.", "The company said it signed the contract."),
    ],
)
def test_the_count_kept_or_a_day_of_the_month_left_out(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
