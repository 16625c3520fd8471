"""PR404 on a freight rate's basis: a surcharge or a rate counted per FEU, per TEU, per
tonne or per kilogram in the source and per another of them in the translation ('USD 300
per FEU' as '1TEUあたり300米ドル', '1kgあたり45円' as '¥45 per tonne') is reported, as a
room's price counted per person already was: an FEU is two TEU, so the shipper is quoted
half or twice the rate with the same figure. A basis kept, written another way ('/kg',
'FEU당') or both bases named on both sides stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

PER_FEU = "The bunker surcharge is USD 300 per FEU from January 1, 2027."
PER_KG = "燃油サーチャージは1kgあたり45円です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PER_FEU, "バンカーサーチャージは2027年1月1日から1TEUあたり300米ドルです。"),
        ("ko", PER_FEU, "유류할증료는 2027년 1월 1일부터 TEU당 300달러다."),
        ("en", PER_KG, "The fuel surcharge is ¥45 per tonne."),
    ],
)
def test_freight_basis_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PER_FEU, "バンカーサーチャージは2027年1月1日から1FEUあたり300米ドルです。"),
        ("ko", PER_FEU, "유류할증료는 2027년 1월 1일부터 FEU당 300달러다."),
        ("en", PER_KG, "The fuel surcharge is ¥45 per kg."),
        ("en", PER_KG, "The fuel surcharge is ¥45/kg."),
        (
            "ja",
            "USD 150 per TEU and USD 300 per FEU.",
            "1TEUあたり150米ドル、1FEUあたり300米ドル。",
        ),
        ("ja", "Rates are quoted per TEU and per FEU.", "運賃はTEU単位およびFEU単位で提示します。"),
    ],
)
def test_freight_basis_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
