"""PR404/PR409: a programme's date before a colon, as a visit's schedule writes each day
('Wednesday, October 7: Arrival of the delegation'), is a date: the colon after its day
kept 'October 7' from being read as one (lest '7:30' be a clock), so the source's '10月7日'
was reported left out, and a day changed ('October 6' for '10月7日') went unreported. A
time after a month ('October 7:30 start') is still a time."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

JA_DAY = "10月7日（水）：訪問団到着、歓迎夕食会"
KO_DAY = "2일차(11월 18일(수)): 대학 방문 및 세미나"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA_DAY, "Wednesday, October 7: Arrival of the delegation and welcome dinner"),
        ("en", JA_DAY, "October 7 (Wed.): Arrival of the delegation and welcome dinner"),
        ("en", KO_DAY, "Day 2 (Wednesday, November 18): University visit and seminar"),
        ("en", "11月18日：セミナー", "Nov. 18: Seminar"),
        ("ja", "Thursday, October 8: Anniversary ceremony", "10月8日（木）：記念式典"),
    ],
)
def test_programme_date_kept(locale: str, msgid: str, msgstr: str) -> None:
    codes = translation_codes(locale, msgid, msgstr)
    assert "PR404" not in codes
    assert "PR409" not in codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA_DAY, "Wednesday, October 6: Arrival of the delegation and welcome dinner"),
        ("en", KO_DAY, "Day 2 (Wednesday, November 19): University visit and seminar"),
        ("ja", "Thursday, October 8: Anniversary ceremony", "10月9日（木）：記念式典"),
    ],
)
def test_programme_date_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


def test_time_after_a_month_is_a_time() -> None:
    codes = translation_codes("ja", "Doors open October 7:30 a.m.", "10月 午前7時30分開場")
    assert "PR409" not in codes
