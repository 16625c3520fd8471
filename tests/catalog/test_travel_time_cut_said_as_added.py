"""PR404 on a span of time whose change the translation turns round: a journey cut by
minutes said as lengthened ('所要時間を約25分短縮' as 'increase by about 25 minutes', '약 25분
단축' as 'add about 15 minutes', '25分短縮' as '25분 늘어난다'), as a railway's, a road's
or a bridge's release says its time saved. The figure stays, so no figure check saw it; a
span said the same way, or with no change beside it, stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

RAIL_JA = "桜台駅から湊中央駅までの所要時間は約25分短縮されます。"
BRIDGE_KO = "완공되면 77번 국도 정체 구간의 통행 시간이 약 15분 단축될 전망이다."
LINE_EN = "The new line will cut the journey by about 25 minutes."
WAIT_EN = "Waiting times at the gate will increase by 10 minutes during the works."


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and f.message.startswith("Change '")
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", RAIL_JA, "The journey will increase by about 25 minutes."),
        ("en", RAIL_JA, "The journey will be about 25 minutes longer."),
        ("ko", RAIL_JA, "소요 시간이 약 25분 늘어난다."),
        ("ko", RAIL_JA, "소요 시간이 약 25분 증가한다."),
        (
            "en",
            BRIDGE_KO,
            "Once completed, it will add about 15 minutes to travel time on Route 77.",
        ),
        ("ja", BRIDGE_KO, "完成すると国道77号の所要時間が約15分長くなる見通しです。"),
        ("ja", LINE_EN, "新線により所要時間は約25分延長されます。"),
        ("ko", WAIT_EN, "공사 기간 중 게이트 대기 시간이 10분 단축된다."),
    ],
)
def test_the_change_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", RAIL_JA, "The journey will be cut by about 25 minutes."),
        ("en", RAIL_JA, "The journey will be about 25 minutes shorter."),
        ("en", RAIL_JA, "The journey will be shortened by about 25 minutes."),
        ("en", RAIL_JA, "The journey will be about 25 minutes faster."),
        ("ko", RAIL_JA, "소요 시간이 약 25분 단축된다."),
        ("ko", RAIL_JA, "소요 시간이 약 25분 줄어든다."),
        (
            "en",
            BRIDGE_KO,
            "Once completed, it is expected to cut travel time on Route 77 by about 15 minutes.",
        ),
        ("ja", BRIDGE_KO, "完成すると国道77号の所要時間が約15分短縮される見通しです。"),
        ("ja", LINE_EN, "新線により所要時間は約25分短くなります。"),
        ("ko", WAIT_EN, "공사 기간 중 게이트 대기 시간이 10분 늘어난다."),
        # a span with no change beside it, and a Korean quarter ('1분기')
        ("ja", "The site is a four-minute walk from the station.", "駅から徒歩4分です。"),
        ("en", "1분기 매출이 25% 증가했다.", "Sales rose 25% in the first quarter."),
    ],
)
def test_the_same_change(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []


# a journey cut from one length to another, given the other way round
CROSSING_EN = "The crossing will cut travel time to the port from 40 minutes to 15."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "turned"),
    [
        ("ja", CROSSING_EN, "開通により港までの所要時間は15分から40分に延びます。", True),
        ("ko", CROSSING_EN, "개통으로 항만까지 소요 시간이 15분에서 40분으로 늘어난다.", True),
        (
            "en",
            "所要時間は40分から15分に短縮されます。",
            "Travel time will go from 15 minutes to 40.",
            True,
        ),
        ("ja", CROSSING_EN, "開通により港までの所要時間は40分から15分に短縮されます。", False),
        ("ko", CROSSING_EN, "개통으로 항만까지 소요 시간이 40분에서 15분으로 단축된다.", False),
        (
            "en",
            "所要時間は40分から15分に短縮されます。",
            "Travel time will be cut from 40 minutes to 15.",
            False,
        ),
        # a clock's minutes are no span
        ("en", "10時40分から11時15分まで", "from 10:40 to 11:15", False),
    ],
)
def test_a_span_from_one_length_to_another(
    locale: str, msgid: str, msgstr: str, turned: bool
) -> None:
    found = [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.message.startswith("Change '")
    ]
    assert bool(found) is turned
