"""PR404 on a change measured against another period in the translation: 'year on year'
as '前四半期比' (quarter on quarter), '전년 동기 대비' as 'quarter on quarter', '전년 말
대비' as 'from the end of the previous quarter'. The figures are the same; the result is
not. A basis the translation leaves unsaid, or says besides the source's, is not judged."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SALES = "Orders at Tsubaki Marine rose 6.3% year on year to ¥84.2 billion."
SALES_KO = "쓰바키마린의 수주액은 전년 동기 대비 6.3% 증가한 842억 엔이었다."
DEBT = "순차입금 비율은 9월 말 기준 41.5%로 전년 말 대비 2.2%p 낮아졌다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SALES, "椿マリンの受注高は前年同期比6.3％増の842億円となりました。"),
        ("ja", SALES, "椿マリンの受注高は842億円（6.3％増）となりました。"),
        ("ko", SALES, "쓰바키마린의 수주액은 전년보다 6.3% 늘어난 842억 엔이었다."),
        ("en", SALES_KO, "Tsubaki Marine's orders rose 6.3% from a year earlier to ¥84.2 billion."),
        (
            "en",
            DEBT,
            "The net debt ratio was 41.5% at the end of September, down 2.2 percentage "
            "points from the end of the previous year.",
        ),
        (
            "ja",
            DEBT,
            "ネット有利子負債比率は9月末時点で41.5％となり、前年末比2.2ポイント低下した。",
        ),
        # every quarter of the year ('전 분기'), no comparison
        (
            "ko",
            "Tsubaki Marine was profitable in every quarter, up 4% year on year.",
            "쓰바키마린은 올해 전 분기 흑자를 냈으며, 이익은 전년 동기 대비 4% 늘었다.",
        ),
    ],
)
def test_the_same_basis(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SALES, "椿マリンの受注高は前四半期比6.3％増の842億円となりました。"),
        ("ko", SALES, "쓰바키마린의 수주액은 전 분기 대비 6.3% 늘어난 842억 엔이었다."),
        ("en", SALES_KO, "Tsubaki Marine's orders rose 6.3% quarter on quarter to ¥84.2 billion."),
        (
            "en",
            DEBT,
            "The net debt ratio was 41.5% at the end of September, down 2.2 percentage "
            "points from the end of the previous quarter.",
        ),
        ("ja", "Retail sales rose 1.1% month on month.", "小売売上高は前年同月比1.1％増加した。"),
    ],
)
def test_another_basis(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
