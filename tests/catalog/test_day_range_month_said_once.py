"""PR404 on a range of days whose month is said once: 'October 14–15' (no year after it)
and '21~23일' (the month said elsewhere) are two days, as '10月14～15日' and 'August 21 to
23' are, not a day and a loose number that the other side has nowhere."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "At its meeting on October 14–15, the board raised the rate.",
            "委員会は10月14～15日に開いた会合で金利を引き上げました。",
        ),
        (
            "ko",
            "The next meeting will be held on December 9 to 10.",
            "다음 회의는 12월 9~10일 열린다.",
        ),
        (
            "en",
            "주말 사흘간(21~23일) 관객은 138만 명이었다.",
            "Admissions over the weekend of August 21 to 23 totaled 1.38 million.",
        ),
        ("ja", "전시는 5~9일 열린다.", "展示は5～9日に開かれる。"),
    ],
)
def test_a_range_of_days_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "At its meeting on October 14–15, the board raised the rate.",
            "委員会は10月14～16日に開いた会合で金利を引き上げました。",
        ),
        (
            "en",
            "주말 사흘간(21~23일) 관객은 138만 명이었다.",
            "Admissions over the weekend of August 21 to 24 totaled 1.38 million.",
        ),
        ("en", "The sale runs May 2 to 4 p.m. daily.", "セールは毎日5月2日午後5時まで。"),
    ],
)
def test_a_changed_day_or_time_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
