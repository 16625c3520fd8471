"""PR410 on a spec sheet's limits and approximations: a peak output said as a surge
('瞬間最大3,000W' as '3,000 W surge'), a bound after a bracket restating the figure in
another unit ('2cm 이상' as '2 cm (0.8 in.) and higher'), and an approximation before the
side a dimension names ('約W310×D190×H220mm', '약 가로 350mm') are kept; a limit or an
approximation the translation leaves out is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SURGE = "AC出力は定格1,500W（瞬間最大3,000W）です。"
THRESHOLD = "이 청소기는 2cm 이상의 문턱을 넘을 수 있다."
BOX = "本体の外形寸法は約W310×D190×H220mmです。"
ROBOT = "본체 크기는 약 가로 350mm다."


def _pr410(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SURGE, "AC output is rated at 1,500 W (3,000 W surge)."),
        ("en", SURGE, "AC output is 1,500 W rated and 3,000 W peak."),
        ("en", THRESHOLD, "The vacuum climbs thresholds of 2 cm (0.8 in.) and higher."),
        ("en", THRESHOLD, "The vacuum climbs thresholds of 2 cm (0.8 in.) or more."),
        ("ja", THRESHOLD, "この掃除機は2cm（約0.8インチ）以上の段差を乗り越えられる。"),
        ("en", BOX, "The body measures approx. 310 (W) × 190 (D) × 220 (H) mm."),
        ("en", BOX, "The body measures approx. 310 × 190 × 220 mm (W × D × H)."),
        ("ko", BOX, "본체 외형 치수는 약 W310×D190×H220mm다."),
        ("ja", ROBOT, "本体サイズは約幅350mm。"),
        ("en", ROBOT, "The body is about 350 mm wide."),
    ],
)
def test_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr410(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SURGE, "AC output is rated at 1,500 W (3,000 W)."),
        ("en", THRESHOLD, "The vacuum climbs thresholds of 2 cm (0.8 in.)."),
        ("en", BOX, "The body measures 310 × 190 × 220 mm (W × D × H)."),
        ("ja", ROBOT, "本体サイズは幅350mm。"),
    ],
)
def test_left_out(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr410(locale, msgid, msgstr), msgstr
