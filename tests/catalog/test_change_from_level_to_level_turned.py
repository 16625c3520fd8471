"""A change the English source gives from one level to another ('the share rose from 58%
to 71%') that the translation turns ('58%에서 71%로 낮아졌다', '58%から71%に低下'): the
level reached was read with no direction in English, so nothing was compared. The same
direction, a level alone ('rose to 3.2% of revenue', judged elsewhere as a level) and a
limit ('up to 30%') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SHARE = "The share of students reaching the proficiency level rose from 58% to 71%."
SALES = "Sales fell from KRW 4.2 billion to KRW 3.5 billion."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.code for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", SHARE, "성취 기준에 도달한 학생 비율은 58%에서 71%로 높아졌다."),
        ("ja", SHARE, "習熟レベルに達した児童・生徒の割合は58%から71%に上昇しました。"),
        ("ko", SALES, "매출은 42억 원에서 35억 원으로 줄었다."),
        ("ja", "Sales rose to 3.2% of revenue.", "売上高比率は3.2%に低下した。"),
        ("ja", "Discounts range from 10% to 30%.", "割引率は10%から30%です。"),
    ],
)
def test_the_same_direction(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", SHARE, "성취 기준에 도달한 학생 비율은 58%에서 71%로 낮아졌다."),
        ("ja", SHARE, "習熟レベルに達した児童・生徒の割合は58%から71%に低下しました。"),
        ("ko", SALES, "매출은 42억 원에서 35억 원으로 늘었다."),
    ],
)
def test_the_change_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr)
