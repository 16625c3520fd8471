"""PR404 and PR409 on a tsubo's or a pyeong's own area restated in brackets ('3.3㎡(1평)당',
'1坪（3.3㎡）当たり'), the basis of a price per unit of floor area: an English translation
names the unit ('per pyeong (3.3 m²)', 'per 3.3 m²'), so the bracket's '1' was reported
left out, or took the translation's 3.3 and left the source's own '3.3' missing."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

KO = "분양가는 3.3㎡(1평)당 평균 3,800만 원이다."
JA = "土地の評価額は1坪（3.3㎡）当たり約420万円でした。"


def _figures(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code in {"PR404", "PR409"}
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "The average price is ₩38 million per pyeong (3.3 m²)."),
        ("en", KO, "The average price is ₩38 million per 3.3 m² (one pyeong)."),
        ("en", KO, "The average price is ₩38 million per 3.3 m²."),
        ("en", JA, "The land was valued at about ¥4.2 million per tsubo (3.3 m²)."),
        ("en", JA, "The land was valued at about ¥4.2 million per 3.3 m²."),
        (
            "ja",
            "분양가는 3.3㎡당 3,800만 원이다.",
            "分譲価格は3.3㎡（1坪）当たり3,800万ウォンです。",
        ),
        # two areas restated are two figures, both kept
        (
            "en",
            "敷地面積は約2,571坪（約8,500㎡）です。",
            "The site covers about 8,500 m² (about 2,571 tsubo).",
        ),
    ],
)
def test_the_unit_named(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "The average price is ₩38 million per 33 m²."),
        ("en", KO, "The average price is ₩3.8 million per pyeong (3.3 m²)."),
        ("en", JA, "The land was valued at about ¥4.2 million per 33 m²."),
        (
            "en",
            "敷地面積は約2,571坪（約8,500㎡）です。",
            "The site covers about 8,500 tsubo (about 2,571 m²).",
        ),
    ],
)
def test_a_figure_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr)


def test_an_area_restated_is_no_currency() -> None:
    """An area the source restates in brackets and the translation leaves out is reported
    as an area, not as a 'Currency conversion'."""
    site = "敷地面積は約8,500㎡（約2,571坪）です。"
    messages = _figures("en", site, "The site covers about 8,500 m².")
    assert messages == ["Area restated '2,571' of the source left out of the translation"]
