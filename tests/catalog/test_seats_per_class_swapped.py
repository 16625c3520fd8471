"""PR404 on an aircraft's seats by class: 'ビジネスクラス8席、エコノミークラス166席' given
as '166 in Business Class and 8 in Economy Class' keeps every figure, so only the class
each is paired with tells the cabins traded; before, no label of a seat class was read.
Seats kept by class in any order of words, a class named alone and a business traveller
stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SEATS_JA = (
    "ボーイング737-800型機（ビジネスクラス8席、エコノミークラス166席の計174席）で運航します。"
)
SEATS_EN = "The aircraft seats 12 in First Class, 42 in Business Class and 220 in Economy Class."


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message for f in translation_findings(locale, msgid, msgstr) if "each other" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SEATS_JA,
            "It is a Boeing 737-800 seating 174: 8 in Business Class and 166 in Economy Class.",
        ),
        (
            "en",
            SEATS_JA,
            "The Boeing 737-800 has 8 Business Class seats and 166 Economy seats (174 in all).",
        ),
        ("ko", SEATS_JA, "보잉 737-800(비즈니스석 8석, 일반석 166석 등 총 174석)으로 운항한다."),
        (
            "ja",
            SEATS_EN,
            "同機はファーストクラス12席、ビジネスクラス42席、エコノミークラス220席を備えます。",
        ),
        ("ko", SEATS_EN, "이 기종은 일등석 12석, 비즈니스석 42석, 일반석 220석을 갖췄다."),
        (
            "en",
            "ビジネス客向けに8便を運航します。",
            "It will fly 8 flights for business travelers.",
        ),
    ],
)
def test_seats_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SEATS_JA,
            "It is a Boeing 737-800 seating 174: 166 in Business Class and 8 in Economy Class.",
        ),
        ("ko", SEATS_JA, "보잉 737-800(비즈니스석 166석, 일반석 8석 등 총 174석)으로 운항한다."),
        (
            "ja",
            SEATS_EN,
            "同機はファーストクラス42席、ビジネスクラス12席、エコノミークラス220席を備えます。",
        ),
        ("ko", SEATS_EN, "이 기종은 일등석 12석, 비즈니스석 220석, 일반석 42석을 갖췄다."),
    ],
)
def test_seats_traded_between_classes(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_swapped(locale, msgid, msgstr)) == 1
