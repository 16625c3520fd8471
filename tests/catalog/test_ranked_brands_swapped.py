"""PR404 on a survey's ranking whose translation gives two brands each other's places
('ソレイス・モーターズが1位、キリヤ食品が2位、ホシウォレットが3位' as 'Kiriya Foods third and
Hoshi Wallet second'), each other's shares given in brackets ('호시월렛'(28.6%)과
'미라이카드'(12.3%)' as 'Mirai Card (28.6%) and Hoshi Wallet (12.3%)'), or a brand another
place said in words ('Hoshi Wallet third' as '호시월렛이 4위'). Every figure and every name
is in the translation, so neither the figure check nor the name check saw it; a place in
words ('second') is no figure at all. Rankings kept in any order, a streak ('second
consecutive year') and places said 'respectively' stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _brand(key: str, en: str, ja: str, ko: str) -> Entry:
    return Entry(key, Kind.BRAND, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _brand("tsubame", "Tsubame Pay", "ツバメペイ", "쓰바메페이"),
        _brand("kaede", "Kaede Wallet", "カエデウォレット", "가에데월렛"),
        _brand("nagi", "Nagi Card", "ナギカード", "나기카드"),
    ]
)
PLACES_EN = "In the ranking, Tsubame Pay placed first, Kaede Wallet second and Nagi Card third."
SHARES_KO = (
    "'쓰바메페이'가 41.2%로 가장 많았고, '가에데월렛'(28.6%)과 '나기카드'(12.3%)가 뒤를 이었다."
)
PLACES_JA = "2位は「カエデウォレット」（24.1%）、3位は「ナギカード」（15.7%）でした。"


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=GLOSSARY)
    return [f.message for f in found if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "said"),
    [
        (
            "ja",
            PLACES_EN,
            "ランキングでは、ツバメペイが1位、カエデウォレットが3位、ナギカードが2位となりました。",
            "given the other way round",
        ),
        (
            "en",
            SHARES_KO,
            "Tsubame Pay led at 41.2%, followed by Nagi Card (28.6%) and Kaede Wallet (12.3%).",
            "given the other way round",
        ),
        (
            "en",
            PLACES_JA,
            "Nagi Card came second (24.1%), followed by Kaede Wallet in third (15.7%).",
            "given the other way round",
        ),
        (
            "ko",
            PLACES_EN,
            "순위에서는 쓰바메페이가 1위, 가에데월렛이 2위, 나기카드가 4위를 차지했다.",
            "Place 'third' of 'Nagi Card' in the source given as '4위'",
        ),
    ],
)
def test_brands_given_other_places(locale: str, msgid: str, msgstr: str, said: str) -> None:
    found = _pr404(locale, msgid, msgstr)
    assert len(found) == 1
    assert said in found[0]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            PLACES_EN,
            "ランキングでは、ツバメペイが1位、カエデウォレットが2位、ナギカードが3位となりました。",
        ),
        ("ko", PLACES_EN, "순위에서는 나기카드가 3위, 쓰바메페이가 1위, 가에데월렛이 2위였다."),
        (
            "en",
            SHARES_KO,
            "Tsubame Pay led at 41.2%, followed by Kaede Wallet (28.6%) and Nagi Card (12.3%).",
        ),
        (
            "en",
            PLACES_JA,
            "Kaede Wallet came second (24.1%), followed by Nagi Card in third (15.7%).",
        ),
        # a streak is no place, nor is a survey's order
        (
            "ja",
            "Tsubame Pay ranked first for the second consecutive year, ahead of Kaede Wallet.",
            "ツバメペイが2年連続で1位となり、カエデウォレットを上回りました。",
        ),
        (
            "ko",
            "Tsubame Pay and Kaede Wallet ranked first and second respectively.",
            "쓰바메페이와 가에데월렛이 각각 1위와 2위를 차지했다.",
        ),
        (
            "ko",
            "Kaede Wallet came third (15.7%), behind Tsubame Pay.",
            "가에데월렛은 3위(15.7%)로 쓰바메페이에 뒤졌다.",
        ),
    ],
)
def test_ranking_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


def test_share_with_a_zero_decimal_is_no_place() -> None:
    # '41.0' is a whole number by value: it was read as a place, and its text broke the read
    msgid = "20代では「カエデウォレット」が1位（41.0%）、「ツバメペイ」が2位（35.2%）でした。"
    msgstr = (
        "Among people in their 20s, Kaede Wallet came first (41.0%) and Tsubame Pay second (35.2%)."
    )
    assert _pr404("en", msgid, msgstr) == []
    msgstr = (
        "Among people in their 20s, Tsubame Pay came first (41.0%) and Kaede Wallet second (35.2%)."
    )
    assert len(_pr404("en", msgid, msgstr)) == 1
