"""``glossary suggest`` on the archive of a Korean release of a launch in Japan, with its
Japanese and English pages: the Japanese places the Korean pages write as Korean
transcribes Japanese ('긴자', 'ginja', for Ginza; '후쿠오카에도', 'hukuoka' of four
syllables and two particles), the second place of 'in Ginza, Tokyo', and a given name in
hiragana ('水野あかりさん', which UniDic reads as a common noun) are found; a company named by
its trade ('Lumiel Cosmetics', read like a person's two words in katakana) or a department
store, possessive or not ('Hoshino Department Store's Ginza store'), is an organisation;
a store's or a brand's name of three capitalised words ('Lumiel House Tokyo') is no
person's, while a name before a contact line's 'Tel' still is."""

from __future__ import annotations

import functools

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import Candidate, SentencePair, suggest

KO_EN = [
    (
        "루미엘은 일본 도쿄 긴자의 호시노백화점 긴자점에 팝업스토어를 연다.",
        "Lumiel will open a pop-up store at Hoshino Department Store's Ginza store in "
        "Ginza, Tokyo.",
    ),
    ("루미엘은 후쿠오카에도 매장을 연다.", "Lumiel will also open a store in Fukuoka."),
    (
        "루미엘 코스메틱은 ‘루미엘 하우스 도쿄’를 운영한다.",
        "Lumiel Cosmetics will run Lumiel House Tokyo.",
    ),
    (
        "일본 일러스트레이터 미즈노 아카리가 디자인했다.",
        "It was designed by Japanese illustrator Akari Mizuno.",
    ),
    ("문의: 홍보팀 정다은 전화: 02-6111-0718", "Contact: Jeong Da-eun Tel: +82-2-6111-0718"),
]
JA_EN = [
    (
        "ルミエルは東京・銀座の星野百貨店銀座店にポップアップストアを開きます。",
        "Lumiel will open a pop-up store at Hoshino Department Store's Ginza store in "
        "Ginza, Tokyo.",
    ),
    (
        "ルミエル・コスメティックは「ルミエル・ハウス東京」を運営します。",
        "Lumiel Cosmetics will run Lumiel House Tokyo.",
    ),
    (
        "日本のイラストレーター・水野あかりさんがデザインしました。",
        "It was designed by Japanese illustrator Akari Mizuno.",
    ),
]


@functools.cache
def _candidates() -> dict[str, Candidate]:
    pairs = [SentencePair("ko", ko, "en", en, f"ko{i}") for i, (ko, en) in enumerate(KO_EN)]
    pairs += [SentencePair("ja", ja, "en", en, f"ja{i}") for i, (ja, en) in enumerate(JA_EN)]
    return {c.forms["en"]: c for c in suggest(pairs, min_confidence=0.0).candidates}


def test_japanese_places_as_korean_writes_them() -> None:
    found = _candidates()
    assert found["Ginza"].forms == {"en": "Ginza", "ja": "銀座", "ko": "긴자"}
    assert found["Tokyo"].forms["ko"] == "도쿄"
    assert found["Fukuoka"].forms["ko"] == "후쿠오카"


def test_a_given_name_in_hiragana() -> None:
    person = _candidates()["Akari Mizuno"]
    assert person.forms == {"en": "Akari Mizuno", "ja": "水野あかり", "ko": "미즈노 아카리"}


def test_companies_by_their_trade_and_a_department_store() -> None:
    found = _candidates()
    assert found["Lumiel Cosmetics"].kind is Kind.ORG
    store = found["Hoshino Department Store"]
    assert (store.kind, store.forms["ja"]) == (Kind.ORG, "星野百貨店")


def test_a_longer_capitalised_name_is_no_persons() -> None:
    found = _candidates()
    persons = {en for en, c in found.items() if c.kind is Kind.PERSON}
    assert not persons & {"Lumiel House", "House Tokyo"}
    assert "Jeong Da-eun" in persons


def test_a_name_after_a_sentences_first_word() -> None:
    pairs = [
        SentencePair("ko", ko, "en", en, f"p{i}")
        for i, (ko, en) in enumerate(
            [
                ("어제 한지수 대표는 도쿄를 방문했다.", "Yesterday Han Ji-su visited Tokyo."),
                ("한지수 대표가 이후 서울로 돌아갔다.", "Later Han Ji-su returned to Seoul."),
            ]
        )
    ]
    found = {c.forms["en"] for c in suggest(pairs, min_confidence=0.0).candidates}
    assert "Han Ji-su" in found
