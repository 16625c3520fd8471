"""PR410 on a season a schedule or a campaign is set in: 'the 2027 summer schedule' as
'冬ダイヤ' or '동계 스케줄' moves it to the other half of the year while every figure stays;
before, nothing compared it. A season said as the source says it, or both seasons named
in the translation, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ROUTE = "The route will start with the 2027 summer schedule."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROUTE, "同路線は2027年夏ダイヤから就航します。"),
        ("ko", ROUTE, "이 노선은 2027년 하계 스케줄부터 취항합니다."),
        ("ko", ROUTE, "이 노선은 2027년 여름 시즌 스케줄부터 취항합니다."),
        ("en", "冬ダイヤから増便します。", "Frequencies rise from the winter schedule."),
        ("ja", "The winter and summer timetables differ.", "冬と夏のダイヤは異なります。"),
        ("en", "夏目社長は述べた。", "President Natsume said so in winter."),
    ],
)
def test_the_season_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROUTE, "同路線は2027年冬ダイヤから就航します。"),
        ("ko", ROUTE, "이 노선은 2027년 동계 스케줄부터 취항합니다."),
        ("en", "冬ダイヤから増便します。", "Frequencies rise from the summer schedule."),
    ],
)
def test_the_season_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
