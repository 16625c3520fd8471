"""``glossary suggest``: a title written beside a person's name on both sides ('said Mayor
Haruki Tomioka' beside '富岡春樹市長は', '도미오카 하루키 시장은') is proposed with its
forms when the pairs of each language agree. Glued to the name, the title was no span
co-occurrence could count (spans that hold a name are left out), so a city's 'Mayor'
quoted in every release was never proposed. A title of an organisation ('…, CEO of
Dasom Fire Insurance') is not taken: Korean writes the company between the name and the
title ('윤하늘 다솜화재보험 대표')."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import Candidate, SentencePair, suggest

MAYOR = [
    (
        '"Night buses make the city safer," said Mayor Ryota Kanzaki.',
        "神崎亮太市長は「夜間バスは街をより安全にします」と述べました。",
        '간자키 료타 시장은 "야간버스는 도시를 더 안전하게 만든다"고 말했습니다.',
    ),
    (
        "Mayor Ryota Kanzaki opened the new bridge on May 3.",
        "神崎亮太市長は5月3日、新しい橋を開通させました。",
        "간자키 료타 시장은 5월 3일 새 다리를 개통했습니다.",
    ),
    (
        '"The library belongs to every resident," said Mayor Ryota Kanzaki.',
        "神崎亮太市長は「図書館はすべての市民のものです」と述べました。",
        '간자키 료타 시장은 "도서관은 모든 시민의 것"이라고 말했습니다.',
    ),
]

INSURER = [
    (
        "Dasom Fire Insurance will cover flood damage to farm machinery from July.",
        "다솜화재보험은 7월부터 농기계 침수 피해를 보상한다.",
    ),
    (
        '"Claims will be paid in ten days," said Yoon Ha-neul, CEO of Dasom Fire Insurance.',
        '윤하늘 다솜화재보험 대표는 "보험금은 열흘 안에 지급된다"고 말했다.',
    ),
    (
        '"Farmers need cover before the rainy season," said Yoon Ha-neul, CEO of Dasom Fire '
        "Insurance.",
        '윤하늘 다솜화재보험 대표는 "농민에게는 장마 전에 보장이 필요하다"고 말했다.',
    ),
]


def _pairs(rows: list[tuple[str, ...]], langs: tuple[str, ...]) -> list[SentencePair]:
    return [
        SentencePair("en", row[0], lang, other, f"r{i}.{lang}")
        for i, row in enumerate(rows)
        for lang, other in zip(langs, row[1:], strict=True)
    ]


def _found(pairs: list[SentencePair], **options: float) -> dict[str, Candidate]:
    return {c.forms["en"]: c for c in suggest(pairs, **options).candidates}


def test_a_title_beside_a_name_in_three_releases_is_proposed() -> None:
    found = _found(_pairs(MAYOR, ("ja", "ko")))
    mayor = found["Mayor"]
    assert mayor.kind is Kind.TITLE
    assert mayor.forms == {"en": "Mayor", "ja": "市長", "ko": "시장"}
    assert found["Ryota Kanzaki"].forms["ja"] == "神崎亮太"  # the person still


def test_one_pair_of_each_language_is_not_enough() -> None:
    found = _found(_pairs(MAYOR[:1], ("ja", "ko")))
    assert "Mayor" not in found
    low = _found(_pairs(MAYOR[:1], ("ja", "ko")), min_confidence=0.2)
    assert low["Mayor"].forms["ja"] == "市長"  # shown to a reviewer who asks for more


def test_the_company_between_a_name_and_its_title_is_no_title() -> None:
    found = _found(_pairs(INSURER, ("ko",)), min_confidence=0.2)
    assert all(c.forms.get("ko") != "다솜화재보험" or c.kind is Kind.ORG for c in found.values())
    assert "CEO" not in found or found["CEO"].forms.get("ko") != "다솜화재보험"


def test_an_honorific_after_a_name_is_no_title() -> None:
    rows = [
        (
            f"Ryota Kanzaki, Mayor, visited the port on May {day}.",
            f"神崎亮太氏は5月{day}日、港を視察しました。",
        )
        for day in (3, 4, 5)
    ]
    found = _found(_pairs(rows, ("ja",)), min_confidence=0.2)
    assert all(c.forms.get("ja") != "氏" for c in found.values())


def test_a_title_of_several_words_before_a_name() -> None:
    rows = [
        (
            f'"We will keep growing," said President and CEO Kenji Tsukino on May {day}.',
            f"月野健二代表取締役社長は5月{day}日、「成長を続けます」と述べました。",
        )
        for day in (3, 4, 5)
    ]
    found = _found(_pairs(rows, ("ja",)))
    assert found["President and CEO"].forms["ja"] == "代表取締役社長"
