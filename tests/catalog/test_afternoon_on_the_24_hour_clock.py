"""PR404: an afternoon hour that a Japanese translation gives unchanged in a sentence
with no 午前/午後 ('3 p.m.' as '3時'), which Japanese reads on the 24-hour clock, is
reported; '15時', '午後3時から5時' (the half said once) and a duration ('2時間') are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

FAIR = "The career fair runs from 3 p.m. to 6 p.m. on May 14 at Hall C."
WEBINAR = "The webinar begins at 7:30 p.m. KST and lasts 2 hours."


def _afternoon(msgid: str, msgstr: str) -> list[str]:
    found = translation_findings("ja", msgid, msgstr)
    return [f.message for f in found if f.message.startswith("Afternoon time")]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (FAIR, "就職説明会は5月14日15時から18時までホールCで開催します。"),
        (FAIR, "就職説明会は5月14日午後3時から6時までホールCで開催します。"),
        (WEBINAR, "ウェビナーは韓国時間19時30分に始まり、2時間の予定です。"),
        (WEBINAR, "ウェビナーは韓国時間午後7時30分に始まり、2時間の予定です。"),
    ],
)
def test_afternoon_kept(msgid: str, msgstr: str) -> None:
    assert _afternoon(msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (FAIR, "就職説明会は5月14日3時から6時までホールCで開催します。", "3時"),
        ("Doors open at 5 p.m. on Friday.", "金曜日は5時に開場します。", "5時"),
    ],
)
def test_afternoon_on_the_24_hour_clock(msgid: str, msgstr: str, found: str) -> None:
    messages = _afternoon(msgid, msgstr)
    assert len(messages) == 1 and f"'{found}'" in messages[0], messages


def test_reported_once_where_the_minutes_differ_too() -> None:
    found = translation_findings(
        "ja", WEBINAR, "ウェビナーは韓国時間7時30分に始まり、2時間の予定です。"
    )
    assert len([f for f in found if "7:30 p.m." in f.message]) == 1


def test_only_japanese_is_read_so() -> None:
    found = translation_findings(
        "ko", FAIR, "채용 박람회는 5월 14일 3시부터 6시까지 C홀에서 열린다."
    )
    assert not [f for f in found if f.message.startswith("Afternoon time")]
