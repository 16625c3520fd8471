"""PR404 on a capacity or an output given with a scale word between its figure and its
unit, as Japanese and Korean releases give them ('48万kW', '15만kW', '20万kWh') and English
gives them in MW or MWh ('480 MW', '150 MW', '200 MWh'): one quantity, said in another
unit; a translation ten thousand times off ('480,000 MW' for '48万kW'), or in power for
energy, is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

WIND = "秋津洋上風力発電所（出力48万kW）は2028年度に運転を開始する予定です。"
SOLAR = "태양광 발전소 3곳(총 설비용량 15만kW)에서 생산한 전력을 공급할 계획이다."
STORAGE = "苫小牧蓄電所は、蓄電容量20万kWhで稼働します。"
ELECTROLYSER = "The facility will have 20 MW of electrolysis capacity."
OUTPUT = "The plant will generate about 3 million kWh a year."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", WIND, "The Akitsu Offshore Wind Farm (480 MW) will start operation in FY2028."),
        ("en", WIND, "The Akitsu Offshore Wind Farm (480 megawatts) will start in FY2028."),
        ("ko", WIND, "아키쓰 해상풍력발전소(설비용량 48만kW)는 2028회계연도에 가동한다."),
        ("en", SOLAR, "It will supply power from three solar plants with a total of 150 MW."),
        ("ja", SOLAR, "3カ所の太陽光発電所（総設備容量15万kW）の電力を供給する計画だ。"),
        ("en", STORAGE, "The Tomakomai station will operate with a capacity of 200 MWh."),
        ("ja", ELECTROLYSER, "同施設は2万kWの水電解設備を備える。"),
        ("ko", ELECTROLYSER, "이 시설은 2만kW 규모의 수전해 설비를 갖춘다."),
        ("ja", OUTPUT, "同発電所は年間約300万kWhを発電する見込みだ。"),
    ],
)
def test_the_same_quantity(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", WIND, "The Akitsu Offshore Wind Farm (480,000 MW) will start in FY2028.", "480,000"),
        ("en", SOLAR, "Three solar plants with a total of 150,000 MW will supply it.", "150,000"),
        ("en", SOLAR, "Three solar plants with a total of 15 MW will supply it.", "15"),
        ("ko", WIND, "아키쓰 해상풍력발전소(설비용량 48만MW)는 2028회계연도에 가동한다.", "48만MW"),
        ("ja", ELECTROLYSER, "同施設は20万kWの水電解設備を備える。", "20万"),
        ("ja", OUTPUT, "同発電所は年間約300万kWを発電する見込みだ。", "300万kW"),
    ],
)  # fmt: skip
def test_another_quantity(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _numbers(locale, msgid, msgstr)
    assert messages and any(found in m for m in messages), messages
