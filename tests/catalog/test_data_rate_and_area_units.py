"""PR404 on a measurement in units of data ('110GB' as '110 MB'), of a data rate ('5Mbps'
as '5Gbps') or of floor area in tsubo and pyeong ('4,200m²' as '4,200평'): the figure kept
in another unit of that kind states a quantity a thousand times, or three times, off.
坪 and 평 are one unit, and a unit written another way ('GB' as '기가바이트') is none."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PLAN = "데이터 110GB를 제공하며, 소진 후에도 최대 5Mbps 속도로 이용할 수 있다."
SITE = "敷地面積約8,900m²（約2,692坪）、商業ゾーンは約4,200m²です。"


def _units(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.message.startswith("Unit of")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PLAN, "It offers 110 GB of data, then up to 5 Mbps once that is used up."),
        ("ja", PLAN, "データ110ギガバイトを提供し、使い切った後も最大5Mbpsで利用できる。"),
        ("ko", SITE, "대지면적 약 8,900㎡(약 2,692평), 상업 존은 약 4,200㎡이다."),
        ("en", SITE, "A site of about 8,900 m² (2,692 tsubo); retail space of about 4,200 m²."),
    ],
)
def test_the_same_unit(locale: str, msgid: str, msgstr: str) -> None:
    assert _units(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PLAN, "It offers 110 MB of data, then up to 5 Mbps once that is used up."),
        ("ja", PLAN, "データ110GBを提供し、使い切った後も最大5Gbpsで利用できる。"),
        ("ko", SITE, "대지면적 약 8,900㎡(약 2,692평), 상업 존은 약 4,200평이다."),
    ],
)
def test_another_unit_of_the_kind(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_units(locale, msgid, msgstr)) == 1


# a plan's data, a volume, given as a speed, or a speed as a volume: the same slip
@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "changed"),
    [
        ("en", "データ容量は20GBです。", "It includes 20 Gbps of data.", True),
        ("ja", "Speeds of up to 1.2 Gbps.", "最大1.2GBの速度です。", True),
        (
            "en",
            "1Gbpsの光回線と1GBのデータが付きます。",
            "It comes with 1 Gbps fiber and 1 GB of data.",
            False,
        ),
    ],
)
def test_a_volume_of_data_given_as_a_speed(
    locale: str, msgid: str, msgstr: str, changed: bool
) -> None:
    assert bool(_units(locale, msgid, msgstr)) is changed
