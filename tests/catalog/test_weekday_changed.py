"""PR404 on a date whose weekday the translation gives as another day ('6月26日（金）' as
'Thursday, June 26'): the date's figures match, the day readers come on does not. A
weekday the translation adds or leaves out, or gives the same, is no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

MEETING = "定時株主総会は2026年6月26日（金）に開催します。"
TOUR = "공연은 5월 16일(토)과 17일(일) 서울에서 열린다."
EVENT = "Doors open on Saturday, March 14 at 10 a.m."


def _messages(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", MEETING, "The annual general meeting will be held on Friday, June 26, 2026."),
        ("en", MEETING, "The AGM will be held on Fri., June 26, 2026."),
        ("en", MEETING, "The annual general meeting will be held on June 26, 2026."),
        ("en", TOUR, "The shows take place in Seoul on Saturday, May 16 and Sunday, May 17."),
        ("ja", TOUR, "公演は5月16日（土）・17日（日）にソウルで行われる。"),
        ("ko", EVENT, "3월 14일(토) 오전 10시에 개장한다."),
        ("ja", EVENT, "3月14日（土曜日）午前10時に開場します。"),
    ],
)
def test_the_same_day(locale: str, msgid: str, msgstr: str) -> None:
    assert _messages(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", MEETING, "The meeting is on Thursday, June 26, 2026.", "Thursday, June 26"),
        ("ja", TOUR, "公演は5月16日（土）・17日（月）にソウルで行われる。", "17日（月）"),
        ("ko", EVENT, "3월 14일(일) 오전 10시에 개장한다.", "14일(일)"),
        ("en", TOUR, "The shows are on Saturday, 16 May and Saturday, 17 May.", "Saturday, 17 May"),
    ],
)
def test_another_day(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _messages(locale, msgid, msgstr)
    assert any(m.startswith("Weekday of") and found in m for m in messages), messages
