"""``glossary suggest``: a product named like a person ('Hoshi Arm Mini', ホシアーム ミニ,
호시암 미니 read alike) is proposed as a brand, not a person: a product is written as a
thing (quoted alone in Japanese or Korean, after an article in English), a person never."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import SentencePair, suggest

PRODUCT = [
    ("The Kirara Arm Mini weighs 9 kg.", "ja", "「キララアーム ミニ」は重さ9kgです。"),
    ("It fits the Kirara Arm Mini.", "ja", "「キララアーム ミニ」に取り付けられます。"),
    ("Sales of Kirara Arm Mini rose.", "ko", "'키라라암 미니' 판매가 늘었다."),
    ("Kirara Arm Mini ships in May.", "ko", "키라라암 미니는 5월에 출하된다."),
]
PERSON = [
    ("Yui Nakamura joined in 2018.", "ja", "中村 結衣は2018年に入社しました。"),
    ("\u201cWe grew,\u201d said Yui Nakamura.", "ja", "中村 結衣は「成長しました」と述べた。"),
]


def _suggest(rows: list[tuple[str, str, str]]) -> dict[str, tuple[Kind, dict[str, str], set[str]]]:
    pairs = [SentencePair("en", en, lang, text, f"r{i}") for i, (en, lang, text) in enumerate(rows)]
    return {c.forms["en"]: (c.kind, c.forms, set(c.parts)) for c in suggest(pairs).candidates}


def test_a_product_read_like_a_name_is_a_brand() -> None:
    found = _suggest(PRODUCT + PERSON)
    kind, forms, parts = found["Kirara Arm Mini"]
    assert kind is Kind.BRAND and not parts
    assert forms == {"en": "Kirara Arm Mini", "ja": "キララアーム ミニ", "ko": "키라라암 미니"}
    assert found["Yui Nakamura"][0] is Kind.PERSON


def test_a_person_quoted_in_a_sentence_is_still_a_person() -> None:
    """A quotation that holds a name among other words is speech, not a product."""
    rows = [
        ("\u201cYui Nakamura is our CFO,\u201d he said.", "ja", "「中村 結衣はCFOです」と述べた。"),
        ("Yui Nakamura joined in 2018.", "ja", "中村 結衣は2018年に入社しました。"),
    ]
    assert _suggest(rows)["Yui Nakamura"][0] is Kind.PERSON


def test_the_first_words_of_a_quoted_product_are_no_person() -> None:
    """'Nami Sparkling Lime' and '나미 스파클링 라임': the first two words read alike (the
    last do not), and inside the quotation they are part of the product's name."""
    rows = [
        ("Nami Sparkling Lime goes on sale in May.", "ko", "'나미 스파클링 라임'이 5월 출시된다."),
        ("Sales of Nami Sparkling Lime doubled.", "ko", "'나미 스파클링 라임' 판매가 늘었다."),
        ("Nami Sparkling Lime costs 1,500 won.", "ko", "'나미 스파클링 라임'은 1500원이다."),
    ]
    assert not [c for c in _suggest(rows + PERSON) if c.startswith("Nami")]
