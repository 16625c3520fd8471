"""PR404 on a range of fiscal years, as medium-term plans are named: the kind said once
for both years and the end often written short ('2025〜27年度', '2025~2027회계연도',
'FY2025–2027', 'FY2025-27', 'fiscal 2025 to 2027') is two fiscal years, whichever way
the translation writes them; a range given as calendar years, or ending another year,
is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PLAN_JA = "中期経営計画（2025〜27年度）では、脱炭素分野に3年間で1,500億円を投資します。"
PLAN_EN = "Over its plan (FY2025–2027), the company will invest ¥150 billion."
PLAN_KO = "중기경영계획(2025~2027회계연도) 기간에 1,500억 엔을 투자한다."
SEASONS = "2025〜27年に3回の実証を行います。"


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PLAN_JA, "Under its plan (FY2025–2027), it invests ¥150 billion in 3 years."),
        ("en", PLAN_JA, "Under its plan (FY2025-27), it invests ¥150 billion in 3 years."),
        ("en", PLAN_JA, "In fiscal 2025 to 2027 it invests ¥150 billion in 3 years."),
        ("ko", PLAN_JA, "중기경영계획(2025~2027회계연도)에서 3년간 1,500억 엔을 투자한다."),
        ("ko", PLAN_JA, "중기경영계획(2025~27회계연도)에서 3년간 1,500억 엔을 투자한다."),
        ("ja", PLAN_EN, "中期経営計画（2025〜27年度）では1,500億円を投資します。"),
        ("ja", PLAN_EN, "中期経営計画（2025年度〜2027年度）では1,500億円を投資します。"),
        ("en", PLAN_KO, "Under its plan (FY2025–FY2027), it will invest ¥150 billion."),
        ("en", SEASONS, "It will run three trials from 2025 to 2027."),
        ("ko", SEASONS, "2025~2027년에 3차례 실증을 진행한다."),
    ],
)  # fmt: skip
def test_the_same_years(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PLAN_JA, "Under its plan (FY2025–2026), it invests ¥150 billion in 3 years."),
        ("ko", PLAN_JA, "중기경영계획(2025~2027년)에서 3년간 1,500억 엔을 투자한다."),
        ("ja", PLAN_EN, "中期経営計画（2025〜28年度）では1,500億円を投資します。"),
        ("en", SEASONS, "It will run three trials from 2025 to 2028."),
    ],
)  # fmt: skip
def test_other_years(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr), msgstr
