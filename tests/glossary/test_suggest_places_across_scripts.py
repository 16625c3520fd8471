"""``glossary suggest`` on a trilingual archive: a Korean place the English–Korean pairs
find ('Seoul', '서울') had no Japanese form, though the Japanese pages write it in katakana
('ソウル': its reading, 'souru', is too far from the English spelling for the
English–Japanese pairs); the katakana is now read from the Hangul, syllable for syllable,
as Japanese transcribes Korean. And a dateline written 'TOKYO (December 8, 2026)', as
Japanese companies write it in English, cues its place as 'TOKYO, Dec. 8' did."""

from __future__ import annotations

from prlocalize.glossary.suggest import Candidate, SentencePair, suggest

EN = [
    "The trial will run at Hangyeol Hospital in Seoul and at a lab in Osaka.",
    "Robots will be deployed in Seoul from January.",
]
JA = [
    "実証はソウルのハンギョル病院と大阪のラボで行います。",
    "ロボットは1月からソウルで導入します。",
]
KO = [
    "실증은 서울 한결병원과 오사카의 연구소에서 진행된다.",
    "로봇은 1월부터 서울에서 도입된다.",
]


def _pairs(lang: str, english: list[str], others: list[str]) -> list[SentencePair]:
    return [
        SentencePair("en", en, lang, text, f"{lang}{i}")
        for i, (en, text) in enumerate(zip(english, others, strict=True))
    ]


def _candidates(pairs: list[SentencePair]) -> dict[str, Candidate]:
    return {c.forms["en"]: c for c in suggest(pairs, min_confidence=0.0).candidates}


def test_a_korean_places_katakana_is_found_through_the_hangul() -> None:
    place = _candidates(_pairs("ja", EN, JA) + _pairs("ko", EN, KO))["Seoul"]
    assert place.forms == {"en": "Seoul", "ja": "ソウル", "ko": "서울"}


def test_katakana_that_is_not_the_transcription_is_not_taken() -> None:
    # the Japanese pages name the city in kanji or not at all: no katakana is its form
    ja = [
        "実証は首都のハンギョル病院と大阪のラボで行います。",
        "ロボットは1月からセンターで導入します。",
    ]
    place = _candidates(_pairs("ja", EN, ja) + _pairs("ko", EN, KO))["Seoul"]
    assert "ja" not in place.forms


def test_a_dateline_in_brackets_cues_its_place_in_korean() -> None:
    english = ["TOKYO (December 8, 2026) – Sorano Robotics will begin a trial."]
    korean = ["도쿄(2026년 12월 8일) ― 소라노로보틱스가 실증을 시작한다."]
    place = _candidates(_pairs("ko", english, korean))["Tokyo"]
    assert place.forms == {"en": "Tokyo", "ko": "도쿄"}


BRAND_EN = [
    "Sorano Robotics will begin a joint trial of its Carumi care robot in Seoul.",
    "A total of 30 Carumi robots will be deployed.",
    "Carumi will cost ¥98,000 a month.",
    "Founded in 2019, Sorano employs 142 people in Japan.",
    "Founded by engineers, Sorano makes robots for Japan and Korea.",
]
BRAND_JA = [
    "ソラノ・ロボティクスは、介護ロボット「ケアミ」の共同実証をソウルで始めます。",
    "ケアミを計30台導入します。",
    "ケアミの月額利用料は9万8,000円です。",
    "ソラノは2019年設立で、日本で142人が働いています。",
    "技術者が設立したソラノは、日本と韓国向けのロボットを作っています。",
]
BRAND_KO = [
    "소라노로보틱스는 돌봄 로봇 '케어미'의 공동 실증을 서울에서 시작한다.",
    "케어미 총 30대를 도입한다.",
    "케어미의 월 이용료는 9만8,000엔이다.",
    "2019년 설립된 소라노는 일본에서 142명이 일한다.",
    "기술자들이 설립한 소라노는 일본과 한국을 위한 로봇을 만든다.",
]


def test_a_product_named_in_one_word_is_found_by_co_occurrence() -> None:
    # 'Carumi' reads nothing like 'ケアミ' or '케어미': the pairs it shares with them, and
    # the quotation marks the release introduces the product with, say it is one name
    found = _candidates(_pairs("ja", BRAND_EN, BRAND_JA) + _pairs("ko", BRAND_EN, BRAND_KO))
    assert found["Carumi"].forms == {"en": "Carumi", "ja": "ケアミ", "ko": "케어미"}
    assert found["Carumi"].kind.value == "brand"
    # a sentence's first word, a country, a company's short form: never a brand
    for word in ("Founded", "Japan", "Korea", "Sorano"):
        assert word not in found or found[word].kind.value != "brand"


def test_a_japanese_korean_archive_has_no_english_to_name_brands_by() -> None:
    pairs = [
        SentencePair("ja", ja, "ko", ko, f"jk{i}")
        for i, (ja, ko) in enumerate(zip(BRAND_JA, BRAND_KO, strict=True))
    ]
    assert all("en" not in c.forms for c in suggest(pairs, min_confidence=0.0).candidates)
