"""PR404 on a time a localised translation gives converted to its reader's zone where the
moment falls on another day there ('4:00 p.m. PT on June 2' is '6月3日午前8時（日本時間）'):
the date moves with the time and is no changed figure; a time whose minutes the
translation says apart ('午前5時30分') is the same moment too. A converted time beside
the source's own date, or a date moved the wrong way or by two days, is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

WEBINAR = "The webinar opens at 4:00 p.m. PT on Tuesday, June 2, 2026."
BRIEFING = "Executives will brief analysts at 4:30 p.m. ET on November 12, 2026."
OUTAGE = "The outage began on January 9, 2026, at about 10:15 p.m. EST."


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        ("ja", WEBINAR, "ウェビナーは日本時間2026年6月3日（水）午前8時に始まります。"),
        ("ko", WEBINAR, "웨비나는 한국 시간 2026년 6월 3일(수) 오전 8시에 시작한다."),
        ("ja", BRIEFING, "経営陣は日本時間11月13日午前6時30分からアナリスト向け説明会を行います。"),
        ("ko", BRIEFING, "경영진은 한국 시간 11월 13일 오전 6시 30분 애널리스트 설명회를 연다."),
        ("ja", OUTAGE, "障害は日本時間2026年1月10日午後0時15分頃に発生しました。"),
        ("ko", OUTAGE, "장애는 한국 시간 2026년 1월 10일 오후 12시 15분경 발생했다."),
    ],
)
def test_date_moved_with_a_time_converted_across_midnight(
    locale: str, source: str, msgstr: str
) -> None:
    assert translation_codes(locale, source, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        # the date moved the wrong way, or by two days
        ("ja", WEBINAR, "ウェビナーは日本時間2026年6月1日午前8時に始まります。"),
        ("ko", WEBINAR, "웨비나는 한국 시간 2026년 6월 4일 오전 8시에 시작한다."),
        # the minutes changed in the conversion
        ("ja", BRIEFING, "経営陣は日本時間11月13日午前6時45分からアナリスト向け説明会を行います。"),
        # morning for afternoon
        ("ko", OUTAGE, "장애는 한국 시간 2026년 1월 10일 오전 0시 15분경 발생했다."),
    ],
)
def test_converted_time_or_date_wrong_still_reported(locale: str, source: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, source, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgstr", "kept"),
    [
        ("ja", "ウェビナーは日本時間2026年6月2日午前8時に始まります。", "2026年6月2日"),
        ("ko", "웨비나는 한국 시간 2026년 6월 2일 오전 8시에 시작한다.", "2026년 6월 2일"),
    ],
)
def test_source_date_kept_beside_a_converted_time_is_reported(
    locale: str, msgstr: str, kept: str
) -> None:
    found = [f for f in translation_findings(locale, WEBINAR, msgstr) if f.code == "PR404"]
    assert [f.found for f in found] == [kept]
    assert "2026-06-03" in found[0].message


def test_both_zones_given_keep_each_its_own_date() -> None:
    msgstr = (
        "ウェビナーは米国太平洋時間2026年6月2日（火）午後4時（日本時間6月3日（水）午前8時）に"
        "始まります。"
    )
    assert translation_codes("ja", WEBINAR, msgstr, with_info=False) == []


def test_conversion_within_the_same_day_keeps_the_date() -> None:
    # 9:00 a.m. ET is 10:00 p.m. or 11:00 p.m. in Japan the same day
    source = "Trading resumes at 9:00 a.m. ET on May 5, 2026."
    same_day = "取引は日本時間2026年5月5日午後10時に再開します。"
    next_day = "取引は日本時間2026年5月6日午後10時に再開します。"
    assert translation_codes("ja", source, same_day) == []
    assert "PR404" in translation_codes("ja", source, next_day)
