"""PR404: a count of one said in words with its period ('once a year', 'once weekly') is
compared with the translation's count, as 'twice a year' was: '年2回' or '연 2회' for 'once
a year' is a changed figure. Said without a digit ('毎年', '年に一度') it is no finding, and
'twice a year' as '年に二度' is the count said in words, not a figure missing."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ONCE = "The sustainability report is published once a year."
TWICE = "The sustainability report is published twice a year."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ONCE, "サステナビリティ報告書は年1回発行します。"),
        ("ja", ONCE, "サステナビリティ報告書は年に一度発行します。"),
        ("ja", ONCE, "サステナビリティ報告書は毎年発行します。"),
        ("ko", ONCE, "지속가능경영보고서는 연 1회 발간한다."),
        ("ko", ONCE, "지속가능경영보고서는 매년 발간한다."),
        ("ja", TWICE, "サステナビリティ報告書は年に二度発行します。"),
        ("ja", TWICE, "サステナビリティ報告書は年2回発行します。"),
        ("ko", TWICE, "지속가능경영보고서는 1년에 두 번 발간한다."),
        # 'once' that is no count: 'once approved', 'at once'
        (
            "ja",
            "Once approved, the 2 plants will start at once.",
            "承認後、2工場が直ちに稼働します。",
        ),
    ],
)
def test_count_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ONCE, "サステナビリティ報告書は年2回発行します。"),
        ("ko", ONCE, "지속가능경영보고서는 연 2회 발간한다."),
        ("ja", "Inspections take place once a month.", "点検は月に2回実施します。"),
    ],
)
def test_count_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)
