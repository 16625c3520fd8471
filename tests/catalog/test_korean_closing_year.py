"""PR404 on the year a Korean company closes its accounts for ('2026년 결산배당', '2026년
결산 실적'): its fiscal year, which for a company closing in December is the calendar
year, so 'fiscal 2026', '2026年度' and '2026' all say it; another year is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

DIVIDEND = "회사는 2026년 결산배당으로 보통주 1주당 400원의 현금배당을 결정했다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", DIVIDEND, "It declared a year-end dividend of 400 won per share for fiscal 2026."),
        ("ja", DIVIDEND, "同社は2026年度の期末配当として普通株式1株当たり400ウォンを決定した。"),
        ("en", DIVIDEND, "It declared a 2026 year-end dividend of 400 won per common share."),
        ("en", "한빛은 2026년 결산 실적을 발표했다.", "Hanbit announced results for fiscal 2026."),
        (
            "ko",
            "The Company declared a dividend of 400 won per share for fiscal 2026.",
            "회사는 2026년 결산배당으로 주당 400원을 결정했다.",
        ),
    ],
)
def test_the_closing_year_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    "msgstr",
    [
        "The Company declared a year-end dividend of 400 won per share for fiscal 2025.",
        "The Company declared a 2025 year-end dividend of 400 won per common share.",
    ],
)
def test_another_year_reported(msgstr: str) -> None:
    assert translation_codes("en", DIVIDEND, msgstr, with_info=False) == ["PR404"]
