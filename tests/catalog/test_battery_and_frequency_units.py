"""PR404 on units spec sheets give a battery and a radio in: a figure kept with another
prefix or unit ('20Ah' as '20 mAh', '5,200mAh' as '5,200 Wh', '2.4GHz' as '2.4 MHz', '9.8cm'
as '9.8 in.') is changed; the same figure in its unit, or one converted ('2.4 GHz' as
'2,400MHz', '9.8 cm (3.9 in.)'), is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PACK = "電池は51.2V / 20Ahで、容量は1,024Whです。"
CLEANER = "5,200mAh 배터리를 탑재했고 높이는 9.8cm다."
RADIO = "Wi-Fi: 2.4 GHz and 5 GHz; the display refreshes at 120Hz."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PACK, "The battery is 51.2 V / 20 Ah, with a capacity of 1,024 Wh."),
        ("ko", PACK, "배터리는 51.2V / 20Ah이고 용량은 1,024Wh다."),
        ("en", CLEANER, "It has a 5,200 mAh battery and stands 9.8 cm (3.9 in.) tall."),
        ("ja", CLEANER, "5,200mAhのバッテリーを搭載し、高さは9.8cm。"),
        ("ja", RADIO, "Wi-Fi：2.4GHzと5GHz、画面のリフレッシュレートは120Hz。"),
        ("ko", RADIO, "와이파이: 2,400MHz와 5GHz, 화면 주사율은 120Hz다."),
        ("en", PACK, "The battery is 51.2 V / 20 Ah, with a capacity of 1.024 kWh."),
    ],
)
def test_unit_kept_or_converted(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", PACK, "The battery is 51.2 V / 20 mAh, with a capacity of 1,024 Wh.", "20 mAh"),
        ("ko", PACK, "배터리는 51.2V / 20Ah이고 용량은 1,024mAh다.", "1,024mAh"),
        ("en", CLEANER, "It has a 5,200 Wh battery and stands 9.8 cm (3.9 in.) tall.", "5,200 Wh"),
        ("en", CLEANER, "It has a 5,200 mAh battery and stands 9.8 in. tall.", "9.8 in."),
        ("ja", CLEANER, "5,200Ahのバッテリーを搭載し、高さは9.8cm。", "5,200Ah"),
        ("ja", RADIO, "Wi-Fi：2.4MHzと5GHz、画面のリフレッシュレートは120Hz。", "2.4MHz"),
        ("ko", RADIO, "와이파이: 2.4GHz와 5GHz, 화면 주사율은 120kHz다.", "120kHz"),
    ],
)
def test_unit_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m and "Unit of" in m for m in messages), messages


def test_power_is_no_conversion_of_energy() -> None:
    msgid = "消費電力1,200Wまでの家電が使えます。"
    messages = _pr404("en", msgid, "Appliances of up to 1.2 kWh can be used.")
    assert any("'1,200'" in m for m in messages), messages
