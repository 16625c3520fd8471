"""``glossary suggest``: a foreign partner named with its own legal form ('Nordvik Aero
AS', 'Halden Marine GmbH') or written in katakana with '社' after it (ノルドヴィク・エアロ社)
reads like a person's two words; it was proposed as a person with name parts. A foreign
person in katakana before a title with '社' in it (ヨハン・ベルグ社長) is still one."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import Candidate, SentencePair, suggest


def _found(rows: list[tuple[str, str]]) -> dict[str, Candidate]:
    pairs = [SentencePair("en", en, "ja", ja, f"r{i}") for i, (en, ja) in enumerate(rows)]
    return {c.forms["en"]: c for c in suggest(pairs, min_confidence=0.0).candidates}


def test_a_company_with_a_foreign_legal_form_is_no_person() -> None:
    rows = [
        (
            "Tsubasa Air will buy six seaplanes from Nordvik Aero AS of Norway.",
            "ツバサ航空は、ノルウェーのノルドヴィク・エアロと水上機6機の購入契約を結びました。",
        ),
        (
            "Nordvik Aero AS will deliver the first aircraft in 2027.",
            "ノルドヴィク・エアロは2027年に1号機を納入します。",
        ),
        (
            "Engineers from Nordvik Aero AS will train 12 pilots.",
            "ノルドヴィク・エアロの技術者が12人のパイロットを訓練します。",
        ),
    ]
    assert "Nordvik Aero" not in _found(rows)


def test_a_name_in_katakana_with_sha_after_it_is_a_company() -> None:
    rows = [
        (
            "Tsubasa Air signed an agreement with Nordvik Aero to buy six seaplanes.",
            "ツバサ航空は、ノルドヴィク・エアロ社と水上機6機の購入契約を結びました。",
        ),
        (
            "Nordvik Aero will deliver the first aircraft in 2027.",
            "ノルドヴィク・エアロ社は2027年に1号機を納入します。",
        ),
        (
            "Engineers from Nordvik Aero will train 12 pilots.",
            "ノルドヴィク・エアロ社の技術者が12人のパイロットを訓練します。",
        ),
    ]
    assert "Nordvik Aero" not in _found(rows)


def test_a_foreign_person_before_a_title_is_still_proposed() -> None:
    rows = [
        (
            "Johan Berg, President of Halden Marine, visited Kagoshima.",
            "ハルデン・マリン社のヨハン・ベルグ社長が鹿児島を訪れました。",
        ),
        (
            "Johan Berg signed the agreement on May 12.",
            "ヨハン・ベルグ社長は5月12日に契約に署名しました。",
        ),
        (
            '"We are proud to work with Tsubasa Air," said Johan Berg.',
            "ヨハン・ベルグ氏は「ツバサ航空と協力できることを誇りに思います」と述べました。",
        ),
    ]
    person = _found(rows)["Johan Berg"]
    assert person.kind is Kind.PERSON
    assert person.forms["ja"] == "ヨハン・ベルグ"
