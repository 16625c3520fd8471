"""PR404 on a building's or a structure's measure whose unit the translation changes where
Japanese writes the figure in myriads with its thousands after a comma ('延床面積12万5,000㎡'
as '12万5,000ha'; '9万8,000㎡' read as 8,000 ㎡ before, so '98,000 hectares' passed), or
where English makes the measure an adjective ('a 1,350-kilometer-long bridge' for
'총연장 1,350m'). The same measure written another way stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TOWER = "The tower will have a total floor area of 125,000 m²."
HALL = "計画建物は延床面積約9万8,000㎡です。"
BRIDGE = "가온대교는 총연장 1,350m, 주탑 높이 180m의 사장교다."


def _units(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.message.startswith("Unit of")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TOWER, "タワーの延床面積は12万5,000haです。"),
        ("ko", TOWER, "타워의 연면적은 12만5,000ha다."),
        ("en", HALL, "The planned building will have a total floor area of about 98,000 hectares."),
        (
            "en",
            BRIDGE,
            "The Gaon Bridge is a 1,350-kilometer-long cable-stayed bridge with "
            "180-meter-high pylons.",
        ),
    ],
)
def test_unit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _units(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TOWER, "タワーの延床面積は12万5,000㎡です。"),
        ("ko", TOWER, "타워의 연면적은 12만5000제곱미터다."),
        ("en", HALL, "The planned building will have a total floor area of about 98,000 m²."),
        (
            "en",
            HALL,
            "The planned building will have a total floor area of about 98,000 square meters.",
        ),
        (
            "en",
            BRIDGE,
            "The Gaon Bridge is a 1,350-meter-long cable-stayed bridge with 180-meter-high pylons.",
        ),
        (
            "en",
            BRIDGE,
            "The Gaon Bridge is a 1.35-kilometer cable-stayed bridge with 180 m pylons.",
        ),
    ],
)
def test_the_same_measure(locale: str, msgid: str, msgstr: str) -> None:
    assert _units(locale, msgid, msgstr) == []
