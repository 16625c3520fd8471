"""PR404 on a dividend raised or cut by an amount, as Korean writes it ('8엔 증액', '8엔
감액') and as Japanese writes one in won ('100ウォンの増配', '100ウォンの減配'): the
change was read only with '증가', '감소' and an amount in yen, dollars or '원', so an
increase given as a cut went unreported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RAISED = "This represents an increase of 8 yen from the previous year-end dividend of 42 yen."
RAISED_KO = "회사는 주당 400원의 현금배당을 결정했으며, 이는 전년 대비 100원 증가한 금액이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", RAISED, "이는 전기 기말배당 42엔에서 8엔 감액된 것이다."),
        (
            "ja",
            RAISED_KO,
            "1株当たり400ウォンの配当を決定した。前年比100ウォンの減配となる。",
        ),
    ],
)
def test_an_increase_given_as_a_cut(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", RAISED, "이는 전기 기말배당 42엔에서 8엔 증액된 것이다."),
        (
            "ja",
            RAISED_KO,
            "1株当たり400ウォンの配当を決定した。前年比100ウォンの増配となる。",
        ),
        (
            "en",
            "배당금은 주당 500원에서 400원으로 감액한다.",
            "The dividend will be cut from 500 won to 400 won per share.",
        ),
        ("ja", "배당금을 주당 100원 감액한다.", "配当金を1株当たり100ウォン減額する。"),
    ],
)
def test_the_change_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
