"""PR404 on an area's unit: square feet, hectares and acres are read as area units
('180㎡' as '180 ft²', '12-hectare' as '12エーカー' are changed), and an area converted
between them ('180㎡' as '1,940 sq ft', a '30-acre' campus as '12헥타르') is said, not
changed, as lengths and weights already were."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

STORE = "매장 면적은 약 180㎡로, 서울 명동 본점과 같은 인테리어로 꾸민다."
SITE = "The 12-hectare site opens in May."
CAMPUS = "The 30-acre campus opens in May."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.code for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", STORE, "The store, of about 180 ft², will share the flagship's interior design."),
        ("en", STORE, "The store, of about 180 square feet, will share its interior design."),
        ("ja", STORE, "店舗面積は約180平方フィートで、明洞本店と同じ内装とします。"),
        ("ja", SITE, "12エーカーの敷地が5月に開業する。"),
        ("ko", CAMPUS, "30헥타르 규모의 캠퍼스가 5월에 문을 연다."),
    ],
)
def test_area_unit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", STORE, "The store, of about 180 m², will share the flagship's interior design."),
        ("en", STORE, "The store, of about 1,940 sq ft, will share its interior design."),
        ("en", STORE, "The store, of about 180 square meters, will share its interior design."),
        ("ja", STORE, "店舗面積は約180㎡で、明洞本店と同じ内装とします。"),
        ("ja", SITE, "12ヘクタールの敷地が5月に開業する。"),
        ("ko", CAMPUS, "12헥타르 규모의 캠퍼스가 5월에 문을 연다."),
        ("en", "敷地面積は5ha。", "The site covers 5 hectares."),
    ],
)
def test_area_kept_or_converted(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


# a farm's yield per are (100 m²), which English gives in square metres or hectares
YIELD = "収穫量は10アール当たり4.8トンです。"


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "The harvest is 4.8 tonnes per 1,000 m²."),
        ("en", "The harvest is 4.8 tonnes per 0.1 hectare."),
        ("en", "The harvest is 4.8 tonnes per 10 ares."),
        ("ko", "수확량은 10아르당 4.8톤이다."),
        ("ko", "수확량은 10a당 4.8톤이다."),
    ],
)
def test_area_in_ares_converted(locale: str, msgstr: str) -> None:
    assert _codes(locale, YIELD, msgstr) == []


def test_area_in_ares_changed() -> None:
    assert _codes("en", YIELD, "The harvest is 4.8 tonnes per 100 m².") == ["PR404"]
