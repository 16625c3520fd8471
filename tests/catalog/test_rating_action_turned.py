"""PR404 on a rating action or an outlook the translation gives as another: an upgrade
said as a downgrade ('upgraded … from A- to A' as '…A-からAに格下げ', '상향' as
'downgraded'), a rating affirmed said as raised, an outlook 'stable' as 'positive'
('見通しは「安定的」' as 'a positive outlook', "전망은 '안정적'" as 'negative'), or moved
the other way round ('from stable to positive' as 'to stable from positive'). The ratings
themselves stay, so rating_changes saw nothing, though investors read the move."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

UP_EN = (
    "Harbor Ratings has upgraded Sakuragi Life's insurer financial strength rating from A to A+."
)
UP_JA = "ハーバー・レーティングスは、桜木生命の保険財務力格付けをAからA+に格上げしました。"
UP_KO = "하버레이팅스는 사쿠라기생명의 보험금지급능력 평가등급을 A에서 A+로 상향 조정했다."
OUTLOOK_EN = "The outlook is stable."
OUTLOOK_JA = "見通しは「安定的」です。"
OUTLOOK_KO = "등급 전망은 '안정적'이다."
MOVED_JA = "格付けの見通しは「安定的」から「ポジティブ」に変更されました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", UP_EN, UP_JA),
        ("ko", UP_EN, UP_KO),
        ("en", UP_JA, "Harbor Ratings upgraded Sakuragi Life's rating from A to A+."),
        ("ja", OUTLOOK_EN, OUTLOOK_JA),
        ("ko", OUTLOOK_EN, OUTLOOK_KO),
        ("en", OUTLOOK_KO, "The rating outlook is stable."),
        # an affirmation with the outlook raised: both said on both sides
        (
            "en",
            "한결신용평가는 등급을 'AA-'로 유지하고, 등급 전망을 '안정적'에서 '긍정적'으로 "
            "상향했다.",
            "Hangyeol Credit Rating affirmed the AA- rating and revised the outlook from "
            "stable to positive.",
        ),
        # 'operating' names no rating; an earnings outlook said without a kind word
        (
            "ja",
            "Operating profit was downgraded by analysts.",
            "営業利益の予想はアナリストにより引き下げられた。",
        ),
        ("en", "業績見通しは安定的です。", "The earnings outlook is steady."),
        # an outlook moved, said in either order in English
        ("en", MOVED_JA, "The outlook on the rating was revised to positive from stable."),
        ("en", MOVED_JA, "The outlook was revised from stable to positive."),
    ],
)
def test_the_action_and_outlook_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            UP_EN,
            "ハーバー・レーティングスは、桜木生命の保険財務力格付けをAからA+に格下げしました。",
        ),
        (
            "ko",
            UP_EN,
            "하버레이팅스는 사쿠라기생명의 보험금지급능력 평가등급을 A에서 A+로 하향 조정했다.",
        ),
        ("en", UP_JA, "Harbor Ratings downgraded Sakuragi Life's rating from A to A+."),
        ("en", UP_KO, "Harbor Ratings affirmed Sakuragi Life's rating at A+."),
        ("ja", OUTLOOK_EN, "見通しは「ポジティブ」です。"),
        ("ko", OUTLOOK_EN, "등급 전망은 '긍정적'이다."),
        ("en", OUTLOOK_JA, "The outlook is negative."),
        ("en", MOVED_JA, "The outlook on the rating was revised to stable from positive."),
        (
            "ko",
            "The outlook was revised to positive from stable.",
            "등급 전망은 '긍정적'에서 '안정적'으로 변경됐다.",
        ),
    ],
)
def test_an_action_or_outlook_turned_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
