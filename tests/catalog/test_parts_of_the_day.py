"""PR404 on an hour said with its part of the day other than 午前/午後 or 오전/오후, as a
time converted to Korea's or Japan's zone often is ('새벽 2시', '밤 9시', '낮 1시',
'朝8時', '夜9時'): it is the hour of that part of the day, the same moment as the
source's, and a part that puts it in the other half ('아침 9시' for 9 p.m.) is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LATE = "The keynote is streamed at 11:00 a.m. PT on September 15, 2026."
AFTERNOON = "The keynote is streamed at 4:00 p.m. PT on September 15, 2026."
EVENING = "Doors open at 6:30 p.m. KST on September 15, 2026."


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        ("ko", LATE, "기조연설은 한국 시간 2026년 9월 16일 새벽 3시에 중계된다."),
        ("ko", EVENING, "입장은 2026년 9월 15일 저녁 6시 30분부터다."),
        ("ko", EVENING, "입장은 2026년 9월 15일 밤 6시 30분부터다."),
        ("ja", AFTERNOON, "基調講演は日本時間2026年9月16日朝8時から配信されます。"),
        ("ja", EVENING, "開場は2026年9月15日夜6時30分です。"),
        ("ko", "The session resumes at 1:00 p.m. KST.", "세션은 낮 1시에 다시 시작한다."),
        ("ko", "The gate closes at 12:00 a.m. KST.", "출입문은 밤 12시에 닫힌다."),
    ],
)
def test_part_of_the_day_says_its_hour(locale: str, source: str, msgstr: str) -> None:
    assert translation_codes(locale, source, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        ("ko", LATE, "기조연설은 한국 시간 2026년 9월 16일 저녁 3시에 중계된다."),
        ("ko", EVENING, "입장은 2026년 9월 15일 아침 6시 30분부터다."),
        ("ja", EVENING, "開場は2026年9月15日朝6時30分です。"),
    ],
)
def test_part_of_the_day_in_the_other_half_is_reported(
    locale: str, source: str, msgstr: str
) -> None:
    assert "PR404" in translation_codes(locale, source, msgstr)
