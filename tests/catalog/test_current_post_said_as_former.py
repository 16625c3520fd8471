"""PR410: a personnel notice's post held now, in brackets after the new one ('（現 常務執行
役員）', '(현 상무)', '(currently …)'), said as one held before ('(formerly …)', '(전 …)',
'（前 …）'), or the other way round, is reported; '現在', '前年同期比' and '(전년 대비 …)'
are no posts."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ROSTER_JA = "取締役 専務執行役員　藤井 直樹（現 常務執行役員 営業本部長）"
ROSTER_EN = (
    "Naoki Fujii, Director and Senior Managing Executive Officer (formerly Executive Officer)"
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            ROSTER_JA,
            "Director and Senior Managing Executive Officer: Naoki Fujii "
            "(formerly Managing Executive Officer, Head of Sales)",
        ),
        ("ko", ROSTER_JA, "이사 겸 전무집행임원 후지이 나오키(전 상무집행임원 영업본부장)"),
        ("ja", ROSTER_EN, "取締役 専務執行役員 藤井 直樹（現 執行役員）"),
    ],
)
def test_post_turned_round(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            ROSTER_JA,
            "Director and Senior Managing Executive Officer: Naoki Fujii "
            "(currently Managing Executive Officer, Head of Sales)",
        ),
        ("ko", ROSTER_JA, "이사 겸 전무집행임원 후지이 나오키(현 상무집행임원 영업본부장)"),
        ("ja", ROSTER_EN, "取締役 専務執行役員 藤井 直樹（前 執行役員）"),
        ("en", "売上高は1,200億円（現在の為替レートで換算）でした。", "Revenue was ¥120 billion."),
        (
            "ko",
            "Revenue was ¥120 billion (currently the highest in the industry).",
            "매출은 1,200억 엔(전년 대비 5% 증가)이었다.",
        ),
    ],
)
def test_post_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
