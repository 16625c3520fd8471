"""PR404: a spec sheet's figures given to each other's label in the translation: a car's
width and height ('1,880 mm wide and 1,620 mm tall' as '全幅1,620mm、全高1,880mm'), a
range's city and highway figures, two test cycles' ranges ('612 km in WLTC mode … 330
miles on the EPA cycle' as 'EPA 기준 612km, WLTC 모드 기준 330마일'), the dates orders open
and deliveries start. Every figure is still there, so the figures matched. Each figure is
paired with the label nearest it in its clause; every label kept, another order of the
same pairs and a label only one side names stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SIZE = "The Ririka is 4,690 mm long, 1,880 mm wide and 1,620 mm tall, with a 2,850 mm wheelbase."
RANGE = "The Ririka G travels up to 612 km in WLTC mode, and up to 330 miles on the EPA cycle."
CITY = "1회 충전 주행거리는 복합 기준 532km(도심 571km, 고속도로 484km)다."
DATES = "Orders open on March 10, 2027, and deliveries begin on April 15, 2027."


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "given to each other" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SIZE, "全長4,690mm、全幅1,880mm、全高1,620mm、ホイールベース2,850mm。"),
        ("ko", SIZE, "전고 1,620mm, 전폭 1,880mm, 전장 4,690mm, 휠베이스 2,850mm다."),
        ("ja", SIZE, "ボディサイズは4,690×1,880×1,620mm、ホイールベースは2,850mm。"),
        ("ja", RANGE, "一充電走行距離はWLTCモードで最大612km、EPAモードで最大330マイル。"),
        ("ko", RANGE, "EPA 기준 최대 330마일, WLTC 모드 기준 최대 612km를 달린다."),
        ("en", CITY, "Its combined range is 532 km (571 km city, 484 km highway)."),
        ("en", CITY, "Its combined range is 532 km (city: 571 km; highway: 484 km)."),
        ("ja", DATES, "受注は2027年3月10日に開始し、納車は2027年4月15日から始まります。"),
        ("ko", DATES, "인도는 2027년 4월 15일, 주문은 2027년 3월 10일에 시작된다."),
        ("ja", DATES, "2027年3月10日に受注を開始し、2027年4月15日から納車します。"),
    ],
)
def test_labels_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", SIZE, "全長4,690mm、全幅1,620mm、全高1,880mm、ホイールベース2,850mm。", "1,620"),
        ("ko", SIZE, "전장 2,850mm, 전폭 1,880mm, 전고 1,620mm, 휠베이스 4,690mm다.", "2,850"),
        ("ko", RANGE, "EPA 기준 최대 612km, WLTC 모드 기준 최대 330마일을 달린다.", "330"),
        ("en", CITY, "Its combined range is 532 km (484 km city, 571 km highway).", "484"),
        ("ja", DATES, "受注は2027年4月15日に開始し、納車は2027年3月10日から。", "4月15日"),
        ("ko", DATES, "주문은 2027년 4월 15일부터 받으며, 인도는 2027년 3월 10일 시작.", "4월"),
    ],
)
def test_labels_swapped(locale: str, msgid: str, msgstr: str, found: str) -> None:
    found_texts = [
        f.found
        for f in translation_findings(locale, msgid, msgstr)
        if "given to each other" in f.message
    ]
    assert any(found in (text or "") for text in found_texts), found_texts
