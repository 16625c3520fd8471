"""PR404 on a fare's basis as travel releases say it: a fuel surcharge is a fee that the
fare includes or leaves out ('including taxes and fuel surcharges' as '諸税・燃油サーチャージ
別', 'plus fuel surcharge' as '燃油サーチャージ込み'), and a list of prices says its tax
basis once, in a bracket after the last ('¥9,800 for adults and ¥4,900 for children (tax
included)'), which a translation that drops it ('어린이 4,900엔입니다') loses. Before, the
surcharge was no fee and a basis that far from its price was not read."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FARE = "One-way fares start at ¥18,800, including taxes and fuel surcharges."
FARE_PLUS = "Fares start at ¥9,800 plus fuel surcharge."
PASS = "The pass costs ¥9,800 for adults and ¥4,900 for children (tax included)."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FARE, "片道運賃は諸税・燃油サーチャージ込みで18,800円からです。"),
        ("ko", FARE, "편도 운임은 세금 및 유류할증료 포함 18,800엔부터입니다."),
        ("ja", FARE_PLUS, "運賃は9,800円から（燃油サーチャージ別途）。"),
        ("ja", PASS, "パスは大人9,800円、こども4,900円（税込）です。"),
        ("ko", PASS, "패스는 성인 9,800엔, 어린이 4,900엔(세금 포함)입니다."),
        # a bracket after another figure is that figure's, not the price's
        (
            "ko",
            "Tickets cost ¥4,900 for seats in rows 1 to 12 (first come).",
            "1~12열 좌석은 4,900엔(선착순)입니다.",
        ),
    ],
)
def test_the_basis_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        # the fee said as its opposite (PR410)
        ("ja", FARE, "片道運賃は諸税・燃油サーチャージ別で18,800円からです。", ["PR410"]),
        ("ja", FARE_PLUS, "運賃は9,800円から（燃油サーチャージ込み）。", ["PR410"]),
        # the list's basis dropped (PR404), or turned (as a price's own bracket is)
        ("ko", PASS, "패스는 성인 9,800엔, 어린이 4,900엔입니다.", ["PR404"]),
        ("ja", PASS, "パスは大人9,800円、こども4,900円（税抜）です。", ["PR404", "PR410"]),
    ],
)
def test_the_basis_lost_or_turned(locale: str, msgid: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == codes
