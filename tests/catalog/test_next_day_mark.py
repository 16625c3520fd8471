"""PR404 on a timetable's next-day mark after an arrival time ('02:20 (+1)', '06:05+1'):
the translation says it as the mark or in words ('翌日', '다음 날', 'the next day'); before,
its '1' was a number the translation lacked, and a translation that lost the day was
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "Flight QX 305 departs at 23:40 and arrives at 03:15 (+1).",
            "QX 305便は23時40分に出発し、翌日3時15分に到着します。",
        ),
        (
            "ko",
            "Flight QX 305 departs at 23:40 and arrives at 03:15 (+1).",
            "QX 305편은 23시 40분에 출발해 다음 날 03시 15분에 도착합니다.",
        ),
        ("ko", "Arrives 06:05+1, daily.", "익일 06:05 도착, 매일 운항."),
        ("ja", "Arrives 06:05 +1, daily.", "翌朝6時05分着、毎日運航。"),
        ("ja", "Arrives 06:05 (+1).", "06:05（+1）着。"),
        ("en", "翌日午前3時15分に到着します。", "It arrives at 3:15 a.m. the next day."),
        # no mark: a plus sign before a figure is no day
        ("ja", "Shares rose at 10:00 +1.5% on the day.", "10時時点で+1.5%上昇した。"),
        ("ja", "At 10:00 +1,200 seats were added.", "10時に1,200席を追加した。"),
        ("ja", "Members enter at 14:00 +1 hour.", "会員は14時の1時間後に入場します。"),
    ],
)
def test_the_day_said(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "Flight QX 305 departs at 23:40 and arrives at 03:15 (+1).",
            "QX 305便は23時40分に出発し、3時15分に到着します。",
        ),
        (
            "ko",
            "Flight QX 305 departs at 23:40 and arrives at 03:15 (+1).",
            "QX 305편은 23시 40분에 출발해 03시 15분에 도착합니다.",
        ),
        ("ko", "Arrives 06:05+1, daily.", "06:05 도착, 매일 운항."),
        ("ja", "Arrives 06:05 (+1).", "翌々日6時05分着。"),
    ],
)
def test_the_day_lost_or_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]


def test_the_mark_is_named() -> None:
    (finding,) = translation_findings("ja", "Arrives at 03:15 (+1).", "3時15分に到着。")
    assert finding.message == "Next-day mark '(+1)' of the source missing from the translation"
