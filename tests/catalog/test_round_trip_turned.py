"""PR410 on a fare or a service said for a round trip or one way: '12 round trips a day'
as '하루 12회 편도', a one-way fare as '往復運賃' halves or doubles what a traveller gets
while every figure stays; before, nothing compared it. A return flight is one leg (no
round trip), and a source that names both stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

TRIPS = "The limited express will run 12 round trips a day."
FARE = "One-way fares start at ¥18,800."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TRIPS, "特急は1日12往復運転します。"),
        ("ko", TRIPS, "특급은 하루 12회 왕복 운행합니다."),
        ("ja", FARE, "片道運賃は18,800円からです。"),
        ("ko", FARE, "편도 운임은 18,800엔부터입니다."),
        ("ja", "The return flight leaves at 12:40.", "復路便は12時40分に出発します。"),
        ("ja", "Round trips cost ¥9,800, one way ¥5,000.", "往復9,800円、片道5,000円です。"),
    ],
)
def test_the_trip_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", TRIPS, "특급은 하루 12회 편도 운행합니다."),
        ("ja", FARE, "往復運賃は18,800円からです。"),
        ("en", "往復運賃は18,800円です。", "The one-way fare is ¥18,800."),
    ],
)
def test_the_trip_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
