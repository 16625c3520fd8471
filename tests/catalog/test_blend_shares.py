"""PR404 on a blend's shares said as a ratio: 'ウール70%・カシミヤ30%' as 'a 70/30
wool-cashmere blend' (a fabric's, a mix's or a split's shares) keeps both figures; the
ratio turned round ('30/70'), another ratio, or shares that make no whole are reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

BLEND = "素材にはウール70%・カシミヤ30%の混紡生地を採用しました。"
KO_BLEND = "면 60%, 폴리에스터 40% 혼방 원단을 썼다."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BLEND, "It is made of a 70/30 wool-cashmere blend."),
        ("en", BLEND, "It is made of a blend of 70% wool and 30% cashmere."),
        ("en", KO_BLEND, "It uses a 60/40 cotton-polyester blend."),
    ],
)
def test_shares_as_a_ratio(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BLEND, "It is made of a 30/70 wool-cashmere blend."),
        ("en", BLEND, "It is made of a 60/40 wool-cashmere blend."),
        ("en", "ウール70%・カシミヤ20%に麻10%。", "A 70/20 wool-cashmere mix with some linen."),
    ],
)
def test_another_ratio_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr)
