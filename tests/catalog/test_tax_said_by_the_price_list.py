"""PR404 on a price whose tax a translation states against the release's price list: a
list's heading says it once for all its prices ('출시 제품 및 가격(일본 판매가는 세금 포함)',
'価格はすべて税込です'), and its lines give bare amounts ('크림 50g: 일본 3850엔'). A
translation that labels a line's amount the other way ('税抜3,850円', '¥3,850 before tax')
changes the price; one that labels it as the heading says, or not at all, stays silent,
as does a release whose notes on tax disagree or say nothing."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Glossary

HEADING = (
    "출시 제품 및 가격(일본 판매가는 세금 포함)",
    "発売商品・価格（日本での価格はすべて税込）",
)
HEADING_EN = (
    "출시 제품 및 가격(일본 판매가는 세금 포함)",
    "Products and Prices (Japanese prices include tax)",
)
LINE = "세라마이드 배리어 크림 50g: 국내 3만5000원 / 일본 3850엔"


def _tax(locale: str, entries: list[tuple[str, str]]) -> list[str]:
    found = catalog_findings(locale, entries, glossary=Glossary([]))
    return [f.message for f in found if f.code == "PR404" and "tax" in f.message]


@pytest.mark.parametrize(
    ("locale", "heading", "msgstr"),
    [
        (
            "ja",
            HEADING,
            "Ceramide Barrier Cream（50g）：韓国価格35,000ウォン／日本価格 税抜3,850円",
        ),
        ("en", HEADING_EN, "Ceramide Barrier Cream, 50 g: KRW 35,000 in Korea / ¥3,850 before tax"),
    ],
)
def test_a_price_labelled_against_the_list(
    locale: str, heading: tuple[str, str], msgstr: str
) -> None:
    assert len(_tax(locale, [heading, (LINE, msgstr)])) == 1


@pytest.mark.parametrize(
    ("locale", "entries"),
    [
        (
            "ja",
            [
                HEADING,
                (LINE, "Ceramide Barrier Cream（50g）：韓国価格35,000ウォン／日本価格 税込3,850円"),
            ],
        ),
        ("en", [HEADING_EN, (LINE, "Ceramide Barrier Cream, 50 g: KRW 35,000 / ¥3,850")]),
        # no note on tax: the line's label is the translator's
        (
            "ja",
            [(LINE, "Ceramide Barrier Cream（50g）：韓国価格35,000ウォン／日本価格 税抜3,850円")],
        ),
        # notes that disagree say nothing for all prices
        (
            "ja",
            [
                HEADING,
                ("법인 고객용 가격은 부가세 별도", "法人向け価格は税抜です"),
                (LINE, "Ceramide Barrier Cream（50g）：日本価格 税抜3,850円"),
            ],
        ),
    ],
)
def test_silent(locale: str, entries: list[tuple[str, str]]) -> None:
    assert _tax(locale, entries) == []
