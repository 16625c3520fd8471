"""PR404 on a span of days that Japanese or Korean writes with a bare '日' or '일' before a
bound, 'after', 'before' or 'every' ('4日以上', '4日後', '4일 이내', '4일마다'), which no date
takes: 'at least four weeks apart' as '接種間隔は4日以上' or '4일 이상' kept the figure in
another unit of time, though a bare day was left out of the spans as a date's day. A
date's day ('12月4日以降', '12월 4일 전까지', '4일 전국에서', '4일 후보 등록') and a
bare count without a bound ('間隔は4日です') stay unread."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

APART = "Two doses are given at least four weeks apart."
RESULTS = "Results are sent within 3 days of the test."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", APART, "2回接種し、接種間隔は4週間以上です。"),
        ("ko", APART, "2회 접종하며, 접종 간격은 4주 이상이다."),
        ("ja", RESULTS, "結果は検査から3日以内に通知します。"),
        ("ko", RESULTS, "결과는 검사 후 3일 이내에 통보한다."),
        ("en", "症状が出てから5日後に受診してください。",
         "See a doctor five days after symptoms start."),
        # a date's day before a bound of dates
        ("en", "12月4日以降に3週間の接種期間を設けます。",
         "Vaccination will run for three weeks from December 4."),
        ("en", "12월 4일 전까지 3주 동안 접수한다.",
         "Applications are taken for three weeks before December 4."),
        ("en", "4일 전국에서 4주간의 캠페인이 시작된다.",
         "A four-week campaign begins nationwide on the 4th."),
    ],
)  # fmt: skip
def test_the_days_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", APART, "2回接種し、接種間隔は4日以上です。"),
        ("ko", APART, "2회 접종하며, 접종 간격은 4일 이상이다."),
        ("ja", RESULTS, "結果は検査から3週間以内に通知します。"),
        ("en", "結果は検査から3日以内に通知します。",
         "Results are sent within 3 weeks of the test."),
        ("en", "2주마다 보고서를 낸다.", "A report is issued every 2 days."),
        ("ja", "A report is issued every two weeks.", "報告書は2日ごとに公表します。"),
    ],
)  # fmt: skip
def test_a_count_of_days_given_for_weeks_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
