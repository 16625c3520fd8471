"""PR404 on a road's lanes, which Japanese counts by direction ('片側2車線') or in all
('4車線'), Korean in all ('왕복 4차선') or by direction ('편도 2차로'), and English either
way ('two lanes each way', 'a four-lane road'): the same road counted otherwise was
reported as its figure changed ('4' changed to '2'), and 'two lanes each way' given as
'two lanes', half the road, passed whenever the correct version was reported too."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TUNNEL_JA = "トンネルは片側2車線で、所要時間が約10分短縮されます。"
BRIDGE_KO = "가온대교는 총연장 1,350m의 사장교로, 왕복 4차선으로 건설된다."
ROAD_EN = "The bypass will be widened from two lanes to four lanes by 2029."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TUNNEL_JA,
            "The tunnel has two lanes, and travel time will be cut by about 10 minutes.",
        ),
        ("en", TUNNEL_JA, "The two-lane tunnel will cut travel time by about 10 minutes."),
        ("ko", TUNNEL_JA, "터널은 왕복 2차선으로, 소요 시간이 약 10분 단축된다."),
        (
            "en",
            BRIDGE_KO,
            "The Gaon Bridge will be a 1,350-meter cable-stayed bridge with "
            "four lanes in each direction.",
        ),
        ("ja", BRIDGE_KO, "カオン大橋は全長1,350mの斜張橋で、片側4車線で整備されます。"),
        ("ko", ROAD_EN, "우회도로는 2029년까지 편도 2차로에서 편도 4차로로 확장된다."),
        (
            "ja",
            "The bypass will be widened from two lanes to three lanes in each direction.",
            "バイパスは片側2車線から片側4車線に拡幅されます。",
        ),
    ],
)
def test_another_road(locale: str, msgid: str, msgstr: str) -> None:
    assert any(m.startswith("Lanes '") for m in _pr404(locale, msgid, msgstr))


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TUNNEL_JA,
            "The tunnel has two lanes in each direction, and travel time will "
            "be cut by about 10 minutes.",
        ),
        ("en", TUNNEL_JA, "The four-lane tunnel will cut travel time by about 10 minutes."),
        (
            "en",
            TUNNEL_JA,
            "The tunnel has two lanes each way and will cut travel time by about 10 minutes.",
        ),
        ("ko", TUNNEL_JA, "터널은 왕복 4차선으로, 소요 시간이 약 10분 단축된다."),
        ("ko", TUNNEL_JA, "터널은 편도 2차로로, 소요 시간이 약 10분 단축된다."),
        (
            "en",
            BRIDGE_KO,
            "The Gaon Bridge will be a 1,350-meter cable-stayed bridge carrying "
            "two lanes each way.",
        ),
        ("ja", BRIDGE_KO, "カオン大橋は全長1,350mの斜張橋で、片側2車線で整備されます。"),
        ("ja", BRIDGE_KO, "カオン大橋は全長1,350mの斜張橋で、往復4車線で整備されます。"),
        ("ja", ROAD_EN, "バイパスは2029年までに2車線から4車線に拡幅されます。"),
        ("ko", ROAD_EN, "우회도로는 2029년까지 편도 1차로에서 편도 2차로로 확장된다."),
        # 'in each direction' said once for both counts
        (
            "ja",
            "The bypass will be widened from two lanes to three lanes in each direction.",
            "バイパスは片側2車線から片側3車線に拡幅されます。",
        ),
        # '차로' after a number is also a round, and a pool's lanes are no road
        ("ko", "In the first round, 20 teams were selected.", "1차로 20개 팀을 선발했다."),
        ("ja", "The pool has eight lanes.", "プールは8レーンです。"),
    ],
)
def test_the_same_road(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []
