"""PR404 on a survey's margin of error, which every language gives in percent or in
percentage points alike ('±3.1%', '±3.1 percentage points', '표본오차 ±3.1%p',
'標本誤差は最大3.1ポイント'): one unit for the other is no change from points to percent.
A margin changed in value, and a change in points given in percent, are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "이번 조사는 95% 신뢰수준에 표본오차 ±3.1%p다.",
            "The survey has a margin of error of ±3.1% at the 95% confidence level.",
        ),
        ("ja", "The margin of error is ±3.1 percentage points.", "標本誤差は±3.1％です。"),
        ("en", "標本誤差は最大3.1ポイントです。", "The margin of error is up to 3.1%."),
        ("ko", "The margin of error is plus or minus 2.0%.", "표본오차는 ±2.0%p다."),
    ],
)
def test_margin_in_either_unit(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "이번 조사는 95% 신뢰수준에 표본오차 ±3.1%p다.",
            "The survey has a margin of error of ±3.5% at the 95% confidence level.",
        ),
        (
            "en",
            "標本誤差は±3.1ポイントで、満足度は前回から5.2ポイント上昇しました。",
            "The margin of error is ±3.1%, and satisfaction rose 5.2% from the last survey.",
        ),
    ],
)
def test_margin_changed_or_a_change_in_percent(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
