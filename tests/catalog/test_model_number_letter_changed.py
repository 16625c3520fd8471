"""PR404: a model, lot or part number written one letter off in the translation ('PC-20K'
as 'PC-20H', lot 'A2401' as 'B2401', 'KT-210' as 'KT-21O' with a letter O) names another
product: a recall notice's reader matches it against a label. The code kept, written
full-width or without its hyphen, put in the plural, left out, or named in words, and a
unit after a figure, are no such change."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.catalog.codes import codes_changed

MODEL_JA = "対象は、電気ケトル「ソラリ KT-340」のうち、型番末尾が「S」のKT-340Sです。"
LOTS_KO = "회수 대상 로트 번호는 C1105~C1120입니다."
SERIAL_EN = "Affected units carry part number HX-77B and lot code R8-2206."


def _code_findings(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.found
        for f in translation_findings(locale, msgid, msgstr)
        # (a model number the figures read as a designation is reported by them, once)
        if f.code == "PR404" and f.message.startswith(("Code ", "Designation "))
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", MODEL_JA, 'The affected model is the KT-340T, the "Solari KT-340" ending in "S".',
         "KT-340T"),
        ("en", MODEL_JA, 'The affected model is the KT-34OS, the "Solari KT-340" ending in "S".',
         "KT-34OS"),
        ("ja", LOTS_KO, "回収対象のロット番号はC1105～G1120です。", "G1120"),
        ("ko", SERIAL_EN, "대상 제품의 부품 번호는 HX-77D, 로트 코드는 R8-2206입니다.", "HX-77D"),
        ("ko", SERIAL_EN, "대상 제품의 부품 번호는 HX-77B, 로트 코드는 B8-2206입니다.", "B8-2206"),
    ],
)  # fmt: skip
def test_code_one_letter_off_is_reported(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _code_findings(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", MODEL_JA, 'The affected model is the KT-340S, the "Solari KT-340" ending in "S".'),
        ("en", MODEL_JA, 'The affected model is the KT340S, a "Solari KT340" ending in "S".'),
        ("ja", LOTS_KO, "回収対象のロット番号はＣ１１０５～Ｃ１１２０です。"),
        ("ko", SERIAL_EN, "대상 제품의 부품 번호는 HX-77B입니다."),
        ("ja", "Two KT-340s were returned.", "KT-340が2台返品されました。"),
        ("ko", "新型コロナウイルス感染症（COVID-19）の影響です。", "코로나19의 영향이다."),
        ("ja", "The plant has a capacity of 35MW.", "同発電所の出力は35 MWです。"),
        ("ja", "See https://example.com/Recall/KT340 for details.",
         "詳細は https://example.com/Recall/KT340 をご覧ください。"),
    ],
)  # fmt: skip
def test_code_kept_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _code_findings(locale, msgid, msgstr) == []


def test_digits_alone_are_the_figures() -> None:
    # ('KT-340' as 'KT-304' is a changed number, which figures report)
    assert codes_changed("Model KT-340.", "モデルKT-304。") == []


def _codes_one_character_at_a_time(text: str) -> dict[str, str]:
    """The codes as codes.py read them before it asked for digits and capitals in C."""
    import unicodedata

    from prlocalize.catalog.codes import _CODE, _SEPARATORS

    found: dict[str, str] = {}
    if not any(c.isdigit() for c in text):
        return found
    for match in _CODE.finditer(text if text.isascii() else unicodedata.normalize("NFKC", text)):
        written = match[0]
        if len(written) > 3 and written[-1] == "s" and not written[-2].islower():
            written = written[:-1]
        key = _SEPARATORS.sub("", written).upper()
        if len(key) < 3 or not any(c.isdigit() for c in key):
            continue
        if not any(c.isupper() for c in written):
            continue
        found.setdefault(key, written)
    return found


@pytest.mark.parametrize(
    "text",
    [
        MODEL_JA, LOTS_KO, SERIAL_EN,
        "ＰＣ－２０Ｋ and pc-20k, the kt-210s and two KT-210s",
        "Model A⑩ (circled ten: no digit to str.isdigit) and the CO² sensor",
        "型番 A① と B²",  # digits to str.isdigit only, NFKC gives the code its digit
        "Lot ab12 in lower case, XYZ without a digit, Q3 and H1 too short",
        "No figure in this sentence at all.",
        "数字のない文です。",
        "KT‐210‑S with other hyphens, KT-210 at the end",
    ],
)  # fmt: skip
def test_codes_read_as_one_character_at_a_time_read_them(text: str) -> None:
    from prlocalize.catalog.codes import _codes

    assert _codes(text) == _codes_one_character_at_a_time(text)
