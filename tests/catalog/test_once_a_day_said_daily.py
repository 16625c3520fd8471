"""PR404 on a count of one a day that a translation says by 'daily' ('毎日1往復' as
'operates daily', '매일 1회' as 'every day', '毎日' as 'seven days a week'): the 1 is said;
before, it was reported missing. Another count a day ('毎日2往復' as 'daily') and a 1 that
counts something else are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ONCE_JA = "SB701便は毎日1往復を運航します。"
ONCE_KO = "SB701편은 매일 1회 운항한다."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (ONCE_JA, "SB701 will operate daily."),
        (ONCE_JA, "SB701 will operate every day."),
        (ONCE_JA, "SB701 will operate seven days a week."),
        (ONCE_KO, "SB701 will operate daily."),
        (ONCE_JA, "SB701 will operate one round trip daily."),
    ],
)
def test_once_a_day_said_daily(msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("SB701便は毎日2往復を運航します。", "SB701 will operate daily."),
        ("SB701便は1号機で毎日運航します。", "SB701 will operate daily."),
    ],
)
def test_another_count_is_reported(msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes("en", msgid, msgstr, with_info=False)
