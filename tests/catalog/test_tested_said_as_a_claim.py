"""PR410 on a product's test said as an endorsement: 'dermatologically tested' ('피부과
테스트 완료', '皮膚科医によるパッチテスト済み') is a fact about a test; a translation that
says the product is recommended, approved or proven safe by dermatologists ('皮膚科医が
推奨', '피부과 전문의 추천') makes a claim the source does not. The test said in any of the
ways translators say it (a patch test for a dermatological one in Japanese) stays
silent; a test word elsewhere in the sentence does not say the doctor's test."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TESTED_KO = "전 제품은 피부과 테스트를 완료했다."
BOTH_KO = "전 제품은 피부과 테스트를 완료했으며, 피부 자극 테스트에서 저자극 판정을 받았다."


def _claims(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR410" and "Test '" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", TESTED_KO, "All products have been dermatologically tested."),
        ("en", TESTED_KO, "All products have been tested by dermatologists."),
        ("en", TESTED_KO, "All products have undergone dermatological testing."),
        ("ja", TESTED_KO, "全製品、皮膚科医によるパッチテスト済みです。"),
        ("ja", TESTED_KO, "全製品、皮膚科テスト済みです。"),
        ("ko", "Dermatologist tested.", "피부과 테스트 완료."),
        ("en", "全製品パッチテスト済みです。", "All products are patch tested."),
        (
            "en",
            BOTH_KO,
            "All products have been dermatologically tested and were rated low-irritant in a "
            "skin irritation test.",
        ),
    ],
)
def test_the_test_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _claims(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", TESTED_KO, "All products are recommended by dermatologists."),
        ("en", TESTED_KO, "All products are dermatologist-approved."),
        ("ja", TESTED_KO, "全製品、皮膚科医が推奨する製品です。"),
        ("ko", "Dermatologically tested.", "피부과 전문의가 추천한 제품."),
        (
            "en",
            BOTH_KO,
            "All products have been proven safe for sensitive skin by dermatologists and were "
            "rated low-irritant in a skin irritation test.",
        ),
    ],
)
def test_the_test_made_a_claim(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_claims(locale, msgid, msgstr)) == 1
