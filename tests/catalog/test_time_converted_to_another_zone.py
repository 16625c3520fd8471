"""PR404 on a time the translation gives converted to its reader's zone, which it names
('2:00 p.m. PT (5:00 p.m. ET)' as '午後2時（太平洋時間）、日本時間では翌日午前7時'): the
same moment, not a changed time. A converted time that is off by an hour still is."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CALL = "The call starts at 2:00 p.m. PT (5:00 p.m. ET) today."


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "本日午後2時（太平洋時間）、日本時間では翌日午前7時から開始します。"),
        ("ko", "미국 태평양 시간 기준 오늘 오후 2시(한국 시간 다음 날 오전 7시)에 시작한다."),
        ("ja", "本日午後2時（米国太平洋時間）、日本時間では翌日午前6時から開始します。"),
    ],
)
def test_time_converted_to_a_named_zone(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, CALL, msgstr) == []


@pytest.mark.parametrize(
    "msgstr",
    [
        "本日午後2時（太平洋時間）、日本時間では翌日午前9時から開始します。",
        "本日午後3時（太平洋時間）、日本時間では翌日午前7時から開始します。",
    ],
)
def test_time_wrong_after_conversion_still_reported(msgstr: str) -> None:
    assert "PR404" in translation_codes("ja", CALL, msgstr)


def test_converted_time_alone_is_no_changed_zone() -> None:
    # the source's zone is not the translation's, but the moment is the same (EDT)
    msgstr = "ウェブキャストは日本時間午後9時に始まります。"
    assert translation_codes("ja", "The webcast starts at 8:00 a.m. ET.", msgstr) == []
