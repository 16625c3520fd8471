"""PR404 on the year before the one a sentence speaks of, which a translation says as
such ('compared with $299.0 million in the same period of 2025' in a sentence on the
quarter ended September 30, 2026, as '前年同期の2億9,900万ドル', '전년 동기')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_MSGID = (
    "Revenue for the quarter ended September 30, 2026 was $412.6 million, up 38% from "
    "$299.0 million in the same period of 2025."
)


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "ja",
            "2026年9月30日に終了した四半期の売上高は4億1,260万ドルで、前年同期の2億9,900万ドルから38%増加しました。",
        ),
        (
            "ko",
            "2026년 9월 30일로 끝난 분기 매출은 4억 1,260만 달러로 "
            "전년 동기 2억 9,900만 달러 대비 38% 증가했다.",
        ),
    ],
)
def test_the_year_before_said_as_such(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, _MSGID, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        # another year, or no word for the year before
        (
            "ja",
            "2026年9月30日に終了した四半期の売上高は4億1,260万ドルで、2024年同期の2億9,900万ドルから38%増加しました。",
        ),
        (
            "ko",
            "2026년 9월 30일로 끝난 분기 매출은 4억 1,260만 달러로 "
            "2억 9,900만 달러 대비 38% 증가했다.",
        ),
    ],
)
def test_another_year_or_none(locale: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, _MSGID, msgstr, with_info=False)


def test_a_year_two_years_before_is_still_due() -> None:
    msgid = "Sales in 2026 were double those of 2024."
    assert "PR404" in translation_codes("ja", msgid, "2026年の売上高は前年の2倍でした。")
