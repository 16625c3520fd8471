"""PR404 on a range below zero whose unit only its second figure writes ('-10～40℃',
'-20 to 5 °C', '영하 5~35℃'): its first figure is a temperature below zero too, and a
translation giving it above zero changes the range; a range kept or converted is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

OPERATING = "使用温度範囲は-10～40℃です。"
STORAGE = "Store the cartridges at -20 to 5 °C."
WINTER = "충전 온도는 -5~35℃다."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", OPERATING, "It operates between -10°C and 40°C (14°F and 104°F)."),
        ("en", OPERATING, "Operating temperature: 14°F to 104°F (-10°C to 40°C)."),
        ("en", OPERATING, "It operates from -10 to 40°C."),
        ("ko", OPERATING, "사용 온도 범위는 영하 10~40℃다."),
        ("ja", STORAGE, "カートリッジはマイナス20～5℃で保存してください。"),
        ("en", WINTER, "It charges at -5°C to 35°C."),
    ],
)
def test_range_kept_below_zero(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", OPERATING, "It operates between 10°C and 40°C (14°F and 104°F).", "'10°C'"),
        ("en", OPERATING, "It operates from 10 to 40°C.", "'10°C'"),
        ("ko", OPERATING, "사용 온도 범위는 10~40℃다.", "'10℃'"),
        ("ja", STORAGE, "カートリッジは20～5℃で保存してください。", "'20℃'"),
        ("en", WINTER, "It charges at 5°C to 35°C.", "'5°C'"),
    ],
)
def test_range_head_above_zero(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert len(messages) == 1, messages
    assert "below zero" in messages[0] and found in messages[0]
