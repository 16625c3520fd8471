# ruff: noqa: E501
"""PR410 on an energy utility's schedule, tariff and load: the works' start said as their
completion beside the plant's start of commercial operation ('착공' as '竣工' where the
translation also says '商業運転開始'), a maintenance brought forward said as postponed
('앞당겨' as '延期'), a tariff raised said as lowered in the passive ('will be lowered
every year'), peak demand said as the base load, and a year's figure said a month's
where the source gives two a year."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

WORKS = (
    "공사는 2027년 3월 착공해 약 45개월간 진행되며, 2030년 12월 상업운전을 시작하는 것이 목표다."
)
OUTAGE = "2호기의 계획예방정비를 12월 8일(화)부터 12월 19일(토)까지 12일간 앞당겨 실시한다."
TARIFF = "전력 판매 단가는 kWh당 185원이며, 계약 기간 중 매년 소비자물가 상승률의 50%만큼 인상된다."
PEAK = "해상풍력은 겨울철 발전량이 많아 동계 최대전력수요(피크) 대응에도 도움이 될 것으로 기대된다."
YEARLY = "연간 약 3.5TWh의 전력을 생산하며, 연간 약 160만 톤의 이산화탄소 배출을 줄인다."
EN_OUTAGE = "The inspection of Unit 3 was brought forward to April 6-17."
JA_BASE = "LNG火力はベースロード電源として運転する。"


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if "said as its opposite" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", WORKS, "工事は2027年3月に竣工し、約45カ月をかけて進められ、2030年12月の商業運転開始を目指す。", "竣工"),
        ("en", WORKS, "Construction will be completed in March 2027, with commercial operation to start in December 2030.", "completed"),
        ("ja", OUTAGE, "2号機の計画予防保全を延期し、12月8日（火）から12月19日（土）までの12日間実施する。", "延期"),
        ("en", OUTAGE, "The planned maintenance of Unit 2 will be postponed to December 8-19 (12 days).", "postponed"),
        ("ja", EN_OUTAGE, "3号機の点検は4月6日～17日に延期された。", "延期"),
        ("en", TARIFF, "The price is KRW 185 per kWh and will be lowered every year by 50% of inflation.", "lowered"),
        ("en", PEAK, "Offshore wind generates more in winter and will help meet winter base-load demand.", "base-load"),
        ("ja", PEAK, "洋上風力は冬季の発電量が多く、冬季のオフピーク需要への対応にも寄与する。", "オフピーク"),
        ("ko", JA_BASE, "LNG 화력은 첨두부하 전원으로 운전한다.", "첨두"),
        ("en", YEARLY, "It will generate about 3.5 TWh a year and cut CO2 emissions by 1.6 million tonnes a month.", "a month"),
    ],
)  # fmt: skip
def test_turned(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _turned(locale, msgid, msgstr)
    assert any(f"'{found}'" in m for m in messages), messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", WORKS, "工事は2027年3月に着工し、約45カ月をかけて進められ、2030年12月の商業運転開始を目指す。"),
        ("en", WORKS, "Construction will start in March 2027 and take about 45 months, with commercial operation targeted for December 2030."),
        ("en", WORKS, "Construction begins in March 2027; commercial operation is to start in December 2030."),
        ("ja", OUTAGE, "2号機の計画予防保全を前倒しし、12月8日（火）から12月19日（土）までの12日間実施する。"),
        ("en", OUTAGE, "The planned maintenance of Unit 2 will be brought forward to December 8-19 (12 days)."),
        ("ja", EN_OUTAGE, "3号機の点検は4月6日～17日に前倒しされた。"),
        ("en", TARIFF, "The price is KRW 185 per kWh and will be raised every year by 50% of inflation."),
        ("en", TARIFF, "At KRW 185 per kWh, the price will rise every year by half the inflation rate."),
        ("en", PEAK, "Offshore wind generates more in winter and will help meet winter peak demand."),
        ("ja", PEAK, "洋上風力は冬季の発電量が多く、冬季の最大電力需要（ピーク）への対応にも寄与する。"),
        ("ko", JA_BASE, "LNG 화력은 기저부하 전원으로 운전한다."),
        ("en", YEARLY, "It will generate about 3.5 TWh a year and cut CO2 emissions by 1.6 million tonnes a year."),
        ("en", YEARLY, "Each year it will generate about 3.5 TWh and cut CO2 emissions by 1.6 million tonnes."),
    ],
)  # fmt: skip
def test_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []
