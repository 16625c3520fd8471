"""PR404 on a survey's rounding note: Japanese names the digit rounded off
('小数点以下第2位を四捨五入'), English the digits kept ('rounded to one decimal place', 'to
the first decimal place'), so the source's 2 is said as one, not left out. A note that
rounds to another figure is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NOTE = "※構成比は小数点以下第2位を四捨五入しているため、合計が100%にならない場合があります。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (NOTE, "*Percentages are rounded to one decimal place and may not add up to 100%."),
        ("※小数点第2位を四捨五入しています。", "*Figures are rounded to the first decimal place."),
        ("※小数点以下第3位を四捨五入しています。", "*Figures are rounded to 2 decimal places."),
    ],
)
def test_rounding_note_kept(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (NOTE, "*Percentages are rounded to whole numbers and may not add up to 100%."),
        ("※小数点以下第3位を四捨五入しています。", "*Figures are rounded to one decimal place."),
    ],
)
def test_rounding_note_changed(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == ["PR404"]
