"""PR404 on a utility's output and capacity at grid scale: a figure kept with another
prefix or unit ('3.5TWh' as '3.5 GWh', '연간 3.5TWh' as '3.5 TW a year') is changed; the
same figure in its unit, or one converted ('3.5TWh' as '3,500 GWh', '35億キロワット時'
aside), is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

KO = "연간 약 3.5TWh의 전력을 생산해 약 100만 가구에 공급한다."
JA = "年間発電量は約3.5TWh、設備容量は1.2GWです。"
EN = "The fleet generated 48.2 terawatt-hours in 2025."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "It will generate about 3.5 TWh a year, enough for some 1 million homes."),
        ("en", KO, "It will generate about 3,500 GWh a year, enough for some 1 million homes."),
        ("ja", KO, "年間約3.5TWhを発電し、約100万世帯に供給する。"),
        ("ko", JA, "연간 발전량은 약 3.5TWh, 설비용량은 1.2GW다."),
        ("en", JA, "Annual output is about 3.5 terawatt-hours from 1.2 GW of capacity."),
        ("ja", EN, "同社の発電所群は2025年に48.2TWhを発電した。"),
        ("ko", EN, "발전소들은 2025년 48.2테라와트시를 생산했다."),
    ],
)
def test_grid_scale_unit_kept_or_converted(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", KO, "It will generate about 3.5 GWh a year for some 1 million homes.", "3.5 GWh"),
        ("en", KO, "It will generate about 3.5 TW a year for some 1 million homes.", "3.5 TW"),
        ("ja", KO, "年間約3.5GWhを発電し、約100万世帯に供給する。", "3.5GWh"),
        ("ko", JA, "연간 발전량은 약 3.5TW, 설비용량은 1.2GW다.", "3.5TW"),
        ("en", JA, "Annual output is about 3.5 TWh from 1.2 TW of capacity.", "1.2 TW"),
        ("ja", EN, "同社の発電所群は2025年に48.2GWhを発電した。", "48.2GWh"),
    ],
)
def test_grid_scale_unit_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m and "Unit of" in m for m in messages), messages


CO2 = "연간 약 160만 톤의 이산화탄소 배출을 줄인다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "silent"),
    [
        ("en", CO2, "It will cut CO2 emissions by about 1.6 Mt a year.", True),
        ("en", CO2, "It will cut CO2 emissions by about 1.6 million tonnes a year.", True),
        ("ja", "The plant avoids 1.6 Mt of CO2 a year.", "年間160万トンのCO2を削減する。", True),
        ("en", CO2, "It will cut CO2 emissions by about 1.6 Gt a year.", False),
        ("en", CO2, "It will cut CO2 emissions by about 16 Mt a year.", False),
    ],
)
def test_megatonnes_of_co2(locale: str, msgid: str, msgstr: str, silent: bool) -> None:
    assert (_pr404(locale, msgid, msgstr) == []) is silent
