"""PR404 on a food label's units: energy in kcal given in kJ with the same figure ('286
kcal' as '286kJ'), and contents by weight given by volume or the other way round ('280ml'
as '280 g', '80g' as '80 ml'); neither kind was read, so the figure matched and the slip
passed. Energy given in both units, or converted, and the units kept stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EN = "Calories: 286 kcal per cup (110 g)"
JA = "熱量：1個（110g）あたり286kcal"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "熱量：1個（110g）あたり286kJ"),
        ("ja", EN, "熱量：1個（110ml）あたり286kcal"),
        ("en", JA, "Energy: 286 kJ per cup (110 g)"),
        ("en", "ごまドレッシング（280ml）", "Sesame Dressing (280 g)"),
        ("en", "1봉지(80g)당 열량은 430kcal이다.", "Each 80 ml bag contains 430 kcal."),
        ("ko", "Each bottle holds 500 ml.", "1병 용량은 500g이다."),
    ],
)
def test_food_unit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, JA),
        ("en", JA, EN),
        ("en", "1杯あたり210kcal（879kJ）です。", "It contains 210 kcal (879 kJ) per cup."),
        ("ja", "Energy: 1,200 kJ (287 kcal)", "エネルギー：287kcal"),
        ("en", "1봉지(80g)당 열량은 430kcal이다.", "Each 80 g bag contains 430 kcal."),
        ("ko", "A 500 ml bottle and a 500 g pack", "500㎖ 병과 500g 팩"),
    ],
)
def test_food_units_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
