"""PR404: an amount in trillions or billions written with a decimal ('KRW 12.45 trillion',
'1.2조', '12.45兆') is the source's amount rounded to the digits it is written with, as
official English versions of Korean and Japanese results give '12조 4,530억 원'; it is no
changed figure. One beyond that rounding ('12.54 trillion', '0.98 trillion', '1.3조'), or a
whole number that drops the rest ('KRW 1 trillion' for '1조 2,080억 원'), is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

REVENUE_KO = "한빛화학의 2분기 매출액은 12조 4,530억 원, 영업이익은 1조 2,080억 원이었다."
PROFIT_KO = "순이익은 8,920억 원으로 집계됐다."
PROFIT_JA = "営業利益は1兆1,980億円となった。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            REVENUE_KO,
            "Hanbit Chemical's Q2 revenue: KRW 12.45 trillion; operating profit KRW 1.21 trillion.",
        ),
        (
            "en",
            REVENUE_KO,
            "Hanbit Chemical's Q2 revenue: KRW 12.45 trillion; operating profit KRW 1.2 trillion.",
        ),
        ("en", PROFIT_KO, "Net profit came to KRW 0.89 trillion."),
        ("ko", PROFIT_JA, "영업이익은 1.2조 엔을 기록했다."),
        ("en", PROFIT_JA, "Operating profit was ¥1.2 trillion."),
        ("ja", "Revenue was KRW 12.45 trillion.", "売上高は12兆4,500億ウォンだった。"),
    ],
)
def test_rounded(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            REVENUE_KO,
            "Hanbit Chemical's Q2 revenue: KRW 12.54 trillion; operating profit KRW 1.21 trillion.",
        ),
        (
            "en",
            REVENUE_KO,
            "Hanbit Chemical's Q2 revenue: KRW 12.45 trillion; operating profit KRW 1 trillion.",
        ),
        ("en", PROFIT_KO, "Net profit came to KRW 0.98 trillion."),
        ("ko", PROFIT_JA, "영업이익은 1.3조 엔을 기록했다."),
        ("ja", "Revenue was KRW 12.45 trillion.", "売上高は12兆5,400億ウォンだった。"),
    ],
)
def test_beyond_rounding(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
