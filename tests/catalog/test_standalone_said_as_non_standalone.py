"""PR410: a 5G network standalone ('5G SA', 'スタンドアローン', '스탠드얼론', '단독모드') said
as non-standalone ('5G NSA', 'ノンスタンドアローン', '비단독모드'), or the other way round, is
reported: the one runs on its own 5G core, the other on 4G's, and a launch's news is which,
while the figure '5' stays. Each kept, in any of its words, and a text naming both stay
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LAUNCH_EN = "The 5G standalone network launches today."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", LAUNCH_EN, "5G 단독모드(SA) 네트워크가 오늘 출시된다."),
        ("ko", LAUNCH_EN, "5G 스탠드얼론 네트워크가 오늘 출시된다."),
        ("ja", LAUNCH_EN, "5Gスタンドアローン（5G SA）ネットワークが本日開始します。"),
        (
            "en",
            "5G SAエリア外では、5G NSAで接続します。",
            "Outside 5G SA areas, phones use 5G NSA.",
        ),
        ("en", "ノンスタンドアローン方式の5Gを提供します。", "It offers non-standalone 5G."),
    ],
)
def test_each_kind_of_network_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", LAUNCH_EN, "5G 비단독모드(NSA) 네트워크가 오늘 출시된다."),
        ("en", "5G SAエリアを拡大します。", "The 5G NSA area will expand."),
        ("en", "ノンスタンドアローン方式の5Gを提供します。", "It offers 5G in standalone mode."),
        (
            "ja",
            "The 5G NSA network covers 99% of the population.",
            "5G SAの人口カバー率は99%です。",
        ),
    ],
)
def test_one_kind_said_as_the_other_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]
