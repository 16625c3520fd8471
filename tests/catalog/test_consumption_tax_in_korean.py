"""PR404: a Japanese price given in Korean says its tax as 소비세, consumption tax ('소비세
포함 539만 엔', '소비세 별도'), which was no word of tax to the tax-basis checks: the correct
translation was reported as dropping the source's 'including consumption tax', and a
translation that swapped the two went unreported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

CAR = "The Ririka X starts at ¥5,390,000 including consumption tax (¥4,900,000 excluding tax)."
LAMP = "デスクライトは1万1,000円（税込）です。"


def _tax(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "tax is included" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", CAR, "리리카 X의 가격은 소비세 포함 539만 엔(소비세 제외 490만 엔)부터다."),
        ("ko", CAR, "리리카 X의 가격은 539만 엔(소비세 포함)부터다(소비세 별도 490만 엔)."),
        ("ko", LAMP, "데스크 라이트는 1만 1,000엔(소비세 포함)이다."),
        ("ko", LAMP, "데스크 라이트는 1만 1,000엔(세금 포함)이다."),
    ],
)
def test_consumption_tax_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _tax(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", CAR, "리리카 X의 가격은 소비세 제외 539만 엔(소비세 포함 490만 엔)부터다."),
        ("ko", LAMP, "데스크 라이트는 1만 1,000엔(소비세 별도)이다."),
    ],
)
def test_consumption_tax_flipped(locale: str, msgid: str, msgstr: str) -> None:
    assert _tax(locale, msgid, msgstr), msgid
