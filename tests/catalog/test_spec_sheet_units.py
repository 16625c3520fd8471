"""PR404 on a spec sheet's units: a figure kept in another unit of a kind launches use
(kWh as kW, km/L as L/100 km, km/kWh as km/L, km/h as mph, kg as lb, inch as cm) is
changed; a figure converted into another unit ('41°F' as '5℃', '13.3-inch' as '34cm',
'22 mpg' as '9.4km/L') is said, not changed; a temperature below zero keeps its sign."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

FRIDGE = "The cooler keeps drinks between 34°F and 41°F."
LAPTOP = "The 13.3-inch laptop weighs 2.9 lb."
VAN = "The van averages 22 mpg and tops out at 75 mph."
BUS = "電動バスは66kWhの電池を積み、電費は1.4km/kWh、最高速度は90km/hです。"
TRUCK = "トラックの燃費は8.5km/L、車両重量は3,600kgです。"
COLD = "영하 15°C에서도 시동이 걸린다."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FRIDGE, "クーラーは飲み物を1℃から5℃に保ちます。"),
        ("ko", FRIDGE, "쿨러는 음료를 1~5°C로 유지한다."),
        ("ja", LAPTOP, "13.3インチのノートPCの重さは1.3kgです。"),
        ("ko", LAPTOP, "34cm 노트북의 무게는 1.3kg이다."),
        ("ja", VAN, "このバンの燃費は9.4km/L、最高速度は121km/hです。"),
        ("en", TRUCK, "The truck's fuel economy is 11.8 L/100 km and it weighs 3,600 kg."),
        ("en", COLD, "It starts even at -15°C (5°F)."),
        ("en", COLD, "It starts even at minus 15 degrees, -15°C."),
    ],
)
def test_converted_or_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", FRIDGE, "クーラーは飲み物を34℃から41℃に保ちます。", "41℃"),
        ("ko", LAPTOP, "13.3cm 노트북의 무게는 2.9lb이다.", "13.3cm"),
        ("ja", VAN, "このバンの燃費は22km/L、最高速度は75mphです。", "22km/L"),
        ("ko", VAN, "이 밴의 연비는 22mpg, 최고 속도는 75km/h다.", "75km/h"),
        ("en", BUS, "The bus has a 66 kW battery, uses 1.4 km/kWh, tops 90 km/h.", "66 kW"),
        ("ko", BUS, "전기버스는 66kWh 배터리, 전비 1.4km/L, 최고속도 90km/h다.", "1.4km/L"),
        ("en", TRUCK, "Fuel economy: 8.5 L/100 km. Weight: 3,600 kg.", "8.5 L/100 km"),
        ("en", TRUCK, "The truck's fuel economy is 8.5 km/L and it weighs 3,600 lb.", "3,600 lb"),
    ],
)
def test_unit_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert messages and all("nit of" in m for m in messages), messages
    assert any(found in m for m in messages), messages


BAGGAGE = "Each checked bag of up to 23 kg is free, and the cabin stays at 22°C."


@pytest.mark.parametrize(
    ("locale", "msgstr", "found"),
    [
        ("ja", "受託手荷物は1個につき50ポンドまで無料で、機内は22℃に保たれます。", "'50'"),
        ("ko", "위탁 수하물은 1개당 50파운드까지 무료이며 기내는 22°C로 유지된다.", "'50'"),
        ("ja", "受託手荷物は1個につき23kgまで無料で、機内は72°Fに保たれます。", "'72'"),
    ],
)
def test_a_metric_figure_converted_for_no_reader(locale: str, msgstr: str, found: str) -> None:
    """Japanese and Korean readers measure in kilograms and degrees Celsius: a figure an
    engine converted into pounds or °F for them is reported (into English it may be
    localisation, and is not)."""
    messages = _pr404(locale, BAGGAGE, msgstr)
    assert any(found in m for m in messages), messages


def test_a_metric_figure_converted_into_english_is_said() -> None:
    msgstr = "Each checked bag of up to 50 lb is free, and the cabin stays at 72°F."
    assert _pr404("en", BAGGAGE.replace("Each", "各"), msgstr) == []


def test_below_zero_said_above_it() -> None:
    messages = _pr404("en", COLD, "It starts even at 15°C.")
    assert len(messages) == 1 and "below zero" in messages[0], messages
