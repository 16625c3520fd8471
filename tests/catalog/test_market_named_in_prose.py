"""PR404 on a market a release names in running text ('유가증권시장 상장사', 'listing on the
Growth Market of the Tokyo Stock Exchange') that the translation names as another market
of the same exchange ('a KOSDAQ-listed company', 'スタンダード市場'): with no code beside
it, no listing was read, and a sheet without the market's every name let it pass."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

KOSPI_KO = "유가증권시장 상장사인 대양제철은 배당 기준일을 6월 30일로 정했다."
GROWTH_EN = "Sakuragawa Pharma has been approved for listing on the Growth Market of the TSE."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KOSPI_KO, "Daeyang Steel, a KOSPI-listed company, set June 30 as its record date."),
        ("ja", GROWTH_EN, "桜川製薬は、東京証券取引所グロース市場への上場承認を受けました。"),
        ("ko", GROWTH_EN, "사쿠라가와제약은 도쿄증권거래소 그로스 시장 상장을 승인받았다."),
        # a move between the markets names both on both sides
        ("ja", "The company moved from KOSDAQ to KOSPI.", "同社はKOSDAQからKOSPIに市場を移した。"),
        # a word that is no market's ('Prime Video', 'growth')
        ("en", "プライム会員向けの成長戦略", "A growth strategy for Prime members on the market"),
    ],
)
def test_the_market_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KOSPI_KO, "Daeyang Steel, a KOSDAQ-listed company, set June 30 as its record date."),
        ("ja", GROWTH_EN, "桜川製薬は、東京証券取引所スタンダード市場への上場承認を受けました。"),
        ("ko", GROWTH_EN, "사쿠라가와제약은 도쿄증권거래소 프라임 시장 상장을 승인받았다."),
    ],
)
def test_another_market_named(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


def test_a_listing_with_its_code_is_reported_once() -> None:
    codes = translation_codes(
        "ja",
        "Hanbit Semicon (KOSDAQ: 214370) will buy back shares.",
        "ハンビットセミコン（KOSPI：214370）は自社株買いを行う。",
    )
    assert codes.count("PR404") == 1


# a market beside a code that is not its own listing's ('証券コード：6925、東証スタンダード市場')
TARGET_JA = (
    "清瀬電機株式会社（証券コード：6925、東証スタンダード市場、以下「対象者」）の株式を取得します。"
)


@pytest.mark.parametrize(
    ("msgstr", "codes"),
    [
        (
            "It will acquire shares of Kiyose Denki (Securities Code: 6925, TSE Standard Market).",
            [],
        ),
        (
            "It will acquire shares of Kiyose Denki (Securities Code: 6925, TSE Prime Market).",
            ["PR404"],
        ),
    ],
)
def test_the_market_beside_a_code_label(msgstr: str, codes: list[str]) -> None:
    assert translation_codes("en", TARGET_JA, msgstr, with_info=False) == codes
