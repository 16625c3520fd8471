"""PR410: a negative word the translation has for the source's own word of delisting,
withdrawing or cancelling ('上場廃止', '상장 폐지', '撤回') or for its bound below a figure
('2％未満', '2% 미만', 'less than 2%') no longer hides a negation the translation drops
('will not be delisted' as '上場廃止となる'); a translation that keeps the negation, or
says it as its opposite ('上場は維持される'), is not reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NOT_DELISTED = "Hoshizora Foods' shares will not be delisted after the tender offer."
NO_WITHDRAWAL = "The Company will not withdraw its full-year dividend forecast."
BELOW_KO = "안전성 문제는 확인되지 않았으며, 투약 중단 비율은 3% 미만이었다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NOT_DELISTED, "本公開買付け後、ほしぞら食品の株式は上場廃止となる予定です。"),
        ("ko", NOT_DELISTED, "공개매수 후 호시조라식품 주식은 상장 폐지될 예정이다."),
        ("ko", NO_WITHDRAWAL, "회사는 연간 배당 전망을 철회한다."),
        ("ja", BELOW_KO, "安全性の問題が確認され、投与中止の割合は3%未満でした。"),
        (
            "en",
            BELOW_KO,
            "Safety issues were identified, and fewer than 3% of patients stopped treatment.",
        ),
    ],
)
def test_negation_dropped_beside_the_sources_own_word(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NOT_DELISTED, "本公開買付け後も、ほしぞら食品の株式の上場は維持される予定です。"),
        (
            "ja",
            NOT_DELISTED,
            "本公開買付け後、ほしぞら食品の株式が上場廃止となる予定はありません。",
        ),
        ("ko", NOT_DELISTED, "공개매수 후에도 호시조라식품 주식의 상장은 유지된다."),
        ("ko", NO_WITHDRAWAL, "회사는 연간 배당 전망을 철회하지 않는다."),
        ("ja", BELOW_KO, "安全性の問題は確認されず、投与中止の割合は3%未満でした。"),
        (
            "en",
            BELOW_KO,
            "No safety issues were identified, and fewer than 3% of patients stopped treatment.",
        ),
    ],
)
def test_negation_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
