"""PR404: a list of prices by the glossary's names (a model's trims: '에센셜 4,650만 원,
투어링 5,120만 원, GT 라인 5,580만 원') whose translation gives two names each other's
price ('51.2 million won for the Essential … 46.5 million won for the Touring'). Every
figure and every name is there, so neither the figures nor the names told it. A list kept,
reordered, or a price paired with no name stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

TRIMS = Glossary(
    [
        Entry(
            "t1",
            Kind.TERM,
            {"en": Term("Essential"), "ko": Term("에센셜"), "ja": Term("エッセンシャル")},
        ),
        Entry(
            "t2", Kind.TERM, {"en": Term("Touring"), "ko": Term("투어링"), "ja": Term("ツーリング")}
        ),
        Entry(
            "t3", Kind.TERM, {"en": Term("GT Line"), "ko": Term("GT 라인"), "ja": Term("GTライン")}
        ),
    ]
)
PRICES = "가격은 에센셜 4,650만 원, 투어링 5,120만 원, GT 라인 5,580만 원이다."
EN = "Prices start at ¥3,980,000 for the Essential and ¥4,450,000 for the Touring."


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=TRIMS)
    return [f.message for f in found if "given to each other" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            PRICES,
            "Prices are 46.5 million won for the Essential, 51.2 million won for the Touring "
            "and 55.8 million won for the GT Line.",
        ),
        (
            "en",
            PRICES,
            "Prices: GT Line 55.8 million won, Touring 51.2 million won, Essential 46.5 "
            "million won.",
        ),
        ("ja", EN, "価格はエッセンシャルが398万円、ツーリングが445万円です。"),
        ("ja", EN, "価格は398万円からです（エッセンシャル、ツーリング）。"),
    ],
)
def test_prices_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            PRICES,
            "Prices are 46.5 million won for the Essential, 55.8 million won for the Touring "
            "and 51.2 million won for the GT Line.",
        ),
        ("ja", EN, "価格はエッセンシャルが445万円、ツーリングが398万円です。"),
        ("ko", EN, "가격은 에센셜 445만 엔, 투어링 398만 엔부터다."),
    ],
)
def test_prices_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr), msgstr
