"""PR404 on a food's list of allergens that the translation gives with an item fewer
('アレルギー物質：乳成分・大豆・もも' as 'Allergens: milk and soybeans'): no figure changes,
so the figure check passed. The list kept, an item spelt out in two ('乳成分' as 'milk and
milk products'), what brackets say of an item, and '、' ending a clause before the list
stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

JA = "アレルギー物質（特定原材料等28品目中）：乳成分・大豆・もも"
KO = "알레르기 유발 성분: 밀·우유·대두·계란 함유"
EN = "Allergens: wheat, milk and soybeans."
JA_CLAUSE = "特定原材料（8品目）のうち、乳・小麦を含みます。"


def _allergens(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR404" and "llergen" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "Allergens (of the 28 specified items): milk and soybeans"),
        ("ko", JA, "알레르기 유발 성분(28개 품목 중): 우유·대두"),
        ("en", KO, "Allergens: contains wheat, milk and eggs"),
        ("ja", KO, "アレルギー物質：小麦・乳・卵"),
        ("ja", EN, "アレルギー物質：小麦・乳"),
        ("ko", EN, "알레르기 유발 성분: 밀"),
        ("en", JA_CLAUSE, "Contains milk (of the 8 specified allergens)."),
    ],
)
def test_allergen_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_allergens(locale, msgid, msgstr)) == 1


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "Allergens (of the 28 specified items): milk, soybeans and peach"),
        ("en", JA, "Allergens: milk (dairy), soybeans, peach"),
        ("ko", JA, "알레르기 유발 성분(28개 품목 중): 우유·대두·복숭아"),
        ("en", KO, "Allergens: wheat, milk (including lactose), soybeans and eggs"),
        ("ja", KO, "アレルギー物質：小麦、乳、大豆、卵"),
        ("ja", EN, "アレルギー物質：小麦・乳成分・乳製品・大豆"),
        ("en", JA_CLAUSE, "Contains milk and wheat (of the 8 specified allergens)."),
        # a translation that gives no list by a label is not read
        ("en", JA, "It is made with milk."),
    ],
)
def test_allergens_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _allergens(locale, msgid, msgstr) == []
