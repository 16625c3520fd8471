"""PR410: a recall's remedy that inspects the part and replaces it only where it is
affected ('ロット番号を点検し、対象ロットの場合は交換します', '점검하고 필요시 교환', 'inspect
… and replace it if necessary') said as a plain replacement ('will replace the
inflator'): every vehicle's part reads as replaced. A translation that names the
inspection or a check in any words, and a source that only replaces, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LOT_JA = "全車両、インフレータのロット番号を点検し、対象ロットの場合は良品と交換します。"
BOLTS_KO = "전 차량의 브레이크 호스 고정 볼트를 점검하고 필요시 신품으로 교환합니다."
BELT_EN = "Dealers will inspect the seat belt buckle and replace it if necessary."


def _inspection(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR410" and "Inspection" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", LOT_JA, "Dealers will replace the inflator on all vehicles with a new one.", "点検"),
        ("ko", LOT_JA, "전 차량을 대상으로 인플레이터를 신품으로 교환합니다.", "点検"),
        ("ja", BOLTS_KO, "全車両のブレーキホース固定ボルトを新品に交換します。", "점검"),
        ("en", BOLTS_KO, "The brake hose bolts on all vehicles will be replaced.", "점검"),
        ("ja", BELT_EN, "販売会社にてシートベルトのバックルを交換します。", "inspect"),
        ("ko", BELT_EN, "판매점에서 안전벨트 버클을 교체합니다.", "inspect"),
    ],
)
def test_the_inspection_dropped_is_reported(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert _inspection(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            LOT_JA,
            "On all vehicles, dealers will inspect the inflator's lot number and, if it "
            "belongs to an affected lot, replace the inflator with a new one.",
        ),
        ("en", LOT_JA, "Dealers will check the lot number and replace affected inflators."),
        (
            "ko",
            LOT_JA,
            "전 차량의 인플레이터 로트 번호를 확인하고, 대상 로트인 경우 신품으로 교환합니다.",
        ),
        ("ja", BOLTS_KO, "全車両のボルトを点検し、必要に応じて新品と交換します。"),
        ("ja", BELT_EN, "販売会社でシートベルトのバックルを検査し、必要な場合は交換します。"),
        # replacement parts are no replacement ('交換用部品'), nor is an approval an inspection
        (
            "en",
            "交換用部品はメーカーが確認したものを使用します。",
            "The replacement parts will be ones the manufacturer has approved.",
        ),
        (
            "ko",
            "Replacement parts are checked before shipping.",
            "교체용 부품은 출하 전에 확인합니다.",
        ),
        # the source only replaces, or does not replace at all
        ("en", "全車両、インフレータを良品と交換します。", "The inflator will be replaced."),
        ("ko", "Dealers will inspect the wiring harness.", "판매점에서 배선을 점검합니다."),
    ],
)
def test_the_inspection_kept_is_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _inspection(locale, msgid, msgstr) == []
