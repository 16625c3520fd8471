"""PR404 names the figure a changed amount became: the one written with the same digits
('KRW 18 billion' as '18億ウォン', a slip of scale), not a nearer bare number of the
sentence ('3' of '3年間', nearer to the 18 the source writes). With no such figure, the
nearest in magnitude is named, as before."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

INVEST = "Daehan Retail will invest KRW 18 billion in the stores and the kitchen over three years."


def _changed(locale: str, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    found = translation_findings(locale, msgid, msgstr)
    return [(f.suggestion or "", f.found) for f in found if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgstr", "changed"),
    [
        ("ja", "大韓リテールは3年間で店舗とキッチンに18億ウォンを投資します。", "18億"),
        ("ko", "대한리테일은 3년간 점포와 주방에 18억 원을 투자한다.", "18억"),
        ("ja", "大韓リテールは3年間で店舗とキッチンに1,800億ウォンを投資します。", "1,800億"),
        # no figure with its digits: the nearest in magnitude
        ("ja", "大韓リテールは3年間で店舗とキッチンに250億ウォンを投資します。", "250億"),
    ],
)
def test_changed_amount_named(locale: str, msgstr: str, changed: str) -> None:
    assert _changed(locale, INVEST, msgstr) == [("18 billion", changed)]


def test_right_amount_reports_nothing() -> None:
    msgstr = "大韓リテールは3年間で店舗とキッチンに180億ウォンを投資します。"
    assert _changed("ja", INVEST, msgstr) == []
