"""PR404 on a floor moved to the other side of the ground: '地下2階', '지하 2층', 'B2F',
an address line's 'B2' translated '2F', '2階', '2층' or 'the second floor' (or the other
way round) keeps its number but sends a visitor to another floor. A basement written
another way ('B2F', 'the second basement level'), basements counted ('two basement
levels'), a hall or an exit named with a B ('Hall B2', 'Exit B2') and the ground floor
for 1階 are no change."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LOUNGE_JA = "ラウンジ：港北テラス地下2階"
LOUNGE_KO = "라운지: 고호쿠 테라스 지하 2층"
LOUNGE_EN = "Lounge: B2, Kohoku Terrace"


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", LOUNGE_JA, "Lounge: 2F, Kohoku Terrace", "2F"),
        ("en", LOUNGE_JA, "Lounge: second floor, Kohoku Terrace", "second floor"),
        ("en", LOUNGE_KO, "Lounge: Kohoku Terrace 2F", "2F"),
        ("ja", LOUNGE_EN, "ラウンジ：港北テラス2階", "2階"),
        ("ko", LOUNGE_EN, "라운지: 고호쿠 테라스 2층", "2층"),
        ("ja", "Lounge: 2F, Kohoku Terrace", "ラウンジ：港北テラス地下2階", "地下2階"),
    ],
)
def test_a_floor_on_the_other_side_of_the_ground(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert found in _numbers(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LOUNGE_JA, "Lounge: B2F, Kohoku Terrace"),
        ("en", LOUNGE_JA, "Lounge: the second basement level of Kohoku Terrace"),
        ("en", LOUNGE_KO, "Lounge: B2, Kohoku Terrace"),
        ("ja", LOUNGE_EN, "ラウンジ：港北テラスB2F"),
        ("en", "地下2階から地上9階まで", "from the second basement floor to the 9th floor"),
        (
            "en",
            "建物は地下2階、地上9階建てです。",
            "The building has two basement levels and 9 floors.",
        ),
        ("ja", "Hall B2, 2F, Kohoku Terrace", "港北テラス2階 ホールB2"),
        ("ja", "Take Exit B2 to the 2nd floor.", "B2出口から2階へお進みください。"),
        ("en", "受付：港北テラス1階ロビー", "Reception: ground floor lobby, Kohoku Terrace"),
        ("en", "접수: 고호쿠 테라스 1층 로비", "Reception: Kohoku Terrace, ground-floor lobby"),
    ],
)
def test_the_same_floor(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []
