"""PR404 on a change in percent that the translation gives in percentage points ('up
18.9%' as '18.9%p 증가', '12.5％のプレミアム' as '12.5%p의 프리미엄'), the reverse of a
change in points given in percent. A rate's change, which English often gives in percent
where it means points, and points a shop gives back ('5%ポイント還元') are not judged."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

PROFIT = "Operating profit at Minase Textiles rose 18.9% to ¥4.2 billion."
PREMIUM = "買付価格は、前営業日の終値に12.5％のプレミアムを加えた価格です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", PROFIT, "미나세텍스타일의 영업이익은 18.9%p 증가한 42억 엔이었다."),
        ("ko", PREMIUM, "매수 가격은 직전 영업일 종가에 12.5%p의 프리미엄을 더한 가격이다."),
    ],
)
def test_percent_given_in_points(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", PROFIT, "미나세텍스타일의 영업이익은 18.9% 증가한 42억 엔이었다."),
        ("ko", PREMIUM, "매수 가격은 직전 영업일 종가에 12.5%의 프리미엄을 더한 가격이다."),
        # a margin's change, loosely in percent in the source, rightly in points
        (
            "ko",
            "The operating margin improved 1.3% to 9.1%.",
            "영업이익률은 1.3%p 개선된 9.1%를 기록했다.",
        ),
        (
            "ja",
            "Members get 5% back on every purchase.",
            "会員は毎回のお買い物で5%ポイント還元を受けられます。",
        ),
    ],
)
def test_percent_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
