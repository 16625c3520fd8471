"""PR404 and the second quarter counted from the year's start ('第2四半期累計', '2분기
누적'), which is the first half ('上半期', '상반기', 'the first half'): said either way,
it is the same period; the second quarter alone, or the second half, is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SO_FAR_JA = "第2四半期累計期間の営業利益は前年同期比11.2％増の64億円となりました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        ("ko", SO_FAR_JA, "상반기 누적 영업이익은 전년 동기 대비 11.2% 증가한 64억 엔이었다.", []),
        ("ko", "上半期の営業利益は64億円でした。", "2분기 누적 영업이익은 64억 엔이었다.", []),
        (
            "ko",
            SO_FAR_JA,
            "하반기 누적 영업이익은 전년 동기 대비 11.2% 증가한 64억 엔이었다.",
            ["PR404"],
        ),
        (
            "ko",
            "第2四半期の営業利益は64億円でした。",
            "상반기 영업이익은 64억 엔이었다.",
            ["PR404"],
        ),
    ],
)
def test_the_first_half_so_far(locale: str, msgid: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == codes
