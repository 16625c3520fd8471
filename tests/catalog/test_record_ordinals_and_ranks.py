"""PR404 on a record's ordinal and its rank: 'single' alone is the record ('its first
Japanese single'), not the count 'a single' is, so it no longer says the source's every
'1' in words; an English ordinal's ending in a Japanese or Korean text ('日本1stシングル',
'2nd 미니앨범') is an ordinal the translation says in words; and an ordinal said once in
words is one of the source's numbers in order, not two: '日本1stシングル「Hikari」が…1位'
as 'its first Japanese single … ranked No. 2' went unreported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SOURCE = "日本1stシングル「Hikari」がオリコンで1位を獲得しました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SOURCE, "Its first Japanese single, 'Hikari', ranked No. 1 on Oricon."),
        ("en", SOURCE, "Its first Japanese single, 'Hikari', ranked first on Oricon."),
        ("en", "日本1stシングルを発売しました。", "The group released its first Japanese single."),
        ("en", "2nd 미니앨범을 발매한다.", "The group will release its second mini album."),
        ("en", "1回の充電で500km走行できます。", "It runs 500 km on a single charge."),
        ("en", "第1回の会合で1点目を議論しました。",
         "At the first meeting, the first point was discussed."),
    ],
)  # fmt: skip
def test_the_ordinal_or_rank_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SOURCE, "Its first Japanese single, 'Hikari', ranked No. 2 on Oricon."),
        ("en", SOURCE, "Its first Japanese single, 'Hikari', ranked second on Oricon."),
        ("en", "日本1stシングルを発売しました。", "The group released its second Japanese single."),
        ("en", "「Hikari」がオリコンで1位を獲得しました。", "The single 'Hikari' ranked No. 3."),
    ],
)  # fmt: skip
def test_the_ordinal_or_rank_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


# an English source's ordinal in words is compared with a number the translation gives
# in order ('미니 2집', '2枚目', '第2弾'), and with nothing else
THIRD = "LUMA will release its third mini album on December 3."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", THIRD, "LUMA는 12월 3일 미니 3집을 발매한다."),
        ("ja", THIRD, "LUMAは12月3日に3枚目のミニアルバムを発売します。"),
        ("ja", "Its first world tour has 30 shows in 20 cities.",
         "初のワールドツアーは20都市30公演です。"),
        ("ja", "It answers in a second, 24 hours a day.", "24時間、1秒で回答します。"),
        ("ko", "The second phase adds 300 jobs.", "2단계 사업으로 300명을 채용한다."),
        # an occasion, not a thing numbered: 'the first time' is 初めて, and '上位3位' the top
        # three, no place of the source's
        ("ja", "It was the first time Mirai Card placed in the top three.",
         "ミライカードが上位3位に入ったのは初めてです。"),
        ("ko", "It is the second time the group has placed in the top five.",
         "그룹이 상위 5위 안에 든 것은 이번이 두 번째다."),
    ],
)  # fmt: skip
def test_an_ordinal_in_words_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", THIRD, "LUMA는 12월 3일 미니 2집을 발매한다."),
        ("ja", THIRD, "LUMAは12月3日に2枚目のミニアルバムを発売します。"),
        ("ja", "Jun will release his second solo single.",
         "ジュンが3枚目のソロシングルを発売します。"),
    ],
)  # fmt: skip
def test_an_ordinal_in_words_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
