"""PR404 on opening hours whose start and end both fall on the half hour ('9:30～17:30'):
an end changed to the hour ('9:30-17:00') is reported against the translation's end,
not taken as its hour plus the start's minutes. Hours said with a.m./p.m. or a time
split into hour and minutes ('12時30分' as '12:30 p.m.') still match."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

DESK = "受付時間：平日8:30～17:30"


def _changes(locale: str, msgid: str, msgstr: str) -> list[tuple[str | None, str | None]]:
    return [
        (f.suggestion, f.found)
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404"
    ]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "change"),
    [
        (DESK, "Reception: 8:30-17:00 on weekdays", ("17:30", "17:00")),
        (DESK, "Reception: 8:30 to 17:45, weekdays", ("17:30", "17:45")),
        ("상담 시간: 평일 9:30~18:30", "Consultation: 9:30-18:00 on weekdays", ("18:30", "18:00")),
    ],
)
def test_an_end_changed_to_another_time(msgid: str, msgstr: str, change: tuple[str, str]) -> None:
    assert _changes("en", msgid, msgstr) == [change]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (DESK, "Reception: 8:30 a.m. to 5:30 p.m. on weekdays"),
        (DESK, "Reception: 8:30-17:30 on weekdays"),
        ("説明会は12時30分から始まります。", "The briefing starts at 12:30 p.m."),
    ],
)
def test_the_same_hours(msgid: str, msgstr: str) -> None:
    assert _changes("en", msgid, msgstr) == []
