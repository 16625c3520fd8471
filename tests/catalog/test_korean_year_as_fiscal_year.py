"""PR404 on a Korean year said as a fiscal year: Korea's state and most of its companies
keep their accounts by the calendar year, so a ministry's '2027년 예산' is '2027年度予算'
and 'the fiscal 2027 budget', and its '2027년도 예산' 'the 2027 budget'. Another year is
still a changed one, and a Japanese fiscal year (April to March) is not read so."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BUDGET = "2027년 청년 주거 사업 예산을 1조 2,400억원으로 확정했다."
BUDGET_FY = "2027년도 예산은 전년 대비 18.1% 증가했다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", BUDGET, "2027年度の青年住居事業の予算を1兆2,400億ウォンで確定した。"),
        ("en", BUDGET, "It set the fiscal 2027 budget for youth housing at KRW 1.24 trillion."),
        ("en", BUDGET, "It set the FY2027 budget for youth housing at KRW 1.24 trillion."),
        ("en", BUDGET, "It set the 2027 budget for youth housing at KRW 1.24 trillion."),
        ("en", BUDGET_FY, "The 2027 budget is up 18.1% from the previous year."),
        ("ja", BUDGET_FY, "2027年の予算は前年比18.1%増加した。"),
        ("ja", BUDGET_FY, "2027年度予算は前年度比18.1%増となった。"),
        ("ja", "2027회계연도 세입은 늘었다.", "2027年の歳入は増えた。"),
    ],
)
def test_a_korean_year_said_as_its_fiscal_year(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", BUDGET, "2026年度の青年住居事業の予算を1兆2,400億ウォンで確定した。"),
        ("en", BUDGET, "It set the fiscal 2028 budget for youth housing at KRW 1.24 trillion."),
        ("en", BUDGET_FY, "The 2026 budget is up 18.1% from the previous year."),
        # a year named by the month it ends in is another year's accounts
        ("ja", BUDGET, "2027年3月期の青年住居事業の予算を1兆2,400億ウォンで確定した。"),
        # a Japanese fiscal year is not the calendar one
        ("en", "2027年度予算は1兆円だ。", "The 2027 budget is 1 trillion yen."),
        ("ko", "2027年度予算は1兆円だ。", "2027년 예산은 1조 엔이다."),
    ],
)
def test_another_year_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
