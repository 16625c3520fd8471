"""PR404 on a discount said in percent on one side and as a sum on the other ('20% off'
as '20円引き', '20% 할인' as '20,000원 할인'): the same figure, so it fitted; and on half
price ('半額', '반값', 'half price'), which is 50% off and was no figure, so '50円引き'
for it went unreported and '50% off' for it was reported as a changed number. A yen
discount and a percent one, each kept, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

EN = "From July 1 to July 14, all iced drinks will be 20% off."
HALF = "Buy one cheese tart and get the second at half price."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "7月1日から7月14日まで、アイスドリンク全品を20%オフでご提供します。"),
        ("ko", EN, "7월 1일부터 7월 14일까지 아이스 음료 전 품목을 20% 할인한다."),
        ("ja", HALF, "チーズタルトは、2個目が半額になります。"),
        ("ja", "The second cheese tart is 50% off.", "チーズタルトは、2個目が半額です。"),
        ("en", "ホットドリンク全品を半額でご提供します。", "All hot drinks will be half price."),
        ("en", "ホットドリンク全品を半額でご提供します。", "All hot drinks will be 50% off."),
        (
            "en",
            "정상가 3,000원 제품을 반값인 1,500원에 판매한다.",
            "The product, regularly KRW 3,000, will sell at half price for KRW 1,500.",
        ),
        (
            "ja",
            "A ¥100-off coupon and 10% off all pastries.",
            "100円引きクーポンと、ペストリー全品10%引きの特典。",
        ),
    ],
)
def test_discount_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "7月1日から7月14日まで、アイスドリンク全品を20円引きでご提供します。"),
        ("ko", EN, "7월 1일부터 7월 14일까지 아이스 음료 전 품목을 20원 할인한다."),
        ("ja", HALF, "チーズタルトは、2個目が50円引きになります。"),
        ("en", "ホットドリンク全品を半額でご提供します。", "All hot drinks will be ¥50 off."),
    ],
)
def test_discount_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


def test_message_names_percent_and_currency() -> None:
    msgstr = "7月1日から7月14日まで、アイスドリンク全品を20円引きでご提供します。"
    (finding,) = translation_findings("ja", EN, msgstr)
    assert "'20 (percent)'" in finding.message
    assert "'20 (yen)'" in finding.message
