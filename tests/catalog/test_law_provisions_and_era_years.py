"""PR404 on the citations and dates of official releases.

A provision written in kanji, as statutes and official Japanese write it ('第二十三条第一項',
'第二十七条の十二', '第三者' for '제3자'), holds the numbers a source writes in digits; a
year given in both calendars with the second in brackets ('2026年（令和8年）10月',
'令和8年（2026年）12月4日') is one year, which a translation gives once; and '2027会計年度'
is a fiscal year as '2027회계연도' is; '1년 전보다' is 'from a year earlier'. A changed
paragraph, year or month is still reported.
"""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

GUIDE_EN = "The rules adopted under Article 12(3) of the Act will apply from next spring."
CONSENT_KO = "「정보통신망법」 제22조제1항에 따라 이용자의 동의를 받아야 한다."
THIRD_KO = "회사는 제3자에게 위탁한 업무를 점검했다."
BRANCH_KO = "같은 법 제31조의2에 따른 신고를 마쳤다."
SURVEY_JA = "家計調査 2027年（令和9年）3月分の結果を公表します。"
ISSUED_JA = "本通知は令和9年（2027年）5月20日から適用します。"
PLAN_KO = "2027회계연도 지원 예산은 4,300억 원이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "ja",
            GUIDE_EN,
            "同法第十二条第三項に基づき定められた規則は、来春から適用されます。",
            False,
        ),
        (
            "ja",
            CONSENT_KO,
            "「情報通信網法」第二十二条第一項に基づき、利用者の同意を得なければならない。",
            False,
        ),
        ("ja", THIRD_KO, "同社は第三者に委託した業務を点検した。", False),
        ("ja", BRANCH_KO, "同法第三十一条の二に基づく届出を済ませた。", False),
        (
            "en",
            SURVEY_JA,
            "Results of the Family Income and Expenditure Survey for March 2027 are released.",
            False,
        ),
        ("en", ISSUED_JA, "This notice applies from May 20, 2027.", False),
        ("ja", PLAN_KO, "2027会計年度の支援予算は4,300億ウォンである。", False),
        # the paragraph, the year or the month changed
        (
            "ja",
            GUIDE_EN,
            "同法第十二条第二項に基づき定められた規則は、来春から適用されます。",
            True,
        ),
        (
            "ja",
            CONSENT_KO,
            "「情報通信網法」第二十二条第二項に基づき、利用者の同意を得なければならない。",
            True,
        ),
        (
            "en",
            SURVEY_JA,
            "Results of the Family Income and Expenditure Survey for March 2026 are released.",
            True,
        ),
        (
            "en",
            SURVEY_JA,
            "Results of the Family Income and Expenditure Survey for February 2027 are released.",
            True,
        ),
        ("en", ISSUED_JA, "This notice applies from May 20, 2026.", True),
        ("ja", PLAN_KO, "2026会計年度の支援予算は4,300億ウォンである。", True),
    ],
)
def test_provisions_and_years_of_official_releases(
    locale: str, msgid: str, msgstr: str, found: bool
) -> None:
    assert ("PR404" in translation_codes(locale, msgid, msgstr, with_info=False)) is found


def test_years_that_disagree_are_both_compared() -> None:
    # '2027年（令和8年）' is a slip of the source: neither year is taken for the other
    codes = translation_codes(
        "en", "2027年（令和8年）3月分の結果", "Results for March 2027", with_info=False
    )
    assert "PR404" in codes


YEAR_AGO_KO = "가계대출은 1년 전보다 3조 원 늘었다."


@pytest.mark.parametrize(
    ("msgstr", "found"),
    [
        ("Household loans grew by 3 trillion won from a year earlier.", False),
        ("Household loans grew by 3 trillion won from the previous year.", False),
        ("Household loans grew by 3 trillion won year-on-year.", False),
        ("Household loans grew by 3 trillion won from two years earlier.", True),
    ],
)
def test_one_year_before_said_as_a_year_earlier(msgstr: str, found: bool) -> None:
    # '1년 전보다' is 'from a year earlier': the one is said by 'a year'
    assert ("PR404" in translation_codes("en", YEAR_AGO_KO, msgstr, with_info=False)) is found
