"""PR404 on a stock listing a translation gives on another exchange or another of its
markets, its code kept ('Nasdaq: QLVR' as 'NYSE：QLVR', '코스피 041720' as 'KOSDAQ：041720',
'東証プライム' as 'Standard'), and on a code with its exchange's suffix first among a
bracket's asides ("(6493.T, 이하 '회사')"): another listing, or a changed code. The same
listing written otherwise ('TYO: 6493', '6493.T', 'KRX' for either Korean market, the
market left unsaid) is no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_EN = "Quillver Robotics, Inc. (Nasdaq: QLVR) today announced a recall of its home robot."
_KO = "세하정밀 주식회사(코스피 041720, 이하 '회사')는 베트남 법인을 설립한다고 밝혔다."
_JA = "篠原化工株式会社（東証プライム：6493、以下「当社」）は商号を変更します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            _EN,
            "クイルバー・ロボティクス（NYSE：QLVR）は本日、家庭用ロボットの回収を発表しました。",
        ),
        ("ko", _EN, "퀼버로보틱스(뉴욕증권거래소: QLVR)는 오늘 가정용 로봇의 리콜을 발표했다."),
        (
            "ja",
            _KO,
            "セハ精密株式会社（KOSDAQ：041720、以下「当社」）はベトナム法人を設立すると発表しました。",
        ),
        ("en", _KO, "Seha Precision Co., Ltd. (KOSDAQ: 041720) will establish a Vietnamese unit."),
        ("en", _JA, "Shinohara Kako Co., Ltd. (TSE Standard: 6493) will change its trade name."),
        ("ko", _JA, "시노하라화공 주식회사(6439.T, 이하 '회사')는 상호를 변경한다."),
    ],
)
def test_another_market_or_a_changed_code_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            _EN,
            "クイルバー・ロボティクス（ナスダック：QLVR）は本日、家庭用ロボットの回収を発表しました。",
        ),
        ("ja", _EN, "クイルバー・ロボティクスは本日、家庭用ロボットの回収を発表しました。"),
        (
            "ja",
            _KO,
            "セハ精密株式会社（KRX：041720、以下「当社」）はベトナム法人を設立すると発表しました。",
        ),
        ("en", _KO, "Seha Precision Co., Ltd. (KOSPI: 041720) will establish a Vietnamese unit."),
        ("en", _JA, "Shinohara Kako Co., Ltd. (TYO: 6493) will change its trade name."),
        ("en", _JA, "Shinohara Kako Co., Ltd. (TSE: 6493) will change its trade name."),
        ("ko", _JA, "시노하라화공 주식회사(6493.T, 이하 '회사')는 상호를 변경한다."),
        (
            "ko",
            _JA,
            "시노하라화공 주식회사(도쿄증권거래소 프라임: 6493, 이하 '회사')는 상호를 변경한다.",
        ),
    ],
)
def test_the_same_listing_written_otherwise_is_no_finding(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


def test_a_dual_listing_kept_in_part_is_no_finding() -> None:
    msgid = "Kagerou Pharma (TSE: 4591/NYSE: KGRO) announced results."
    assert (
        translation_codes(
            "ja", msgid, "カゲロウ製薬（NYSE：KGRO）は決算を発表しました。", with_info=False
        )
        == []
    )
