"""PR404: an exchange ratio with a decimal term ('1:0.35', '1対0.35', '1 대 0.35') is read
in order, so one turned round ('0.35:1') or with a digit changed ('1:0.53') is reported;
said the same way, or with its terms apart ('1 to 0.35'), it passes."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RATIO_EN = "The share exchange ratio is 1:0.42, and the exchange takes effect on July 1, 2027."
RATIO_JA = "株式交換比率は1：0.42とし、効力発生日は2027年7月1日です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATIO_EN, "株式交換比率は0.42：1とし、効力発生日は2027年7月1日です。"),
        ("ko", RATIO_EN, "주식교환 비율은 1:0.24이며, 효력 발생일은 2027년 7월 1일이다."),
        ("en", RATIO_JA, "The share exchange ratio is 0.42:1, effective July 1, 2027."),
    ],
)
def test_ratio_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATIO_EN, "株式交換比率は1対0.42とし、効力発生日は2027年7月1日です。"),
        ("ko", RATIO_EN, "주식교환 비율은 1 대 0.42이며, 효력 발생일은 2027년 7월 1일이다."),
        ("en", RATIO_JA, "The share exchange ratio is 1:0.42, effective July 1, 2027."),
        ("en", RATIO_JA, "The share exchange ratio is 1 to 0.42, effective July 1, 2027."),
    ],
)
def test_ratio_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)
