"""PR404 on a building's groundbreaking and completion dates given the other way round
('2023年10月に着工し、2026年3月に竣工' as 'Construction began in March 2026 and was
completed in October 2023'): every date is there and both ends are named."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

JA = "2024年10月に着工し、2027年3月に竣工しました。"
KO = "2024년 10월 착공해 2027년 3월 준공했다."
EN = "Construction began in October 2024 and was completed in March 2027."


def _swaps(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and "other way round" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "Construction began in March 2027 and was completed in October 2024."),
        ("en", KO, "Ground was broken in 2027 and the works were completed in 2024."),
        ("ja", EN, "2027年3月に着工し、2024年10月に竣工しました。"),
        ("ko", EN, "2027년 3월 착공해 2024년 10월 준공했다."),
    ],
)
def test_dates_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert _swaps(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, EN),
        ("en", KO, "Ground was broken in 2024 and the works were completed in 2027."),
        ("ja", EN, JA),
        ("ko", EN, KO),
        # one end dated only, and two ends in one year
        ("en", "2027年3月に竣工しました。", "It was completed in March 2027."),
        (
            "en",
            "2027年3月に着工し、2027年12月に竣工予定です。",
            "Construction will begin in 2027 and be completed in 2027.",
        ),
    ],
)
def test_dates_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swaps(locale, msgid, msgstr) == []


# works to come, as an award's release says them: 'Construction will begin in …'
PLAN_JA = "2027年4月に着工し、2031年3月の竣工を予定しています。"


def test_works_to_come_swapped() -> None:
    msgstr = "Construction will begin in March 2031, with completion scheduled for April 2027."
    assert _swaps("en", PLAN_JA, msgstr)


@pytest.mark.parametrize(
    "msgstr",
    [
        "Construction will begin in April 2027, with completion scheduled for March 2031.",
        "Construction is scheduled to start in April 2027 and be completed in March 2031.",
    ],
)
def test_works_to_come_kept(msgstr: str) -> None:
    assert _swaps("en", PLAN_JA, msgstr) == []
