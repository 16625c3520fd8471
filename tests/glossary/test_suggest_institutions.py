"""``glossary suggest``: an institution named without a legal form, by the word its name
ends in ('Dasom Fire Insurance', 'Otaru Kaigan Hospital', 'Kirishima Prefectural
Museum'), is an organisation: proposed from the pairs that name it (its words translated:
다솜화재보험) or from one pair where it is read out (小樽海岸病院). 'Hospital' was in the
heads a name is read without, but no phrase ending in it was taken for a name."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import Candidate, SentencePair, suggest

INSURER = [
    (
        "Dasom Fire Insurance will cover flood damage to farm machinery from July.",
        "다솜화재보험은 7월부터 농기계 침수 피해를 보상한다.",
    ),
    (
        "Dasom Fire Insurance has 2.1 million policyholders.",
        "다솜화재보험의 가입자는 210만 명이다.",
    ),
    (
        "Yoon Ha-neul, CEO of Dasom Fire Insurance, said claims would be paid in ten days.",
        "윤하늘 다솜화재보험 대표는 보험금을 열흘 안에 지급하겠다고 말했다.",
    ),
]


def _found(rows: list[tuple[str, str]], lang: str) -> dict[str, Candidate]:
    pairs = [SentencePair("en", en, lang, other, f"r{i}") for i, (en, other) in enumerate(rows)]
    return {c.forms["en"]: c for c in suggest(pairs).candidates}


def test_an_insurer_named_in_three_pairs_is_proposed() -> None:
    found = _found(INSURER, "ko")
    insurer = found["Dasom Fire Insurance"]
    assert insurer.kind is Kind.ORG
    assert insurer.forms["ko"] == "다솜화재보험"


def test_a_hospital_read_out_in_one_pair_is_proposed() -> None:
    rows = [
        (
            "Otaru Kaigan Hospital will open a stroke unit with 24 beds in April.",
            "小樽海岸病院は、4月に24床の脳卒中ケアユニットを開設します。",
        )
    ]
    hospital = _found(rows, "ja")["Otaru Kaigan Hospital"]
    assert hospital.kind is Kind.ORG
    assert hospital.forms["ja"] == "小樽海岸病院"


def test_an_insurer_named_once_is_not_proposed_from_its_words() -> None:
    """One pair cannot tell which Korean words are the name: nothing is proposed."""
    assert "Dasom Fire Insurance" not in _found(INSURER[:1], "ko")
