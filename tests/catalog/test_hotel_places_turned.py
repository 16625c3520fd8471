"""PR410 on a hotel's facilities: a pool, a bath or a terrace indoors said as one outdoors
('a 20-meter indoor pool' as '20m 실외 수영장', '露天風呂' as 'indoor bath'), and a bar on
the rooftop said as one in the lobby ('a rooftop bar' as 'ロビーバー'). Every figure stays,
so only the word tells it. A text that names both sides, or the same side, is silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

POOL = "Orris Spa has six treatment rooms and a 20-meter indoor pool."
BAR = "Lumen, a rooftop bar on the 38th floor, is open from 5:00 p.m."
BATH = "露天風呂付きの客室は12室です。"
BOTH = "From the Sky Lobby on the 28th floor to Lumen on the rooftop, every space is new."


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if "said as its opposite" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ko", POOL, "'Orris Spa'에는 트리트먼트룸 6개와 20m 실외 수영장이 있다.", "실외"),
        (
            "ja",
            POOL,
            "「Orris Spa」にはトリートメントルーム6室と20メートルの屋外プールがある。",
            "屋外",
        ),
        ("ja", BAR, "38階のロビーバー「Lumen」は午後5時から営業。", "ロビー"),
        ("ko", BAR, "38층 로비 바 'Lumen'은 오후 5시부터 운영한다.", "로비"),
        ("en", BATH, "Twelve rooms have their own indoor bath.", "indoor"),
    ],
)
def test_place_turned(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert any(found in message for message in _turned(locale, msgid, msgstr))


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", POOL, "'Orris Spa'에는 트리트먼트룸 6개와 20m 실내 수영장이 있다."),
        ("ja", POOL, "「Orris Spa」にはトリートメントルーム6室と20メートルの室内プールがある。"),
        ("ja", BAR, "38階のルーフトップバー「Lumen」は午後5時から営業。"),
        ("ko", BAR, "38층 루프탑 바 'Lumen'은 오후 5시부터 운영한다."),
        ("ko", BOTH, "28층 스카이 로비부터 루프톱의 'Lumen'까지 모든 공간이 새롭다."),
        ("en", BATH, "Twelve rooms have their own open-air bath."),
        ("ja", "An indoor pool and an outdoor terrace.", "屋内プールと屋外テラス。"),
    ],
)
def test_place_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []
