"""PR404 on an offering's new shares and the existing shares its holders sell given each
other's counts ('新株式500万株の発行及び既存株式200万株の売出し' as '新株式200万株…既存株式
500万株', '신주 150만 주와 구주매출 50만 주' as '500,000 new shares and 1.5 million
existing shares'): every figure stays, so only what each counts tells it. The
over-allotment's shares ('オーバーアロットメントによる売出し105万株') are neither."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

OFFERING = (
    "The offering will consist of 5,000,000 new shares and 2,000,000 existing shares, "
    "with an over-allotment of up to 1,050,000 shares."
)
OFFERING_JA = (
    "公募による新株式500万株の発行及び既存株式200万株の売出しを行うほか、"
    "オーバーアロットメントによる売出し105万株（上限）を予定しています。"
)
OFFERING_KO = "공모 주식은 신주 150만 주와 구주매출 50만 주로 구성된다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", OFFERING, OFFERING_JA),
        (
            "ko",
            OFFERING,
            "신주 500만 주와 구주 200만 주로 구성되며, 초과배정옵션에 따라 최대 105만 주를 "
            "추가로 매출할 예정이다.",
        ),
        (
            "en",
            OFFERING_KO,
            "The offering consists of 1.5 million new shares and 500,000 existing shares.",
        ),
        ("en", OFFERING_JA, OFFERING),
        # the order of the two changed, each with its count
        (
            "en",
            OFFERING_KO,
            "Of the shares offered, 500,000 are existing shares and 1.5 million new shares.",
        ),
    ],
)
def test_each_count_with_its_shares(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            OFFERING,
            OFFERING_JA.replace("新株式500万株", "新株式200万株").replace(
                "既存株式200万株", "既存株式500万株"
            ),
        ),
        (
            "ko",
            OFFERING,
            "신주 200만 주와 구주 500만 주로 구성되며, 초과배정옵션에 따라 최대 105만 주를 "
            "추가로 매출할 예정이다.",
        ),
        (
            "en",
            OFFERING_KO,
            "The offering consists of 500,000 new shares and 1.5 million existing shares.",
        ),
    ],
)
def test_the_counts_given_to_each_other(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


# as a notice words them: 'shares to be newly issued', 'shares to be sold by existing
# shareholders', '新規発行による募集株式', '既存株主による売出し株式'
WORDED = (
    "The offering comprises 3,200,000 shares to be newly issued and 800,000 shares to be "
    "sold by existing shareholders."
)
WORDED_JA = "新規発行による募集株式320万株、既存株主による売出し株式80万株を予定しています。"


@pytest.mark.parametrize(
    ("msgstr", "codes"),
    [
        (WORDED_JA, []),
        (
            WORDED_JA.replace("募集株式320万株", "募集株式80万株").replace(
                "株式80万株を", "株式320万株を"
            ),
            ["PR404"],
        ),
    ],
)
def test_the_shares_as_a_notice_words_them(msgstr: str, codes: list[str]) -> None:
    assert translation_codes("ja", WORDED, msgstr, with_info=False) == codes
