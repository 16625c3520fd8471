"""PR404 on a measurement whose figure the translation keeps in another unit of the same
kind ('3.2mg' as '3.2 μg', '35 MW' as '35kW', '37℃' as '37°F', '25kg' as '25 g'); a unit
written another way ('㎡' as 'square meters', '10μm' as '10 μm'), a value converted, a
unit left out and '$5m' (an amount) are no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LIVER = "マウスの肝臓に1kg当たり最大3.2mg蓄積しました。"
WARM = "飼育温度を25℃から37℃に上げました。"
SOLAR = "It will install 35 MW of rooftop solar capacity."
STORE = "연면적 1,650㎡, 지름 10μm 이하."


def _units(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.message.startswith("Unit of")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LIVER, "It accumulated in the livers of mice at up to 3.2 mg/kg."),
        ("en", WARM, "The temperature was raised from 25°C to 37°C."),
        ("en", WARM, "The temperature was raised from 25 to 37 degrees Celsius."),
        ("en", WARM, "The temperature was raised from 77°F to 98.6°F."),
        ("ja", SOLAR, "屋根に35メガワットの太陽光発電設備を設置します。"),
        ("en", STORE, "A floor area of 1,650 square meters; 10 μm or less across."),
        ("ja", "Revenue rose to $5m.", "売上高は500万ドルに増えた。"),
    ],
)
def test_the_same_unit(locale: str, msgid: str, msgstr: str) -> None:
    assert _units(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", LIVER, "It accumulated in the livers of mice at up to 3.2 μg/kg.", "3.2 μg"),
        ("en", WARM, "The temperature was raised from 25°C to 37°F.", "37°F"),
        ("ko", SOLAR, "지붕에 35kW 규모의 태양광 설비를 설치한다.", "35kW"),
        ("en", STORE, "A floor area of 1,650 square meters; 10 mm or less across.", "10 mm"),
    ],
)
def test_another_unit(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _units(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages
