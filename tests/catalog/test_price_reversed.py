"""PR410 on a price said free where the source says paid, or a tax said left out where
the source includes it (and the other way round): every figure stays, the sum turns."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FREE = "Registration is free but required."
FARES = "Fares start at ¥12,800, including taxes and fees."
REPLACE = "対象製品を無償で交換いたします。"
F2P = "The game is free-to-play with optional in-game purchases."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FREE, "参加は無料ですが事前登録が必要です。"),
        ("ko", REPLACE, "대상 제품을 무상으로 교환한다."),
        ("en", REPLACE, "We will replace the affected products free of charge."),
        ("ja", FARES, "運賃は税金・手数料込みで12,800円からです。"),
        ("ko", FARES, "운임은 세금과 수수료를 포함해 1만 2,800엔부터다."),
        ("en", "유료 좌석 5,000석을 판매한다.", "The 5,000 paid seats will go on sale."),
        # a word of the kind that is no price ('feel free'), a paid dividend
        ("ja", "Feel free to contact us.", "お気軽にお問い合わせください。"),
        # a free-to-play game is a business model, its Korean name 'partly paid'
        ("ko", F2P, "이 게임은 부분 유료 게임으로 인게임 아이템을 구매할 수 있다."),
        ("ko", F2P, "이 게임은 부분유료로 서비스된다."),
        ("ja", F2P, "本作は基本プレイ無料（アイテム課金あり）です。"),
        ("en", "모바일 버전은 부분 유료 게임이다.", "The mobile version is free-to-play."),
    ],
)
def test_the_price_said_the_same_way(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FREE, "参加は有料で事前登録が必要です。"),
        ("ko", REPLACE, "대상 제품을 유상으로 교환한다."),
        ("ja", FARES, "運賃は税金・手数料別で12,800円からです。"),
        ("ko", FARES, "운임은 세금과 수수료 별도로 1만 2,800엔부터다."),
        # the model kept, a price said paid beside it is still one
        ("ko", FREE, "등록은 유료이며 사전 등록이 필요하다."),
        ("en", "참가비는 무료다.", "Admission is paid, unlike our free-to-play titles."),
    ],
)
def test_the_price_turned_around(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR410"]
