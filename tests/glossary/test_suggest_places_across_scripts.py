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
