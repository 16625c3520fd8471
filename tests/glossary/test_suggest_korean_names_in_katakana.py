"""``glossary suggest`` on a trilingual archive (English with Japanese and Korean pages):
a Korean person found in the English–Korean pairs ('Jung Min-ho', '정민호') had no
Japanese form, though the Japanese pages write the name in katakana ('チョン・ミンホ'):
the romanization is too far from the katakana's sound for the English–Japanese pairs,
and UniDic read 'チョン・ミンホ' after a title as one word, with its dot, which no name
reader split. The katakana is now read from the Hangul, and the name cut at its dot."""

from __future__ import annotations

from prlocalize.glossary.model import PersonName
from prlocalize.glossary.suggest import Candidate, SentencePair, match_ja_ko_names, suggest

EN = [
    "Jung Min-ho, CEO of Hanbit, said the plant would open in May.",
    "Hanbit's CEO Jung Min-ho visited Osaka on Monday.",
]
JA = [
    "ハンビットの代表理事 チョン・ミンホは、工場は5月に稼働すると述べました。",
    "ハンビットの代表理事 チョン・ミンホは月曜日、大阪を訪れました。",
]
KO = [
    "정민호 한빛 대표이사는 공장이 5월에 가동된다고 말했다.",
    "정민호 한빛 대표이사는 월요일 오사카를 방문했다.",
]


def _pairs(lang: str, others: list[str]) -> list[SentencePair]:
    return [
        SentencePair("en", en, lang, text, f"{lang}{i}")
        for i, (en, text) in enumerate(zip(EN, others, strict=True))
    ]


def _candidates(pairs: list[SentencePair]) -> dict[str, Candidate]:
    return {c.forms["en"]: c for c in suggest(pairs, min_confidence=0.0).candidates}


def test_a_korean_persons_katakana_is_found_through_the_hangul() -> None:
    person = _candidates(_pairs("ja", JA) + _pairs("ko", KO))["Jung Min-ho"]
    assert person.forms == {"en": "Jung Min-ho", "ja": "チョン・ミンホ", "ko": "정민호"}
    assert person.parts["ja"] == PersonName("ミンホ", "チョン")


def test_without_korean_pages_the_katakana_is_not_guessed_from_the_english() -> None:
    person = _candidates(_pairs("ja", JA)).get("Jung Min-ho")
    assert person is None or "ja" not in person.forms


def test_a_katakana_name_read_as_one_word_is_cut_at_its_dot() -> None:
    found = match_ja_ko_names("代表理事 チョン・ミンホ", "정민호")
    assert [(m.ja, m.ko) for m in found] == [("チョン・ミンホ", "정민호")]
    # another person's Hangul does not take it
    assert match_ja_ko_names("代表理事 チョン・ミンホ", "박서연") == []


def test_a_family_name_of_one_vowel_and_an_h_written_fu() -> None:
    # 이 (Lee) reads as one letter, and katakana writes 훈 as フン: both are one name
    found = match_ja_ko_names("広報チーム 課長 イ・スジン 電話：03-1234-5678", "이수진")
    assert [(m.ja, m.ko) for m in found] == [("イ・スジン", "이수진")]
    found = match_ja_ko_names("最高医療責任者であるパク・チフンは述べました。", "박지훈")
    assert [(m.ja, m.ko) for m in found] == [("パク・チフン", "박지훈")]
    found = match_ja_ko_names("オ・セフン市長は述べた。", "오세훈")
    assert [(m.ja, m.ko) for m in found] == [("オ・セフン", "오세훈")]
    # another person's name, and a Japanese name in Hangul cut after its first syllable
    assert match_ja_ko_names("イ・スジンは述べた。", "이수민") == []
    assert match_ja_ko_names("モリシゲは述べた。", "모리시게") == []
