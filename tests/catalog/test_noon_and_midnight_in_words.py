"""PR404 on noon and midnight said in words: '12:00 noon' and '12 noon' are one time, which
'正午' and '정오' say (the clock time and 'noon' were read as two, so every correct
translation was reported 'noon' missing); and '午前0時', '오전 0시' are 'midnight' (read as
no time, so reported missing). Another time is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "The launch window opens at 12:00 noon JST.",
            "打ち上げ予定時間帯は日本時間正午に始まります。",
        ),
        (
            "ko",
            "The launch window opens at 12:00 noon KST.",
            "발사 가능 시간대는 한국시간 정오에 시작된다.",
        ),
        ("ja", "The window opens at 12 noon JST.", "日本時間正午に始まります。"),
        ("en", "打ち上げは午前0時です。", "The launch is at midnight."),
        ("en", "발사는 오전 0시다.", "The launch is at midnight."),
        ("ja", "The launch is at midnight.", "打ち上げは午前0時です。"),
    ],
)
def test_the_time_in_words(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "The window opens at 12:00 noon JST.", "日本時間午前0時に始まります。"),
        ("ja", "The window opens at noon JST.", "日本時間11時に始まります。"),
        ("en", "打ち上げは午前0時です。", "The launch is at noon."),
        ("en", "打ち上げは午前1時です。", "The launch is at midnight."),
    ],
)
def test_another_time(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]


# hotels: a bar open until midnight said to close at noon. Midnight in words is no figure,
# so only the noon in its place tells it, even in a message with no figure at all
@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "Lumen is open from 5:00 p.m. to midnight.", "'Lumen'은 오후 5시~정오."),
        ("ja", "The bar is open until midnight.", "バーは正午まで営業します。"),
        ("en", "바는 자정까지 운영한다.", "The bar is open until noon."),
    ],
)
def test_midnight_said_as_noon(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "Lumen is open from 5:00 p.m. to midnight.", "'Lumen'은 오후 5시~자정."),
        (
            "ko",
            "Lunch from noon; the bar is open until midnight.",
            "점심은 정오부터, 바는 자정까지.",
        ),
        ("ja", "The bar is open until midnight.", "バーは深夜0時まで営業します。"),
        ("ja", "The bar is open until midnight.", "バーは午前0時まで営業します。"),
        ("ja", "The Midnight Blue line arrives at noon.", "「ミッドナイトブルー」は正午に登場。"),
        ("en", "바는 자정까지 운영한다.", "The bar is open until midnight."),
    ],
)
def test_midnight_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
