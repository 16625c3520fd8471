"""PR410 on a loan's term said as its longest ('最長35年', '최장 35년') and on a source
with two limits ('最大1億円、最長35年'): a term's limit was no limit, and only the first
limit of a message was asked, so a translation that kept the amount's 'up to' and
dropped the term's ('for a term of 35 years') went unreported. Both limits kept stay
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LOAN_JA = "借入限度額は最大1億円、借入期間は最長35年です。"
LOAN_KO = "대출 기간은 최장 35년이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LOAN_JA, "The loan lends up to ¥100 million for terms of up to 35 years."),
        ("en", LOAN_JA, "Borrowers can take up to ¥100 million over a maximum of 35 years."),
        ("en", LOAN_KO, "Loans run for a maximum of 35 years."),
        ("en", LOAN_KO, "Loan terms are 35 years at most."),
    ],
)
def test_every_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LOAN_JA, "The loan lends up to ¥100 million for a term of 35 years."),
        ("en", LOAN_JA, "The loan lends ¥100 million for terms of up to 35 years."),
        ("en", LOAN_KO, "Loans run for 35 years."),
    ],
)
def test_a_limit_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "最短3営業日でお届けします。", "Cards arrive in as few as three business days."),
        ("en", "최단 5분 만에 개설할 수 있다.", "Accounts open in as little as five minutes."),
        ("ko", "最短3営業日で発行します。", "최단 3영업일 만에 발급합니다."),
        ("ja", "최단 3영업일 만에 발급한다.", "最短3営業日で発行します。"),
        ("ja", "최단 3영업일 만에 발급한다.", "早ければ3営業日で発行します。"),
    ],
)
def test_the_shortest_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


def test_the_shortest_stated_exact() -> None:
    msgid = "최단 5분 만에 개설할 수 있다."
    assert translation_codes("en", msgid, "Accounts open in five minutes.", with_info=False) == [
        "PR410"
    ]
