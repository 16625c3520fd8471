"""PR404 on the days a service runs, as timetables give them: a list of days ('Mondays,
Wednesdays and Fridays', 'Mon/Wed/Fri', '月・水・金曜日', '월·수·금요일'), a day excepted
('daily except Tuesdays', '毎日（火曜日を除く）', '매일(화요일 제외)'). A day the translation
leaves out of the list, an excepted day changed, and the exception dropped ('毎日運航') are
reported; before, a list's first day and a day in brackets were not read, and a day left
out was never judged. Days said as their group ('平日', '주말') are no day left out."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

THREE_DAYS = "Flight QX 417 will operate on Mondays, Wednesdays and Fridays."
EXCEPT = "The route will operate daily except Tuesdays."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", THREE_DAYS, "QX 417便は月・水・金曜日に運航します。"),
        ("ko", THREE_DAYS, "QX 417편은 월·수·금요일에 운항합니다."),
        ("ja", "Departures: Mon/Wed/Fri.", "出発：月・水・金曜日"),
        ("ja", EXCEPT, "同路線は毎日（火曜日を除く）運航します。"),
        ("ja", EXCEPT, "同路線は火曜日を除く毎日運航します。"),
        ("ko", EXCEPT, "이 노선은 매일(화요일 제외) 운항합니다."),
        ("ko", EXCEPT, "이 노선은 화요일을 제외하고 매일 운항합니다."),
        # a day's group, a date's weekday in brackets, a day the translation adds
        ("ja", "Open Monday through Friday and on Sundays.", "平日と日曜日に営業します。"),
        (
            "ko",
            "Closed on Saturdays and Sundays except in August.",
            "8월을 제외한 주말에는 휴무합니다.",
        ),
        ("en", "3月14日（土曜日）に開業します。", "It opens on Saturday, March 14."),
        ("ja", "Trains run on Fridays.", "金曜日と土曜日に運転します（土曜日は臨時）。"),
        ("ja", "Open on weekdays and Saturdays.", "平日・土曜日に営業します。"),
        (
            "ja",
            "The museum is closed on Tuesdays (on Wednesdays when Tuesday is a holiday).",
            "休館日は毎週火曜日（祝日の場合は翌日）です。",
        ),
        (
            "ko",
            "Trains will not stop there on Saturdays, Sundays and holidays.",
            "토요일·일요일 및 공휴일에는 정차하지 않습니다.",
        ),
        ("ko", "Open on weekdays and Saturdays.", "평일·토요일에 영업합니다."),
    ],
)
def test_the_days_said(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", THREE_DAYS, "QX 417편은 월·금요일에 운항합니다."),
        ("ja", "Departures: Mon/Wed/Fri.", "出発：月・水曜日"),
        ("ja", EXCEPT, "同路線は毎日運航します。"),
        ("ko", EXCEPT, "이 노선은 매일(수요일 제외) 운항합니다."),
        ("ja", "Trains will not stop there on Saturdays and Sundays.", "土曜日は停車しません。"),
    ],
)
def test_a_day_changed_or_left_out(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


def test_the_day_left_out_is_named() -> None:
    (finding,) = translation_findings("ko", THREE_DAYS, "QX 417편은 월·금요일에 운항합니다.")
    assert finding.message == (
        "Day of the week 'Wednesdays' of the source missing from the translation"
    )
