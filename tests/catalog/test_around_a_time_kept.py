"""PR410 on a time the Japanese or Korean source says is approximate ('午前3時12分ごろ',
'午後9時頃', '오후 9시께', '오전 3시 12분경') that the English translation states exact
('at 3:12 a.m.'): the approximation was read only with a number, and the time's hour and
minutes are one figure in English, so the dropped 'about' passed. A translation keeping
it ('at about 3:12 a.m.', 'around 9 p.m.') stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

QUAKE_JA = "14日午前3時12分ごろ、県沖を震源とする地震がありました。"
LANDFALL_JA = "台風は30日午後9時頃、県南部に上陸しました。"
LANDFALL_KO = "태풍은 29일 오후 9시께 규슈에 상륙할 것으로 보인다."
QUAKE_KO = "14일 오전 3시 12분경 지진이 발생했다."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (QUAKE_JA, "At about 3:12 a.m. on the 14th, an earthquake struck off the prefecture."),
        (
            LANDFALL_JA,
            "The typhoon made landfall in the south of the prefecture around 9 p.m. on the 30th.",
        ),
        (
            LANDFALL_KO,
            "The typhoon is expected to make landfall in Kyushu at around 9 p.m. on the 29th.",
        ),
        (QUAKE_KO, "An earthquake occurred at approximately 3:12 a.m. on the 14th."),
        # an exact time stays exact
        ("14日午前3時12分、地震がありました。", "An earthquake struck at 3:12 a.m. on the 14th."),
    ],
)
def test_an_approximate_time_kept(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (QUAKE_JA, "At 3:12 a.m. on the 14th, an earthquake struck off the prefecture."),
        (
            LANDFALL_JA,
            "The typhoon made landfall in the south of the prefecture at 9 p.m. on the 30th.",
        ),
        (LANDFALL_KO, "The typhoon is expected to make landfall in Kyushu at 9 p.m. on the 29th."),
        (QUAKE_KO, "An earthquake occurred at 3:12 a.m. on the 14th."),
    ],
)
def test_an_approximate_time_stated_exact_is_reported(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == ["PR410"]
