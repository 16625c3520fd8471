"""PR404: a holding in percent ('19.8% of the voting rights') that the translation gives in
percentage points ('19.8ポイント', '19.8%포인트') is reported although the sentence speaks of
shares or anything 'corporate'; only a rate named by its figure ('the operating margin
improved 1.3%', 'a 0.4% rise in the jobless rate') may be said in points, as English
gives a rate's change in percent loosely."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HOLDING = (
    "Tsukimi Partners holds 2,150,000 shares of Hamanaka Foods, representing 12.6% of the "
    "voting rights."
)
GROWTH = "Corporate sales rose 4.7% from the previous year."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            HOLDING,
            "月見パートナーズは浜中食品の株式215万株（議決権所有割合12.6ポイント）を保有しています。",
        ),
        (
            "ko",
            HOLDING,
            "쓰키미파트너스는 하마나카식품 주식 215만 주(의결권 비율 12.6%포인트)를 보유하고 있다.",
        ),
        ("ja", GROWTH, "全社売上高は前年比4.7ポイント増加しました。"),
    ],
)
def test_percent_given_in_points(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            HOLDING,
            "月見パートナーズは浜中食品の株式215万株（議決権所有割合12.6％）を保有しています。",
        ),
        (
            "ko",
            HOLDING,
            "쓰키미파트너스는 하마나카식품 주식 215만 주(의결권 비율 12.6%)를 보유하고 있다.",
        ),
        (
            "ko",
            "The data showed a 0.4% rise in the jobless rate.",
            "자료에 따르면 실업률은 0.4%p 상승했다.",
        ),
        (
            "ja",
            "Its market share, at 31.5%, rose 2.4% on the year.",
            "同社の市場シェアは31.5%で、前年から2.4ポイント上昇しました。",
        ),
    ],
)
def test_points_for_a_rate_or_percent_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)
