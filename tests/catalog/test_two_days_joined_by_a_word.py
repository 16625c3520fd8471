"""PR404 on two days of one month joined by a word and followed by the year: 'December 12
and 13, 2026' is two dates of 2026, as '2026년 12월 12일과 13일' is, not a date, a day and
a loose year that the translation holds only inside its first date. Without the year,
two days whose clause ends on the second ('on February 13 and 14.', '... and 14 at the
arena') are two days too, as '2월 13~14일' and '2月13日・14日' say them: '14' was a loose
number, reported missing from every Korean and Japanese tour date."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            "Kanade Hack 2026, held on December 12 and 13, 2026, drew three teams.",
            "2026년 12월 12일과 13일 열린 카나데 해커톤 2026에는 3개 팀이 참가했다.",
        ),
        (
            "ja",
            "The open days are May 3 or 4, 2027, and 40 visitors may join each.",
            "見学日は2027年5月3日または4日で、各日40名まで参加できます。",
        ),
        (
            "ko",
            "The forum meets on June 8 & 9, 2027.",
            "포럼은 2027년 6월 8일과 9일 열린다.",
        ),
        # without the year the second number stays a number, as it was
        (
            "ja",
            "On March 10 and 20 companies joined the alliance.",
            "3月10日、20社が連合に加わりました。",
        ),
    ],
)
def test_two_days_joined_by_a_word_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            "Kanade Hack 2026, held on December 12 and 13, 2026, drew three teams.",
            "2026년 12월 12일과 14일 열린 카나데 해커톤 2026에는 3개 팀이 참가했다.",
        ),
        (
            "ja",
            "The open days are May 3 or 4, 2027.",
            "見学日は2026年5月3日または4日です。",
        ),
    ],
)
def test_a_changed_day_or_year_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "The tour opens in Seoul on February 13 and 14.",
         "투어는 2월 13~14일 서울에서 막을 올린다."),
        ("ja", "It opens on February 13 and 14 at the arena.",
         "2月13日・14日にアリーナで開幕します。"),
        ("ja", "On May 3 or 4, the band will sign albums.", "5月3日か4日にサイン会を開きます。"),
    ],
)  # fmt: skip
def test_two_days_without_the_year_ending_the_clause(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


def test_a_changed_second_day_without_the_year_reported() -> None:
    msgid = "The tour opens in Seoul on February 13 and 14."
    assert translation_codes("ko", msgid, "투어는 2월 13~15일 서울에서 막을 올린다.") == ["PR404"]
