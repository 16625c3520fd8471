"""PR404 on a range's lower or upper part ('30代後半', '10%台前半'): no half year, so a
translation that says 'in their late thirties' or 'the low teens' leaves nothing out."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ROYALTY = "売上高に応じて一桁台後半から10%台前半の段階的ロイヤルティを受領します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ROYALTY, "매출액에 따라 한 자릿수 후반에서 10%대 초반의 단계별 로열티를 받습니다."),
        ("ko", "30代後半の女性に人気です。", "30대 후반 여성에게 인기입니다."),
        ("en", "利用者は20代前半が中心です。", "Most users are in their early 20s."),
    ],
)
def test_part_of_a_range_is_no_half_year(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    "msgstr",
    [
        "Production starts in the first half of 2027.",  # the half changed
        "Production starts in 2027.",  # the half left out
    ],
)
def test_half_year_after_a_year_still_compared(msgstr: str) -> None:
    assert translation_codes("en", "2027年後半に生産を開始します。", msgstr) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ROYALTY, "Royalties range from the high single digits to the low teens."),
        ("en", "20代の女性に人気です。", "It is popular with women in their twenties."),
        ("en", "10대 이용자가 늘었다.", "More teenagers are using it."),
        ("en", "30대 후반 직장인을 겨냥했다.", "It targets office workers in their late thirties."),
    ],
)
def test_decade_said_in_a_word(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("20代の女性に人気です。", "It is popular with women in their thirties."),
        ("10台を納入しました。", "We delivered units to teenagers' schools."),
    ],
)
def test_decade_changed_or_count_still_compared(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ROYALTY, "Royalties range from the high single digits to the low teens."),
        ("en", ROYALTY, "It receives high single-digit to low double-digit tiered royalties."),
        ("ko", ROYALTY, "매출액에 따라 한 자릿수 후반에서 10%대 초반의 단계별 로열티를 받습니다."),
        ("ja", "Users are mostly in their late 30s.", "利用者は30代後半が中心です。"),
    ],
)
def test_part_of_a_range_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ROYALTY, "Royalties range from the low single digits to the low teens."),
        ("en", ROYALTY, "Royalties range from the high single digits to the mid-teens."),
        ("ko", ROYALTY, "매출액에 따라 한 자릿수 초반에서 10%대 초반의 단계별 로열티를 받습니다."),
        ("ja", "Users are mostly in their late 30s.", "利用者は30代前半が中心です。"),
        (
            "en",
            "30대 후반 직장인을 겨냥했다.",
            "It targets office workers in their early thirties.",
        ),
    ],
)
def test_part_of_a_range_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]
