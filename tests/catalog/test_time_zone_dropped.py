"""PR404 on a time zone a Japanese or Korean translation drops while keeping the time
('3:10 a.m. (Pacific Daylight Time)' as '오전 3시 10분'): its reader takes the time to
be theirs. A zone the reader takes anyway (JST, KST), a zone said by a place or as
local time, and an English translation are not judged."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

BREACH = "The access was blocked at 3:10 a.m. on April 15 (Pacific Daylight Time)."
CALL = "The call starts at 8:30 a.m. ET on May 7."
DOORS = "Doors open at 6 p.m. (JST)."


def _zones(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "Time zone" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", BREACH, "접근은 4월 15일 오전 3시 10분(미국 태평양 서머타임)에 차단됐다."),
        ("ja", BREACH, "アクセスは太平洋夏時間4月15日午前3時10分に遮断されました。"),
        ("ja", CALL, "電話会議は5月7日午前8時30分（米国東部時間）に始まります。"),
        ("ja", CALL, "電話会議はニューヨーク時間5月7日午前8時30分に始まります。"),
        ("ja", DOORS, "開場は午後6時です。"),
        ("ko", DOORS, "입장은 오후 6시부터다."),
        ("en", "오후 3시(일본 시간)에 출시된다.", "It launches at 3 p.m. in Japan."),
    ],
)
def test_no_zone_lost(locale: str, msgid: str, msgstr: str) -> None:
    assert _zones(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", BREACH, "접근은 4월 15일 오전 3시 10분에 차단됐다."),
        ("ja", CALL, "電話会議は5月7日午前8時30分に始まります。"),
    ],
)
def test_a_zone_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert _zones(locale, msgid, msgstr)
