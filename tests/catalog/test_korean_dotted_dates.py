"""PR404: a date as Korean notices and disclosures write it short and dotted ('25.11.03',
"'25.11.4", and '11.3(월)' with its weekday) is a date, the same as 'November 3, 2025' or
'11月3日（月）', not loose numbers a translation lacks; a changed day or weekday is reported,
and a dotted figure without a weekday ('11.3%') stays a decimal."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CALL_KO = "실적 설명회는 25.11.03(월) 오후 4시에 열린다."
BRIEFING_KO = "기업설명회는 11.3(월) 오후 4시에 온라인으로 진행된다."
PERIOD_KO = "취득 기간은 '25.11.4~'26.2.3이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CALL_KO, "The earnings call will be held at 4 p.m. on Monday, November 3, 2025."),
        ("ja", CALL_KO, "決算説明会は2025年11月3日（月）午後4時に開催される。"),
        ("ja", BRIEFING_KO, "IR説明会は11月3日（月）午後4時からオンラインで開催される。"),
        ("en", BRIEFING_KO, "The IR briefing will be held online at 4 p.m. on Nov. 3 (Mon)."),
        ("en", PERIOD_KO, "The acquisition period is from November 4, 2025 to February 3, 2026."),
        ("ko", "Revenue grew 11.3% on the year.", "매출은 전년 대비 11.3% 늘었다."),
    ],
)
def test_same_date(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CALL_KO, "The earnings call will be held at 4 p.m. on Tuesday, November 3, 2025."),
        ("ja", BRIEFING_KO, "IR説明会は11月3日（火）午後4時からオンラインで開催される。"),
        ("ja", BRIEFING_KO, "IR説明会は11月4日（月）午後4時からオンラインで開催される。"),
        ("en", PERIOD_KO, "The acquisition period is from November 4, 2025 to March 3, 2026."),
    ],
)
def test_changed_date_or_weekday(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
