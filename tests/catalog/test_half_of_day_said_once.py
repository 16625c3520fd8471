"""PR404 on a range of hours Korean or Japanese marks with 오후/午後 once, at its start
('오후 2시부터 4시까지' as '14時から16時まで'): its end is in the same half of the day."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

EVENT = "행사는 5월 9일 오후 2시부터 4시까지 열린다."
TALK = "講演は午後2時～4時30分です。"


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EVENT, "イベントは5月9日14時から16時まで開催される。"),
        ("ja", EVENT, "イベントは5月9日午後2時から4時まで開催される。"),
        ("en", EVENT, "The event runs from 2 to 4 p.m. on May 9."),
        ("ko", TALK, "강연은 14:00~16:30이다."),
        ("en", TALK, "The lecture is from 2 to 4:30 p.m."),
    ],
)
def test_the_same_hours(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


def test_the_end_in_the_other_half() -> None:
    assert _numbers("en", EVENT, "The event runs from 2 p.m. to 4 a.m. on May 9.")
