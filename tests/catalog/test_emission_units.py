"""PR404 on emissions given in tonnes of CO2 or its equivalent ('t-CO2', 'tCO2e',
'Mt-CO2e', 'トン', '톤', 'tons'), with a scale word or without: the same mass however
each language writes it ('182万トン（t-CO2）' as '1.82 million tons (t-CO2)', '12 Mt-CO2e'
as '1,200万t-CO2e'); a translation that keeps the figure in kilograms ('182만 kg-CO2')
states a thousandth of it."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

RESULT_JA = "2025年度の排出量は182万トン（t-CO2）で、2013年度比31%減となりました。"
RESULT_EN = "In FY2025, the company's Scope 1 and 2 emissions were 1.82 million t-CO2."
RESULT_KO = "지난해 회사의 Scope 1·2 배출량은 112만 톤(tCO2e)으로 전년보다 8% 줄었다."
SECTOR = "The sector emitted 12 Mt-CO2e in 2025."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", RESULT_JA, "FY2025 emissions were 1.82 million tons (t-CO2), 31% below FY2013."),
        ("en", RESULT_JA, "Emissions in FY2025 were 1.82 million t-CO2, down 31% from FY2013."),
        ("ko", RESULT_JA, "2025회계연도 배출량은 182만 톤(t-CO2)으로 2013회계연도보다 31% 줄었다."),
        ("ja", RESULT_EN, "2025年度の当社のScope1・2排出量は182万t-CO2でした。"),
        ("ko", RESULT_EN, "2025회계연도 회사의 Scope 1·2 배출량은 182만 t-CO2였다."),
        ("en", RESULT_KO, "Scope 1 and 2 emissions were 1.12 million tCO2e, down 8% on the year."),
        ("ja", SECTOR, "同部門の2025年の排出量は1,200万t-CO2eだった。"),
        ("ja", "It will produce about 2,700 tons of hydrogen.", "約2,700トンの水素を生産する。"),
    ],
)  # fmt: skip
def test_the_same_mass(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ko", RESULT_EN, "2025회계연도 회사의 Scope 1·2 배출량은 182만 kg-CO2였다.", "kg-CO2"),
        ("en", RESULT_KO, "Its emissions were 1.12 million kgCO2e, down 8%.", "kgCO2e"),
        ("ja", SECTOR, "同部門の2025年の排出量は12t-CO2eだった。", "12"),
    ],
)  # fmt: skip
def test_another_mass(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _numbers(locale, msgid, msgstr)
    assert messages and any(found in m for m in messages), messages
