"""PR410 on a nutrient claimed at none ('糖類ゼロ', 'zero sugar', '무설탕') said as claimed
at less in the translation ('low sugar', '저당', '糖質オフ'), or the other way round: the two
claims are regulated apart and neither has a figure. Another wording of the same level
('sugar-free' for 'zero sugar', '無糖', '제로 슈거'), a sentence claiming both levels, and
'당' that is 'per' ('100ml당 0.5g') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

JA = "100mlあたり：エネルギー8kcal、糖類ゼロ"
EN = "The new Kiri Soda has zero sugar and 8 kcal per 100 ml."
KO = "신제품은 저당 요거트로, 100g당 당류 4g이다."
BOTH = "It has zero sugar and is low in calories."


def _claims(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR410" and f.message.startswith("Claim")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", JA, "Per 100 ml: energy 8 kcal, low sugar", "'low sugar'"),
        ("ko", JA, "100ml당 열량 8kcal, 저당", "'저당'"),
        ("ja", EN, "新「キリソーダ」は糖質オフで、100mlあたり8kcalです。", "'糖質オフ'"),
        ("ko", EN, "신제품 키리 소다는 당을 줄인 제품으로 100ml당 8kcal이다.", "'당을 줄인'"),
        ("en", KO, "The new yogurt is sugar-free, with 4 g of sugars per 100 g.", "'sugar-free'"),
        ("ja", KO, "新製品は無糖ヨーグルトで、100gあたり糖類4gです。", "'無糖'"),
    ],
)
def test_claim_level_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _claims(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "Per 100 ml: energy 8 kcal, zero sugar"),
        ("en", JA, "Per 100 ml: 8 kcal; sugar-free"),
        ("ko", JA, "100ml당 열량 8kcal, 제로 슈거"),
        ("ko", JA, "100ml당 열량 8kcal, 당류 0g"),
        ("ja", EN, "新「キリソーダ」は糖類ゼロ、100mlあたり8kcalです。"),
        ("ja", EN, "新「キリソーダ」はシュガーレスで、100mlあたり8kcalです。"),
        ("en", KO, "The new yogurt is low in sugar, with 4 g of sugars per 100 g."),
        ("en", KO, "The new yogurt has reduced sugar: 4 g per 100 g."),
        ("ja", KO, "新製品は低糖ヨーグルトで、100gあたり糖類4gです。"),
        ("ja", BOTH, "低カロリーで糖類ゼロです。"),
        ("ko", BOTH, "칼로리가 낮고 무설탕이다."),
        # '당' of 'per', and no claim at all on one side
        ("en", "100ml당 당류 0.5g, 나트륨 10mg", "Per 100 ml: sugars 0.5 g, sodium 10 mg"),
        ("en", JA, "Per 100 ml: energy 8 kcal"),
    ],
)
def test_claim_level_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _claims(locale, msgid, msgstr) == []
