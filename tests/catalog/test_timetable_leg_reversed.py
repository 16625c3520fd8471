"""PR410 on a timetable's leg: the departure time stands between the two airports
('成田 09:30発 → 釜山 12:05着', 'Narita 9:30 a.m. → Busan 12:05 p.m.', '나리타 09:30
출발 → 부산 12:05 도착'), so a leg given from the other airport, every time kept, was no
route to compare; before, only places with nothing but the arrow between them were one.
A leg kept, in any wording of its times, stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _place(key: str, en: str, ja: str, ko: str) -> Entry:
    return Entry(f"place:{key}", Kind.PLACE, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


AIRPORTS = Glossary(
    [_place("narita", "Narita", "成田", "나리타"), _place("busan", "Busan", "釜山", "부산")]
)
LEG_JA = "SB701便　成田 09:30発 → 釜山 12:05着（毎日）"
LEG_EN = "SB701: Narita 9:30 a.m. → Busan 12:05 p.m. (daily)"


def _routes(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=AIRPORTS)
    return [f.message for f in found if f.code == "PR410" and "Route" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEG_JA, LEG_EN),
        ("en", LEG_JA, "SB701: Narita dep. 09:30 → Busan arr. 12:05 (daily)"),
        ("ko", LEG_JA, "SB701편 나리타 09:30 출발 → 부산 12:05 도착(매일)"),
        ("ko", LEG_JA, "SB701편 나리타 오전 9시 30분 출발 → 부산 낮 12시 5분 도착(매일)"),
        ("ja", LEG_EN, "SB701便　成田 9時30分発 → 釜山 12時5分着（毎日）"),
        (
            "ko",
            "成田 09:30発 → 釜山 12:05着、釜山 13:20発 → 成田 15:40着",
            "나리타 09:30 출발 → 부산 12:05 도착, 부산 13:20 출발 → 나리타 15:40 도착",
        ),
    ],
)
def test_the_leg_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _routes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEG_JA, "SB701: Busan 9:30 a.m. → Narita 12:05 p.m. (daily)"),
        ("ko", LEG_JA, "SB701편 부산 09:30 출발 → 나리타 12:05 도착(매일)"),
        ("ko", LEG_JA, "SB701편 부산 오전 9시 30분 출발 → 나리타 낮 12시 5분 도착(매일)"),
        ("ja", LEG_EN, "SB701便　釜山 9時30分発 → 成田 12時5分着（毎日）"),
    ],
)
def test_the_leg_from_the_other_airport(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_routes(locale, msgid, msgstr)) == 1


# a flight's ends named by its verbs in prose, its times between
BY_VERBS = Glossary(
    [_place("gimpo", "Gimpo", "金浦", "김포"), _place("haneda", "Haneda", "羽田", "하네다")]
)
FLIGHT_KO = "HB101편은 김포에서 오전 8시 10분 출발해 하네다에 오전 10시 20분 도착한다."
FLIGHT_JA = "HB101便は金浦を8時10分に出発し、羽田に10時20分に到着します。"


def _routes_by_verbs(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=BY_VERBS)
    return [f.message for f in found if f.code == "PR410" and "Route" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            FLIGHT_KO,
            "Flight HB101 departs Gimpo at 8:10 a.m. and arrives at Haneda at 10:20 a.m.",
        ),
        ("en", FLIGHT_JA, "HB101 leaves Gimpo at 8:10 a.m. and lands at Haneda at 10:20 a.m."),
        ("ja", FLIGHT_KO, FLIGHT_JA),
        ("en", FLIGHT_KO, "Flight HB101 flies between Gimpo and Haneda."),
    ],
)
def test_the_flight_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _routes_by_verbs(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            FLIGHT_KO,
            "Flight HB101 departs Haneda at 8:10 a.m. and arrives at Gimpo at 10:20 a.m.",
        ),
        ("en", FLIGHT_JA, "HB101 leaves Haneda at 8:10 a.m. and lands at Gimpo at 10:20 a.m."),
        (
            "ko",
            FLIGHT_JA,
            "HB101편은 하네다에서 오전 8시 10분 출발해 김포에 오전 10시 20분 도착한다.",
        ),
    ],
)
def test_the_flight_from_the_other_end(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_routes_by_verbs(locale, msgid, msgstr)) == 1
