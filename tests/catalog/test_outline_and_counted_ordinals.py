"""A transcript's or an official document's outline in translation: the number of the
marker opening a heading or item ('1．発言要旨', '（１）概要') left out is figure-left-out's
note (PR409), not a missing figure that withholds the translation (PR404); changed, it is
still PR404's. An ordinal said with a counter ('1点目', '2つ目', '3年目') or in Korean words
('첫째', '두 번째') is the 'first', 'second', 'third' a translation says."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _codes(locale: str, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    return [(f.code, f.found or "") for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("1．発言要旨", "Opening Remarks"),
        ("（２）質疑応答", "Questions and Answers"),
        ("3) 今後の日程", "Next steps"),
    ],
)
def test_an_outline_number_left_out_is_a_note(msgid: str, msgstr: str) -> None:
    assert [code for code, _ in _codes("en", msgid, msgstr)] == ["PR409"]


def test_an_outline_number_changed_is_an_error() -> None:
    assert _codes("en", "1．発言要旨", "2. Opening Remarks") == [("PR404", "2")]


def test_a_number_after_the_marker_is_still_judged() -> None:
    found = _codes("en", "1．売上高は前年比12%増加しました。", "1. Revenue rose 21% year on year.")
    assert ("PR404", "21") in found


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "1点目です。", "First."),
        ("en", "2つ目は費用です。", "The second is cost."),
        ("en", "創業3年目を迎えました。", "The company has entered its third year."),
        ("ko", "1点目です。", "첫째입니다."),
        ("ko", "2点目です。", "두 번째입니다."),
        # Korean says it with 차 after the counter ('3년 차', '2일 차'), spaced or not
        (
            "en",
            "3년 차까지 기지국 6000대를 구축해야 한다.",
            "6,000 sites must be built by the third year.",
        ),
        ("en", "출시 2일 차에 10만 대가 팔렸다.", "100,000 units sold on the second day of sales."),
        ("en", "두 회사의 창립 연도는 3년 차이다.", "The two were founded three years apart."),
    ],
)
def test_an_ordinal_with_a_counter_said_in_words(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "2点目です。", "Third."),
        ("ko", "2点目です。", "셋째입니다."),
        (
            "en",
            "3년 차까지 기지국 6000대를 구축해야 한다.",
            "6,000 sites must be built by the fourth year.",
        ),
    ],
)
def test_another_ordinal_is_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert [code for code, _ in _codes(locale, msgid, msgstr)] == ["PR404"]


# a series' episode by its number, as a broadcaster's release says it: '8회에서' is 'its
# eighth episode', and an artist's album by its number, '미니 2집' 'the second EP'; a count
# of times or shows ('30회 공연') stays a count
@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("지난 14일 방송된 8회에서 시청률 15.2%를 기록했다.",
         "Its eighth episode, aired on the 14th, drew a rating of 15.2%."),
        ("3회차 방송은 다음 주로 미뤄졌다.", "The third episode was moved to next week."),
        ("ドラマは5話目で最高視聴率を記録した。", "Its fifth episode drew its best rating."),
        ("미니 2집 발매 기념 팬사인회가 열린다.", "A fan-signing marks the second EP."),
    ],
)  # fmt: skip
def test_an_episode_by_its_number_said_as_an_ordinal(msgid: str, msgstr: str) -> None:
    assert _codes("en", msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("지난 14일 방송된 8회에서 시청률 15.2%를 기록했다.",
         "Its ninth episode, aired on the 14th, drew a rating of 15.2%."),
        ("서울에서 10회 공연을 펼친다.", "The group will play its tenth show in Seoul."),
        ("미니 2집 발매 기념 팬사인회가 열린다.", "A fan-signing marks the third EP."),
    ],
)  # fmt: skip
def test_another_episode_or_a_count_of_shows_still_reported(msgid: str, msgstr: str) -> None:
    assert [code for code, _ in _codes("en", msgid, msgstr)] == ["PR404"]
