"""PR404 on the period of the year before named as such ('in the third quarter of fiscal
2025' as '前年同期', '전년 동기'): the translation says that period, not another one. A
period given in its place ('第2四半期') is still compared."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LOSS = (
    "Operating loss was $12.3 million, compared with $25.8 million"
    " in the third quarter of fiscal 2025."
)


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "営業損失は1,230万ドルとなり、前年同期の2,580万ドルから縮小しました。"),
        ("ko", "영업손실은 1,230만 달러로 전년 동기 2,580만 달러에서 줄었다."),
    ],
)
def test_period_said_as_the_year_before(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, LOSS, msgstr) == []


def test_other_period_in_its_place_still_reported() -> None:
    msgstr = (
        "営業損失は1,230万ドルとなり、前年同期（2025年度第2四半期）の2,580万ドルから縮小しました。"
    )
    assert "PR404" in translation_codes("ja", LOSS, msgstr)
