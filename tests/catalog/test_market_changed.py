"""PR404: a country or region of the source given as another in the translation
('北米および韓国で販売した車両' as 'vehicles sold in North America and Europe', '북미와
중국'): a recall's overseas markets, a plant's country. A name said by its adjective
('Korean'), by another of its names ('대한민국', 'the U.S.'), a country added beside the
source's, or one dropped with none in its place stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

MARKETS_JA = "北米および韓国で販売した車両約27,000台についても、同様の措置を実施します。"
PLANT_KO = "이 부품은 베트남 공장에서 생산됩니다."
SALES_EN = "The model is also sold in Europe and Australia."


def _markets(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "Country or region" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", MARKETS_JA, "About 27,000 vehicles sold in North America and Europe will "
         "receive the same remedy.", "Europe"),
        ("ko", MARKETS_JA, "북미와 중국에서 판매된 차량 약 27,000대도 동일한 조치를 실시합니다.",
         "중국"),
        ("ja", PLANT_KO, "この部品はタイ工場で生産されます。", "タイ"),
        ("en", PLANT_KO, "The part is made at the plant in Indonesia.", "Indonesia"),
        ("ja", SALES_EN, "同モデルは欧州とニュージーランドでも販売されています。",
         "ニュージーランド"),
        ("ko", SALES_EN, "이 모델은 아시아와 호주에서도 판매됩니다.", "아시아"),
        (
            "ja",
            "The company is recalling vehicles sold in Japan, South Korea and Taiwan.",
            "同社は日本、韓国、香港で販売した車両をリコールします。",
            "香港",
        ),
    ],
)  # fmt: skip
def test_a_market_changed_is_reported(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _markets(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", MARKETS_JA, "About 27,000 vehicles sold in North America and South Korea will "
         "receive the same remedy."),
        ("en", MARKETS_JA, "The same remedy applies to about 27,000 vehicles sold in the "
         "North American and Korean markets."),
        ("ko", MARKETS_JA, "북미와 한국에서 판매된 차량 약 27,000대도 동일한 조치를 실시합니다."),
        ("ko", MARKETS_JA, "북미 및 대한민국에서 판매된 약 27,000대에도 같은 조치를 합니다."),
        ("en", PLANT_KO, "The part is made at the company's Vietnamese plant."),
        ("ja", SALES_EN, "同モデルはヨーロッパとオーストラリアでも販売されています。"),
        ("ko", SALES_EN, "이 모델은 유럽과 호주에서도 판매됩니다."),
        ("ko", "香港と台湾で販売した車両が対象です。", "홍콩과 대만에서 판매된 차량이 대상입니다."),
        ("en", "香港と台湾で販売した車両が対象です。", "Vehicles sold in Hong Kong and Taiwan."),
        # a country added beside the source's, or one dropped with none in its place
        ("en", "国内と韓国で販売しています。", "It is sold in Japan and South Korea."),
        ("en", "日本と米国で販売しています。", "It is sold domestically and in the U.S."),
        # two names changed at once is a rewrite, not this slip
        ("en", "韓国と台湾で販売します。", "It will go on sale in China and Singapore."),
    ],
)  # fmt: skip
def test_the_markets_kept_are_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _markets(locale, msgid, msgstr) == []
