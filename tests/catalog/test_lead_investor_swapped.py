"""PR401: a funding round's lead given to a co-investor in the translation ('led by Kurobe
Ventures, with participation from Aster Bridge Capital' as 'アスター・ブリッジ・キャピタルを
リード投資家とし、黒部ベンチャーズ…が参加') is reported: every investor's approved form is
there, so nothing else saw it. The lead kept, a round co-led by two bodies given in
another order, and a lead the source does not say stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _org(key: str, en: str, ja: str, ko: str) -> Entry:
    return Entry(f"org:{key}", Kind.ORG, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _org("kurobe", "Kurobe Ventures", "黒部ベンチャーズ", "구로베벤처스"),
        _org(
            "aster", "Aster Bridge Capital", "アスター・ブリッジ・キャピタル", "애스터브리지캐피탈"
        ),
        _org("dongbaek", "Dongbaek Partners", "トンベク・パートナーズ", "동백파트너스"),
    ]
)
LED_EN = (
    "The JPY 1.8 billion Series B round was led by Kurobe Ventures, with participation from "
    "Aster Bridge Capital and Dongbaek Partners."
)
LED_JA = (
    "本ラウンドは黒部ベンチャーズがリードし、アスター・ブリッジ・キャピタル、トンベク・"
    "パートナーズが参加しました。"
)
LED_KO = "이번 투자는 동백파트너스가 주도하고 구로베벤처스와 애스터브리지캐피탈이 참여했다."
CO_LED_EN = "The round was co-led by Kurobe Ventures and Aster Bridge Capital."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr, glossary=GLOSSARY, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            LED_EN,
            "アスター・ブリッジ・キャピタルをリード投資家とし、黒部ベンチャーズおよびトンベク・"
            "パートナーズが参加するシリーズBラウンドで18億円を調達しました。",
        ),
        (
            "en",
            LED_JA,
            "The round was led by Aster Bridge Capital, with participation from Kurobe "
            "Ventures and Dongbaek Partners.",
        ),
        (
            "en",
            LED_KO,
            "The round was led by Kurobe Ventures, with Dongbaek Partners and Aster Bridge "
            "Capital participating.",
        ),
    ],
)
def test_lead_given_to_a_co_investor(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" in _codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            LED_EN,
            "黒部ベンチャーズをリード投資家とし、アスター・ブリッジ・キャピタルおよびトンベク・"
            "パートナーズが参加するシリーズBラウンドで18億円を調達しました。",
        ),
        (
            "en",
            LED_JA,
            "Kurobe Ventures led the round, joined by Aster Bridge Capital and Dongbaek Partners.",
        ),
        (
            "en",
            LED_KO,
            "The round was led by Dongbaek Partners, with participation from Kurobe Ventures "
            "and Aster Bridge Capital.",
        ),
        # co-leads in the other order
        (
            "ja",
            CO_LED_EN,
            "本ラウンドは、アスター・ブリッジ・キャピタルと黒部ベンチャーズが共同でリードしました。",
        ),
        ("ko", CO_LED_EN, "이번 라운드는 애스터브리지캐피탈과 구로베벤처스가 공동 주도했다."),
        # no lead in the source
        (
            "ja",
            "Kurobe Ventures and Aster Bridge Capital invested in the round.",
            "本ラウンドには黒部ベンチャーズがリードし、アスター・ブリッジ・キャピタルが参加しました。",
        ),
    ],
)
def test_lead_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" not in _codes(locale, msgid, msgstr)


HOLDER_EN = (
    "After the allotment, Kurobe Ventures will become the largest shareholder, and Aster "
    "Bridge Capital the second largest."
)


@pytest.mark.parametrize(
    ("locale", "msgstr", "reported"),
    [
        (
            "ja",
            "割当後、アスター・ブリッジ・キャピタルが筆頭株主となり、黒部ベンチャーズが第2位株主と"
            "なります。",
            True,
        ),
        (
            "ko",
            "배정 후 애스터브리지캐피탈이 최대주주가 되고, 구로베벤처스가 2대 주주가 된다.",
            True,
        ),
        (
            "ja",
            "割当後、黒部ベンチャーズが筆頭株主となり、アスター・ブリッジ・キャピタルが第2位株主と"
            "なります。",
            False,
        ),
        (
            "ko",
            "배정 후 구로베벤처스가 최대주주가 되고, 애스터브리지캐피탈이 2대 주주가 된다.",
            False,
        ),
        # the company held between the holder and its holding
        (
            "ja",
            "割当後、アスター・ブリッジ・キャピタルがトンベク・パートナーズの筆頭株主となり、"
            "黒部ベンチャーズが第2位株主となります。",
            True,
        ),
        (
            "ko",
            "배정 후 구로베벤처스가 동백파트너스의 최대주주가 되고, 애스터브리지캐피탈이 2대 "
            "주주가 된다.",
            False,
        ),
    ],
)
def test_largest_shareholder(locale: str, msgstr: str, reported: bool) -> None:
    assert ("PR401" in _codes(locale, HOLDER_EN, msgstr)) is reported
