"""PR404: '1日8便', '1日最大2万人', '1일 8편' give a count a day ('eight buses a day'), whose
'1' is no figure of the translation's; the count itself is still compared, and a date's
first ('12月1日8時', '12월 1일 8시': the day, then the hour) is still a date."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BUSES = "平日は1日8便を運行します。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (BUSES, "Eight buses a day will run on weekdays."),
        (BUSES, "On weekdays, 8 buses will run per day."),
        ("会期中は1日最大2万人の来場を見込みます。", "Up to 20,000 visitors a day are expected."),
        ("김포–하네다 노선은 1일 8편 운항한다.", "The route will have 8 flights a day."),
        ("12月1日8時に受付を開始します。", "Registration opens at 8 a.m. on December 1."),
    ],
)
def test_a_count_a_day_is_kept(msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (BUSES, "Nine buses a day will run on weekdays."),
        ("12月1日8時に受付を開始します。", "Registration opens at 8 a.m. on December 2."),
        ("12월 1일 8시에 접수를 시작한다.", "Registration opens at 8 a.m. on December 2."),
    ],
)
def test_a_changed_count_or_date_is_still_reported(msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes("en", msgid, msgstr, with_info=False)
