"""PR404: a price the source says with tax in or out of it ('3,980円（税込）', '2만 9,000원
(부가세 별도)') given with the same amount in a translation that says nothing of tax is
reported; said once for the sentence ('including consumption tax'), it is kept."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

KIT = "スターターキットは3,980円（税込）、拡張パックは1,480円（税込）で販売します。"
PLAN = "월 구독료는 2만 9,000원(부가세 별도)이다."


def _tax(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "tax is included" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KIT,
            "The starter kit sells for ¥3,980 and the expansion pack for ¥1,480, "
            "including consumption tax.",
        ),
        ("ko", KIT, "스타터 키트는 3,980엔(세금 포함), 확장 팩은 1,480엔(세금 포함)에 판매한다."),
        ("en", PLAN, "The monthly subscription is KRW 29,000 before VAT."),
        ("ja", PLAN, "月額利用料は2万9,000ウォン（付加価値税別）です。"),
    ],
)
def test_tax_basis_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _tax(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KIT, "The starter kit sells for ¥3,980 and the expansion pack for ¥1,480."),
        ("ko", KIT, "스타터 키트는 3,980엔, 확장 팩은 1,480엔에 판매한다."),
        ("en", PLAN, "The monthly subscription is KRW 29,000."),
    ],
)
def test_tax_basis_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_tax(locale, msgid, msgstr)) == 1
