"""PR404 on being open around the clock, as each language says it: '24時間365日',
'365일 24시간', '24/7' and '24 hours a day, 365 days a year' say the same, no figure
of one missing from another. A 24/7 ending its sentence ('open 24/7.') is the idiom too;
a number of days that is no such idiom is still compared."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

ALL_YEAR = "The service desk is open 24 hours a day, 365 days a year."
SHORT = "Our service desk is open 24/7."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "故障受付：24時間365日", "Breakdown reports: 24 hours a day, 365 days a year"),
        ("en", "故障受付センター（24時間365日受付）", "Breakdown center (open 24/7)"),
        (
            "en",
            "保守窓口は365日24時間対応です。",
            "The service desk is open 24 hours a day, 7 days a week.",
        ),
        ("en", "24시간 365일 접수 가능", "Reports are taken 24/7."),
        ("ja", SHORT, "サービスデスクは24時間365日対応しています。"),
        ("ko", "Open 24 hours a day, seven days a week", "연중무휴 24시간 운영"),
        (
            "ko",
            ALL_YEAR,
            "서비스 데스크는 연중무휴 24시간 운영된다.",
        ),
        ("ko", SHORT, "서비스 데스크는 365일 24시간 운영된다."),
    ],
)
def test_around_the_clock_in_each_language(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


def test_days_that_are_no_idiom_are_still_compared() -> None:
    assert _numbers("en", "ログは365日分保存します。", "Logs are kept for 356 days.") == ["356"]
