"""PR404 on a count the English source spells out joined to what it counts ('a
three-minute walk', 'a five-storey building'): the translation's other figure
('徒歩5分', '도보 13분') went unreported, as the word was read as no count."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

WALK = "The site is a three-minute walk from Central Station."
STOREYS = "The annex is a five-storey building with two-bedroom units."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", WALK, "中央駅から徒歩5分の立地です。"),
        ("ko", WALK, "중앙역에서 도보 13분 거리다."),
        ("ja", STOREYS, "別棟は地上6階建てで、2LDKの住戸を備えます。"),
    ],
)
def test_a_changed_count(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", WALK, "中央駅から徒歩3分の立地です。"),
        ("ko", WALK, "중앙역에서 도보 3분 거리다."),
        ("ja", WALK, "中央駅から徒歩三分の立地です。"),
        ("ja", STOREYS, "別棟は5階建てで、2LDKの住戸を備えます。"),
        ("ja", "Two-thirds of the 12 units are sold.", "12戸の3分の2が販売済みです。"),
        ("ko", "It offers two-way access for 10 cars.", "차량 10대가 양방향으로 출입할 수 있다."),
        ("ja", "The two-week show opens on May 3.", "14日間の展示会は5月3日に開幕します。"),
    ],
)
def test_the_same_count(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []
