"""PR404: a range whose scale only its second figure writes ('9,200～9,600百万円',
'1,500억~1,600억 원' said as 'KRW 150–160 billion') has its first figure in that scale too, as
forecasts and outlooks in every language give it; a translation that says each bound in full
is no changed figure. A bound that is changed ('¥9.3 billion' for '9,200') is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FORECAST_JA = "通期の営業利益予想を8,400～8,900百万円に修正しました。"
OUTLOOK_KO = "올해 설비투자는 1,500억~1,600억 원으로 예상된다."
OUTLOOK_EN = "Capital expenditure this year is expected to be KRW 150–160 billion."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            FORECAST_JA,
            "The full-year operating profit forecast was revised to ¥8.4 billion to ¥8.9 billion.",
        ),
        (
            "en",
            FORECAST_JA,
            "The full-year operating profit forecast was revised to ¥8.4–8.9 billion.",
        ),
        ("ko", FORECAST_JA, "연간 영업이익 전망을 84억~89억 엔으로 수정했다."),
        ("en", OUTLOOK_KO, OUTLOOK_EN),
        (
            "en",
            OUTLOOK_KO,
            "Capital expenditure this year is expected to be KRW 150 to 160 billion.",
        ),
        ("ja", OUTLOOK_EN, "今年の設備投資は1,500億～1,600億ウォンとなる見通しだ。"),
    ],
)
def test_scale_said_once(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            FORECAST_JA,
            "The full-year operating profit forecast was revised to ¥8.3 billion to ¥8.9 billion.",
        ),
        (
            "en",
            FORECAST_JA,
            "The full-year operating profit forecast was revised to ¥84–89 billion.",
        ),
        ("en", OUTLOOK_KO, "Capital expenditure this year is expected to be KRW 15–160 billion."),
        ("ja", OUTLOOK_EN, "今年の設備投資は150億～1,600億ウォンとなる見通しだ。"),
    ],
)
def test_bound_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
