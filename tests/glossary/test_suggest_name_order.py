"""``glossary suggest``: the Japanese names of modern readings UniDic does not know (陽翔
Haruto, cut into 陽 + 翔), and the order of a name written in two words of Hangul or
katakana, whose order a name read from its script (kanji, a Korean name) says: Korean
writes a Japanese person's name family name first (나카무라 유이)."""

from __future__ import annotations

from prlocalize.glossary.model import PersonName
from prlocalize.glossary.suggest import Candidate, SentencePair, suggest

HARUTO = [
    (
        "Haruto Takahashi, President and CEO, spoke.",
        "ja",
        "社長の高橋 陽翔が述べました。",
    ),
    ("Haruto Takahashi opened the plant.", "ja", "高橋 陽翔は工場を開所しました。"),
    (
        "\u201cWe grew,\u201d said Haruto Takahashi.",
        "ja",
        "高橋 陽翔は「成長した」と述べた。",
    ),
]


def _candidates(rows: list[tuple[str, str, str]], **options: float) -> dict[str, Candidate]:
    pairs = [SentencePair("en", en, lang, text, f"r{i}") for i, (en, lang, text) in enumerate(rows)]
    return {c.forms["en"]: c for c in suggest(pairs, **options).candidates}


def test_a_given_name_of_a_modern_reading_is_read_from_several_pairs() -> None:
    found = _candidates(HARUTO)["Haruto Takahashi"]
    assert found.forms["ja"] == "高橋 陽翔"
    assert found.parts["ja"] == PersonName("陽翔", "高橋")
    assert found.parts["en"] == PersonName("Haruto", "Takahashi")


def test_one_pair_is_not_enough_for_a_name_read_by_its_family_name_alone() -> None:
    assert "Haruto Takahashi" not in _candidates(HARUTO[:1])
    assert "Haruto Takahashi" in _candidates(HARUTO[:1], min_confidence=0.3)


def test_a_family_name_before_a_title_or_unspaced_is_no_full_name() -> None:
    rows = [
        ("Haruto Takahashi spoke.", "ja", "高橋社長が述べました。"),
        ("Haruto Takahashi spoke.", "ja", "高橋部長が述べました。"),
        ("Haruto Takahashi spoke.", "ja", "高橋陽翔が述べました。"),
    ]
    assert "Haruto Takahashi" not in _candidates(rows, min_confidence=0.0)


def test_a_japanese_name_in_hangul_is_family_name_first() -> None:
    rows = [
        ("Yui Nakamura joined in 2018.", "ja", "中村 結衣は2018年に入社しました。"),
        ("Yui Nakamura spoke.", "ko", "나카무라 유이 최고재무책임자가 말했다."),
        ("Yui Nakamura joined in 2018.", "ko", "나카무라 유이는 2018년에 입사했다."),
    ]
    found = _candidates(rows)["Yui Nakamura"]
    assert found.parts["ko"] == PersonName("유이", "나카무라")
    assert found.parts["en"] == PersonName("Yui", "Nakamura")


def test_a_western_name_in_katakana_stays_given_name_first() -> None:
    rows = [
        ("John Smith, CTO, presented.", "ja", "ジョン・スミスCTOが発表しました。"),
        ("John Smith joined.", "ja", "ジョン・スミスが入社しました。"),
    ]
    assert _candidates(rows)["John Smith"].parts["ja"] == PersonName("ジョン", "スミス")
