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
    ],
)
def test_an_ordinal_with_a_counter_said_in_words(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [("en", "2点目です。", "Third."), ("ko", "2点目です。", "셋째입니다.")],
)
def test_another_ordinal_is_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert [code for code, _ in _codes(locale, msgid, msgstr)] == ["PR404"]
