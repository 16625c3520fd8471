"""PR404 and a school's or an award's year ('2026年度入学者選抜', '2026年度…賞', '2026학년도
신입생'), which English gives as 'the 2026 academic year' or the year alone ('the 2026
admissions', 'the 2026 … Award'): each was reported as the fiscal period missing, since
'年度' was read as a company's fiscal year only. A fiscal year of accounts ('2026年度の
売上高' as 'sales for 2026') and another year are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _figures(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "2026年度入学者選抜の志願者数は12,345人でした。",
            "Applications for the 2026 admissions totalled 12,345.",
        ),
        (
            "en",
            "2026年度入学者選抜の志願者数は12,345人でした。",
            "Applications for the 2026 academic year totalled 12,345.",
        ),
        (
            "en",
            "同教授が2026年度東日本化学会賞を受賞しました。",
            "The professor has won the 2026 Eastern Japan Chemical Society Award.",
        ),
        (
            "en",
            "2026학년도 신입생은 3,200명이다.",
            "The university admits 3,200 new students in 2026.",
        ),
        ("ja", "It admits 420 students in the 2026 academic year.", "2026年度は420人が入学する。"),
        ("ko", "It admits 420 students in academic year 2026.", "2026학년도에 420명이 입학한다."),
        ("ja", "Sales for fiscal 2026 were ¥12 billion.", "2026年度の売上高は120億円でした。"),
    ],
)
def test_school_year_said_as_its_year(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "2026年度の売上高は120億円でした。", "Sales for 2026 were ¥12 billion."),
        (
            "en",
            "2026年度入学者選抜の志願者数は12,345人でした。",
            "Applications for the 2027 admissions totalled 12,345.",
        ),
        (
            "en",
            "2026학년도 신입생은 3,200명이다.",
            "It admits 3,200 students in the 2025 academic year.",
        ),
    ],
)
def test_fiscal_or_another_year_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr)
