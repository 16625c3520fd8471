"""PR404 on an amount whose currency the translation changes ('$48 million' as
'4,800万円', '1,500억 원' as '1,500億円'): the same digits, another sum."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RAISED = "Kestrel raised $48 million (approximately ¥7.2 billion)."
INVESTED = "총 투자 규모는 약 1,500억 원(약 165억 엔)이다."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RAISED, "ケストレルは4,800万ドル（約72億円）を調達しました。"),
        ("ko", RAISED, "케스트럴은 4,800만 달러(약 72억 엔)를 유치했다."),
        ("ko", RAISED, "케스트럴은 USD 4,800만(약 72억 엔)를 유치했다."),
        ("ja", INVESTED, "総投資額は約1,500億ウォン（約165億円）です。"),
        ("en", INVESTED, "Total investment is about ₩150 billion (approximately ¥16.5 billion)."),
        # a number that is no amount beside an amount's word: '직원' is no won
        (
            "ja",
            "직원 500명에게 1인당 50만 원을 지급한다.",
            "社員500人に1人当たり50万ウォンを支給する。",
        ),
    ],
)
def test_an_amount_in_its_currency(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RAISED, "ケストレルは4,800万円（約72億円）を調達しました。"),
        ("ja", INVESTED, "総投資額は約1,500億円（約165億円）です。"),
    ],
)
def test_an_amount_in_another_currency(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]


MILESTONES = (
    "開発の進捗に応じて最大2億1,000万米ドルの開発マイルストーン、"
    "販売額に応じて最大4億5,000万米ドルの販売マイルストーンを受領する可能性があります。"
)


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "ko",
            "최대 2억 1000만 달러의 개발 마일스톤, "
            "최대 4억 5000만 달러의 판매 마일스톤을 받을 수 있다.",
        ),
        ("ko", "최대 2억 1000만 미국 달러, 최대 4억 5000만 미국 달러의 마일스톤을 받을 수 있다."),
        (
            "en",
            "It may receive up to USD 210 million and up to 450 million US dollars in milestones.",
        ),
    ],
)
def test_a_countrys_dollar_is_a_dollar(locale: str, msgstr: str) -> None:
    assert _codes(locale, MILESTONES, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        # one of two amounts in yen: the other's dollars no longer cover it
        (
            "ko",
            "최대 2억 1000만 달러의 개발 마일스톤, "
            "최대 4억 5000만 엔의 판매 마일스톤을 받을 수 있다.",
        ),
        ("en", "It may receive up to USD 210 million and up to JPY 450 million in milestones."),
    ],
)
def test_a_countrys_dollar_changed_to_yen(locale: str, msgstr: str) -> None:
    assert _codes(locale, MILESTONES, msgstr) == ["PR404"]
