"""PR404 on a disaster's toll whose dead and injured the translation gives each other's
figures ('死者2人、負傷者15人' as '15 dead and two injured', 'two people died and 15
were injured' as '사망 15명·부상 2명'): every figure stayed, so the figures matched. The
dead, the injured and the missing are labels of their figures, as a spec sheet's are:
before the figure in Japanese and Korean, after it in English (spelt out or not)."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

TOLL_JA = "午前6時現在、死者2人、負傷者15人、住家の全壊12棟が確認されています。"
TOLL_EN = "As of 6:00 a.m., two people have died and 15 have been injured in the city."
TOLL_KO = "이번 지진으로 사망 2명, 부상 15명의 인명 피해가 났다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TOLL_JA,
            "As of 6:00 a.m., two people had died, 15 were injured and 12 houses were destroyed.",
        ),
        ("ja", TOLL_EN, "午前6時現在、市内で死者2人、負傷者15人が確認されています。"),
        ("ko", TOLL_EN, "오전 6시 현재 시내에서 사망자 2명, 부상자 15명이 확인됐다."),
        ("en", TOLL_KO, "The earthquake left two dead and 15 injured."),
        # the houses after the injured are not the injured
        ("en", TOLL_JA, "As of 6:00 a.m., 2 dead and 15 injured, and 12 houses destroyed."),
        # one figure for both: nothing to trade
        ("en", "死者2人、負傷者2人", "Two dead and two injured."),
    ],
)
def test_the_toll_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TOLL_JA,
            "As of 6:00 a.m., 15 people had died, two were injured and 12 houses were destroyed.",
        ),
        ("ja", TOLL_EN, "午前6時現在、市内で死者15人、負傷者2人が確認されています。"),
        ("ko", TOLL_EN, "오전 6시 현재 시내에서 사망자 15명, 부상자 2명이 확인됐다."),
        ("en", TOLL_KO, "The earthquake left 15 dead and two injured."),
    ],
)
def test_dead_and_injured_swapped_are_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]
