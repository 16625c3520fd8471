"""PR410 and the caveat a cosmetics release gives beside a test's result: Japan's
advertising rules ask for 'すべての方に皮膚刺激が起きないというわけではありません' (not
everyone is free of irritation) after 'パッチテスト済み' or '低刺激', and a translator into
Japanese (or Korean: '모든 분에게 피부 자극이 없는 것은 아닙니다') adds it where the source
has none. It negates no claim of the source; a negation added elsewhere still does."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

TESTED_KO = "전 제품은 피부과 테스트를 완료했으며, 피부 자극 테스트에서 저자극 판정을 받았다."
TESTED_EN = "All products have been dermatologically tested."
TESTED_JA = "全製品、パッチテスト済みです。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            TESTED_KO,
            "全製品、皮膚科医によるパッチテスト済みで、皮膚刺激性試験では低刺激性と判定されて"
            "います（すべての方に皮膚刺激が起きないというわけではありません）。",
        ),
        (
            "ja",
            TESTED_EN,
            "全製品、パッチテスト済みです（※全ての方にアレルギーが起こらないということでは"
            "ありません）。",
        ),
        ("ko", TESTED_JA, "전 제품 패치 테스트 완료(모든 분에게 피부 자극이 없는 것은 아닙니다)."),
    ],
)
def test_the_caveat_added_is_no_negation(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TESTED_KO, "全製品、皮膚科テストは実施しておらず、低刺激性の判定も受けていません。"),
        ("ja", "모든 분이 사용할 수 있다.", "すべての方にお使いいただけるわけではありません。"),
    ],
)
def test_a_negation_added_elsewhere_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)
