"""PR404: figures given per country, swapped between the countries in the translation
('9 plants in Japan and 5 plants in South Korea' as '日本の5工場と韓国の9工場'): every
figure is still there, so the figure check saw nothing. A country is read by Babel's
name for it in each language and the short names releases use ('Korea', '한국', '米国');
a clause with one country and one figure pairs them."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PLANTS = "Halvorsen will supply 9 plants in Japan and 5 plants in South Korea."
SPELT = "It supplies nine Tomoe plants in Japan and five plants in Korea."
STORES = "한국 5개, 일본 9개 매장을 연다."
SALES = "Sales in Japan rose 9%, while Korea's fell 5%."


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "each other's country" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PLANTS, "ハルヴォーセンは日本の5工場と韓国の9工場に供給します。"),
        ("ko", PLANTS, "할보르센은 일본 5개 공장, 한국 9개 공장에 공급한다."),
        ("ko", PLANTS, "할보르센은 일본 5개 공장과 한국 9개 공장에 공급한다."),
        ("ja", SPELT, "日本国内の巴精密の5工場と、韓国の9工場に供給しています。"),
        ("en", STORES, "It will open 9 stores in Korea and 5 in Japan."),
        ("ja", SALES, "日本の売上高は5%増加した一方、韓国は9%減少した。"),
    ],
)
def test_figures_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PLANTS, "ハルヴォーセンは日本の9工場と韓国の5工場に供給します。"),
        ("ja", PLANTS, "ハルヴォーセンは韓国の5工場と日本の9工場に供給します。"),
        ("ko", PLANTS, "할보르센은 한국 5개 공장과 일본 9개 공장에 공급한다."),
        ("ko", PLANTS, "할보르센은 일본과 한국에 각각 9개, 5개 공장을 둔다."),
        ("en", STORES, "It will open 5 stores in Korea and 9 in Japan."),
        ("ja", SALES, "日本の売上高は9%増加した一方、韓国は5%減少した。"),
        # a figure changed is the figure check's; one country alone is no pair
        ("ja", PLANTS, "ハルヴォーセンは日本の5工場と韓国の6工場に供給します。"),
        ("ja", "The plant in Japan has 9 lines.", "日本の工場には5本のラインがあります。"),
        # the language, not the country ('韓国語', '한국어')
        (
            "ja",
            "It offers 9 courses in Japan and 5 in Korea.",
            "日本で9講座、韓国語で5講座を提供。",
        ),
    ],
)
def test_figures_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


# a recall's incidents at home and abroad
INCIDENTS = "不具合件数は国内で3件、海外で5件です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ko", INCIDENTS, "결함 건수는 국내 5건, 해외 3건입니다.", "海外"),
        (
            "en",
            "결함은 국내 3건, 해외 5건이다.",
            "There were 5 defects domestically and 3 abroad.",
            "해외",
        ),
    ],
)
def test_figures_at_home_and_abroad_swapped(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert _swapped(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", INCIDENTS, "결함 건수는 국내 3건, 해외 5건입니다."),
        (
            "en",
            "결함은 국내 3건, 해외 5건이다.",
            "There were 3 defects domestically and 5 overseas.",
        ),
    ],
)
def test_figures_at_home_and_abroad_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []
