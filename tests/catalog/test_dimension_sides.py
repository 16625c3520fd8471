"""PR404 on a spec sheet's dimensions by their sides: figures given to other sides
('W310×D190×H220mm' as '190 × 310 × 220 mm (W × D × H)', '가로 350mm × 세로 300mm' as
'幅300mm×奥行350mm') state another box; the sides kept in any layout, converted into
another unit (to its rounding), or unnamed in the translation are not reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

BOX = "本体の外形寸法は約W310×D190×H220mmです。"
ROBOT = "크기는 가로 350mm × 세로 300mm × 높이 98mm다."


def _sides(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and "other sides" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BOX, "The body measures approx. 310 × 190 × 220 mm (W × D × H)."),
        (
            "en",
            BOX,
            "The body measures approx. 310 (W) × 190 (D) × 220 (H) mm (12.2 × 7.5 × 8.7 in.).",
        ),
        ("en", BOX, "The body measures approx. 31 × 19 × 22 cm (W × D × H)."),
        ("ko", BOX, "본체 외형 치수는 약 W310×D190×H220mm다."),
        ("en", BOX, "The body measures approx. 310 × 190 × 220 mm."),
        ("ja", ROBOT, "サイズは幅350mm×奥行300mm×高さ98mm。"),
        ("en", ROBOT, "Dimensions: 350 mm (W) × 300 mm (D) × 98 mm (H)"),
        ("en", ROBOT, "Dimensions: W 13.8 x D 11.8 x H 3.9 in."),
        ("en", BOX, "The body is approx. 12.2 x 7.5 x 8.7 in. (W x D x H)."),
    ],
)
def test_sides_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _sides(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BOX, "The body measures approx. 190 × 310 × 220 mm (W × D × H)."),
        ("en", BOX, "The body measures approx. 190 (W) × 310 (D) × 220 (H) mm."),
        ("ko", BOX, "본체 외형 치수는 약 W190×D310×H220mm다."),
        ("en", BOX, "The body measures approx. 19 × 31 × 22 cm (W × D × H)."),
        ("ja", ROBOT, "サイズは幅300mm×奥行350mm×高さ98mm。"),
        ("en", ROBOT, "Dimensions: 350 mm (W) × 98 mm (D) × 300 mm (H)"),
        ("en", BOX, "The body is approx. 12.2 x 8.7 x 7.5 in. (W x D x H)."),
    ],
)
def test_sides_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert _sides(locale, msgid, msgstr)
