"""PR404 on a time that follows a label and its colon ('受付時間：9:00～18:00', 'Hours:
10:00'): the colon ends the label, so the time is read whole, not as '9' and '00'. A
colon after a digit is still inside a time ('12:30:45')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HOURS = "受付時間：9:00～18:00（土日祝を除く）"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HOURS, "Hours: 9:00 a.m. to 6:00 p.m. (excluding weekends and holidays)"),
        ("en", HOURS, "Hours: 9 a.m. to 6 p.m. (excluding weekends and holidays)"),
        ("ko", HOURS, "접수 시간: 09:00~18:00(토·일·공휴일 제외)"),
        ("ko", HOURS, "접수 시간: 오전 9시~오후 6시(토·일·공휴일 제외)"),
        ("ja", "Opening hours:10:30–19:00", "営業時間：10時30分～19時"),
    ],
)
def test_the_time_after_a_label_said_the_same(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HOURS, "Hours: 9:00 a.m. to 5:00 p.m. (excluding weekends and holidays)"),
        ("ko", HOURS, "접수 시간: 09:30~18:00(토·일·공휴일 제외)"),
        ("ja", "Opening hours:10:30–19:00", "営業時間：10時～19時"),
    ],
)
def test_a_changed_time_after_a_label_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]
