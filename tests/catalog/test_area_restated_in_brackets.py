"""PR404 on an area restated in brackets in another unit: a Japanese release's
'8,900m²（約2,692坪）' is '8,900 m² (about 95,800 sq ft)' in English and '8,900㎡(약
2,692평)' in Korean. The bracket converts the measurement before it, so a translation
may convert it to its readers' unit (or leave it out, a routine omission); one that
converts it wrongly ('about 105,000 sq ft' for 98,000 m²) is still a changed figure."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SITE = "敷地面積約8,900m²（約2,692坪）、延床面積約98,000m²（約29,645坪）の規模です。"


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "en",
            "A site of approximately 8,900 m² (about 95,800 sq ft) and a gross floor area of "
            "approximately 98,000 m² (about 1.05 million sq ft).",
        ),
        ("ko", "대지면적 약 8,900㎡(약 2,692평), 연면적 약 98,000㎡(약 2만 9,645평) 규모다."),
        (
            "en",
            "A site of approximately 8,900 square meters (2.2 acres) and a gross floor area "
            "of approximately 98,000 square meters.",
        ),
    ],
)
def test_an_area_converted_or_left_out(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, SITE, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "en",
            "A site of approximately 8,900 m² (about 95,800 sq ft) and a gross floor area of "
            "approximately 98,000 m² (about 105,000 sq ft).",
        ),
        ("ko", "대지면적 약 8,900㎡(약 2,692평), 연면적 약 98,000㎡(약 29만 6,450평) 규모다."),
    ],
)
def test_an_area_converted_wrongly(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, SITE, msgstr, with_info=False) == ["PR404"]
