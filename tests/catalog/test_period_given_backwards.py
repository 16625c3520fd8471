"""PR404 on a period whose ends the translation gives the other way round ('from April
2027 to March 2031' as '2031年3月～2027年4月', '2027년 4월부터 2031년 3월까지' as 'from March
2031 to April 2027'): both dates stay, so the figure checks found each, while a works'
term now ends before it starts. Two dates listed ('in April 2027 and March 2031') and a
period kept in its order stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

WORKS_EN = "Construction is scheduled to run from April 2027 to March 2031."
WORKS_KO = "공사 기간은 2027년 4월부터 2031년 3월까지다."
TERM_JA = "契約期間は2026年10月1日から2029年9月30日までです。"


def _periods(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and f.message.startswith("Period '")
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", WORKS_EN, "工期は2031年3月～2027年4月を予定しています。"),
        ("ko", WORKS_EN, "공사 기간은 2031년 3월부터 2027년 4월까지다."),
        ("en", WORKS_KO, "Construction will run from March 2031 to April 2027."),
        ("ja", WORKS_KO, "工期は2031年3月から2027年4月までです。"),
        ("en", TERM_JA, "The contract runs between September 30, 2029 and October 1, 2026."),
        ("ko", TERM_JA, "계약 기간은 2029년 9월 30일~2026년 10월 1일이다."),
    ],
)
def test_the_period_backwards(locale: str, msgid: str, msgstr: str) -> None:
    assert _periods(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", WORKS_EN, "工期は2027年4月～2031年3月を予定しています。"),
        ("ko", WORKS_EN, "공사 기간은 2027년 4월부터 2031년 3월까지다."),
        ("en", WORKS_KO, "Construction will run from April 2027 to March 2031."),
        ("en", WORKS_KO, "Construction will run through March 2031, starting in April 2027."),
        ("en", TERM_JA, "The contract runs from October 1, 2026 through September 30, 2029."),
        ("ko", TERM_JA, "계약 기간은 2026년 10월 1일~2029년 9월 30일이다."),
        # two dates listed, not a period
        (
            "en",
            "2027年4月と2031年3月に説明会を開きます。",
            "Briefings will be held in March 2031 and April 2027.",
        ),
    ],
)
def test_the_period_in_order(locale: str, msgid: str, msgstr: str) -> None:
    assert _periods(locale, msgid, msgstr) == []
