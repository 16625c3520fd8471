"""PR404: a change said before what it changes and 'by', with a place after the object
('cut forklift traffic on the shop floor by 35%'), is read as for a short object: its
translation that turns the change round ('35%増加', '35% 늘렸다') is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PILOT = "In the pilot, the robots cut forklift traffic on the shop floor by 35% and reduced delays."
PLANT = "The retrofit lowered energy use at its three largest plants by 12% last year."


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "35%" in f.message + f.found] + [
        f.found for f in found if f.code == "PR404" and "12%" in f.message + f.found
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PILOT, "試験導入では、工場内のフォークリフトの走行が35%増加し、遅れが減りました。"),
        ("ko", PILOT, "시범 운영에서 로봇은 공장 내 지게차 운행을 35% 늘렸고 지연을 줄였다."),
        ("ja", PLANT, "改修により、昨年は主要3工場のエネルギー使用量が12%増加しました。"),
    ],
)
def test_change_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PILOT, "試験導入では、工場内のフォークリフトの走行が35%減少し、遅れが減りました。"),
        ("ko", PILOT, "시범 운영에서 로봇은 공장 내 지게차 운행을 35% 줄였고 지연을 줄였다."),
        ("ja", PLANT, "改修により、昨年は主要3工場のエネルギー使用量が12%削減されました。"),
        ("ko", PLANT, "개보수로 지난해 3대 공장의 에너지 사용량이 12% 줄었다."),
    ],
)
def test_change_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []
