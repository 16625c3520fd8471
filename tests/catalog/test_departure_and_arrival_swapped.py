"""PR404 on a timetable's leg whose departure and arrival times trade places: '釜山 13:20発
→ 成田 15:40着' as 'Busan 3:40 p.m. → Narita 1:20 p.m.' or '부산 13:20 도착 → 나리타 15:40
출발' keeps every figure, so only which end each time is at tells it; before, no time was
read as a departure or an arrival. A time departs by its word (発, 출발, 'departs') or,
without one, by the arrow after it; it arrives by 着, 도착, 'arrives' or the arrow before
it. Legs kept, a time past midnight (+1, 翌, 익일) included, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LEG = "SB702便　釜山 13:20発 → 成田 15:40着（毎日）"
NIGHT = "SB704便　釜山 23:35発 → 成田 翌01:55着（月・水・金・日）"
LEG_EN = "SB702 departs Busan at 1:20 p.m. and arrives at Narita at 3:40 p.m."


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "departure" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEG, "SB702: Busan 1:20 p.m. → Narita 3:40 p.m. (daily)"),
        ("en", LEG, "SB702 departs Busan at 1:20 p.m. and arrives at Narita at 3:40 p.m. daily."),
        ("en", LEG, "SB702: Busan dep. 13:20 → Narita arr. 15:40 (daily)"),
        ("en", NIGHT, "SB704: Busan 11:35 p.m. → Narita 1:55 a.m. (+1) (Mon, Wed, Fri, Sun)"),
        ("ko", LEG, "SB702편 부산 13:20 출발 → 나리타 15:40 도착(매일)"),
        (
            "ko",
            NIGHT,
            "SB704편 부산 오후 11시 35분 출발 → 나리타 익일 새벽 1시 55분 도착(월·수·금·일)",
        ),
        ("ja", LEG_EN, "SB702便は釜山を13:20に出発し、成田に15:40に到着します。"),
    ],
)
def test_the_leg_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEG, "SB702: Busan 3:40 p.m. → Narita 1:20 p.m. (daily)"),
        ("en", LEG, "SB702 departs Busan at 3:40 p.m. and arrives at Narita at 1:20 p.m. daily."),
        ("ko", LEG, "SB702편 부산 13:20 도착 → 나리타 15:40 출발(매일)"),
        ("ja", LEG_EN, "SB702便は釜山を15:40に出発し、成田に13:20に到着します。"),
        ("ja", LEG_EN, "SB702便　釜山 15:40発 → 成田 13:20着"),
    ],
)
def test_the_times_traded(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_swapped(locale, msgid, msgstr)) == 1


# a Korean time of the 12-hour clock with its minutes apart, its verb after them
FLIGHT_KO = "HB101편은 김포에서 오전 8시 10분 출발해 하네다에 오전 10시 20분 도착한다."


@pytest.mark.parametrize(
    ("msgstr", "swapped"),
    [
        ("Flight HB101 departs Gimpo at 8:10 a.m. and arrives at Haneda at 10:20 a.m.", False),
        ("Flight HB101 departs Gimpo at 10:20 a.m. and arrives at Haneda at 8:10 a.m.", True),
    ],
)
def test_korean_times_with_their_minutes(msgstr: str, swapped: bool) -> None:
    assert bool(_swapped("en", FLIGHT_KO, msgstr)) is swapped
