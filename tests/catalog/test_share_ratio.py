"""PR404 on a stock split's or an allotment's ratio as Japanese and Korean write it
('1株につき3株の割合', '1주를 3주로', '1주당 신주 2주'): the ratio of '1:3', whose terms
a reversed translation ('3株につき1株', a reverse split) turns round, while '1株につき'
alone stays 'per share'."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SPLIT = "Hanakawa Foods will carry out a 1:3 stock split with a record date of June 30, 2027."
SPLIT_JA = (
    "花川フーズは、2027年6月30日を基準日として、普通株式1株につき3株の割合で株式分割を行います。"
)
SPLIT_KO = "하나카와푸드는 보통주 1주를 3주로 나누는 주식 분할을 실시한다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SPLIT, SPLIT_JA),
        ("ko", SPLIT, "하나카와푸드는 2027년 6월 30일을 기준일로 보통주 1주를 3주로 분할한다."),
        (
            "en",
            SPLIT_JA,
            "Hanakawa Foods will carry out a three-for-one stock split of its "
            "common stock with a record date of June 30, 2027.",
        ),
        (
            "en",
            SPLIT_JA,
            "Each share of Hanakawa Foods common stock will be split into three "
            "shares with a record date of June 30, 2027.",
        ),
        ("ja", SPLIT_KO, "花川フーズは、普通株式1株を3株に分割する株式分割を実施します。"),
        ("ko", "配当は1株につき25円とします。", "배당금은 1주당 25엔으로 한다."),
    ],
)
def test_the_ratio_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SPLIT, SPLIT_JA.replace("1株につき3株", "3株につき1株")),
        ("ko", SPLIT, "하나카와푸드는 2027년 6월 30일을 기준일로 보통주 3주를 1주로 분할한다."),
        (
            "en",
            SPLIT_JA,
            "Hanakawa Foods will carry out a 1:2 stock split of its common stock "
            "with a record date of June 30, 2027.",
        ),
    ],
)
def test_the_ratio_turned_round_or_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


# English says new shares for old: '3-for-1' is the 1:3 of '1株につき3株'; '1-for-3' a reverse split
@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        (
            "ko",
            "Hanakawa Foods will carry out a 3-for-1 stock split on June 30, 2027.",
            "하나카와푸드는 2027년 6월 30일 보통주 1주를 3주로 분할한다.",
            [],
        ),
        (
            "en",
            SPLIT_JA,
            "Hanakawa Foods will carry out a 3-for-1 stock split of its common stock "
            "with a record date of June 30, 2027.",
            [],
        ),
        (
            "en",
            SPLIT_JA,
            "Hanakawa Foods will carry out a 1-for-3 stock split of its common stock "
            "with a record date of June 30, 2027.",
            ["PR404"],
        ),
    ],
)
def test_new_shares_for_old(locale: str, msgid: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == codes


# a notice writes its ratio with a comma after 'につき' ('1株につき、2株の割合') or with
# 'を' ('1株を2株に分割'), and often says it twice, in words and as '1:2'
NOTICE = "普通株式1株につき、2株の割合をもって分割いたします。"
TWICE = "普通株式1株を2株に分割いたします（分割比率1:2）。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", NOTICE, "보통주식 1주당 2주의 비율로 분할한다."),
        ("en", NOTICE, "Each share of common stock will be split into two shares."),
        ("en", TWICE, "Each share of common stock will be split into two (a 2-for-1 split)."),
        ("ko", TWICE, "보통주식 1주를 2주로 분할한다(분할 비율 1:2)."),
        ("ko", "自己株式1株を500円で取得します。", "자기주식 1주를 500엔에 취득한다."),
    ],
)
def test_the_ratio_of_a_notice_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", NOTICE, "보통주식 2주당 1주의 비율로 분할한다."),
        ("ja", "보통주 1주를 2주로 분할한다.", "普通株式2株を1株に分割します。"),
        # the words say two shares, but the ratio written is the other one
        ("en", TWICE, "Each share of common stock will be split into two (a 1-for-2 split)."),
        ("ko", TWICE, "보통주식 2주를 1주로 분할한다(분할 비율 1:2)."),
    ],
)
def test_the_ratio_of_a_notice_turned_round(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
