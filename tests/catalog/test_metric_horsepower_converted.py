"""PR404 on an engine's or a motor's output in metric horsepower (PS, 馬力, 마력) given in
imperial horsepower (hp), 1.4% more: '394PS' as '389 hp' and '325마력' as '320 hp' are the
output converted, not a changed figure. The figure kept in the other horsepower ('218 PS'
as '218 hp', the usage of many releases) stays silent too; a figure off by more than the
conversion, or an output in kW given as PS, is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SPORT = "リリカ GT-Sの最高出力は394PSです。"
REAR = "후륜 모터는 최고출력 239kW(325마력), 최대토크 420N·m를 낸다."
FRONT = "The front motor produces 160 kW (218 PS) and 300 N·m of torque."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SPORT, "The Ririka GT-S produces 389 hp."),
        ("en", SPORT, "The Ririka GT-S produces 394 PS (389 hp)."),
        ("en", SPORT, "The Ririka GT-S produces 394 hp."),
        ("en", REAR, "The rear motor produces 239 kW (320 hp) and 420 N·m of torque."),
        ("en", REAR, "The rear motor produces 239 kW (325 PS) and 420 N·m of torque."),
        ("ja", FRONT, "フロントモーターの最高出力は160kW（218PS）、最大トルクは300N·mです。"),
        ("ko", FRONT, "전방 모터는 최고출력 160kW(218마력), 최대토크 300N·m를 낸다."),
        ("ja", FRONT, "フロントモーターの最高出力は160kW（218馬力）、最大トルクは300N·mです。"),
        ("ko", "The engine makes 215 hp.", "엔진 최고출력은 218마력이다."),
    ],
)
def test_horsepower_kept_or_converted(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", SPORT, "The Ririka GT-S produces 349 hp.", "349"),
        ("en", SPORT, "The Ririka GT-S produces 394 kW.", "394 kW"),
        ("en", REAR, "The rear motor produces 239 kW (302 hp) and 420 N·m of torque.", "302"),
        ("en", REAR, "The rear motor produces 239 PS (320 hp) and 420 N·m of torque.", "239 PS"),
        ("ja", FRONT, "フロントモーターの最高出力は160PS（218PS）、トルクは300N·m。", "160PS"),
    ],
)
def test_horsepower_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m for m in messages), messages


def test_output_changed_beside_its_horsepower() -> None:
    msgid = "The dual-motor model delivers a combined 290 kW (394 PS)."
    messages = _pr404("ko", msgid, "듀얼 모터 모델은 합산 최고출력 209kW(394마력)를 낸다.")
    assert any("'290'" in m for m in messages), messages
