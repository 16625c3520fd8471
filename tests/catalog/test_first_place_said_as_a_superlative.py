"""PR404 on first place in a survey's ranking ('1위', '1位') that English says with a
superlative ('the most preferred service', 'the most common concern', 'led the ranking'):
the same place, not a figure left out. Another place said so, or first place said as
'the second most common', is still a changed figure."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CONCERN = "不安に感じる点では「不正利用」が33.6%で1位でした。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "가장 선호하는 간편결제 서비스는 '쓰바메페이'가 41.2%로 1위를 차지했다.",
            "Tsubame Pay was the most preferred simple payment service at 41.2%.",
        ),
        (CONCERN, "Unauthorized use was the most common concern, at 33.6%."),
        ("「ツバメペイ」が38.4%で1位となりました。", "Tsubame Pay led the ranking at 38.4%."),
        ("好きな季節は「秋」が1位でした。", "Autumn was the respondents' favorite season."),
    ],
)
def test_first_place_as_a_superlative(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (CONCERN, "Unauthorized use was the second most common concern, at 33.6%."),
        (
            "不安に感じる点では「不正利用」が33.6%で2位でした。",
            "Unauthorized use was the most common concern, at 33.6%.",
        ),
    ],
)
def test_another_place_still_reported(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == ["PR404"]
