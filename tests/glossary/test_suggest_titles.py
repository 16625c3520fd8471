"""``glossary suggest``: titles by co-occurrence, as an archive names them. 'Chief
Financial Officer' is a title whatever its function word (before, 'Financial' made it
none), its acronym 'CFO' counts as the same title (a variant), a person's name beside the
title in every pair is not the title (before, 'CFO' went with 나카무라 and 'President and
CEO' with 陽翔), and a phrase's pairs are counted in each language apart."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import Candidate, SentencePair, suggest

CFO = [
    ("Yui Nakamura was appointed Chief Financial Officer (CFO).", "ja",
     "中村 結衣を最高財務責任者（CFO）に選任しました。"),
    ("Notice of Appointment of Chief Financial Officer", "ja",
     "最高財務責任者の就任に関するお知らせ"),
    ("\u201cSales grew,\u201d said Yui Nakamura, CFO.", "ja",
     "最高財務責任者の中村 結衣は「売上が伸びました」と述べています。"),
    ("\u201cDemand is strong,\u201d said Yui Nakamura, CFO.", "ja",
     "最高財務責任者の中村 結衣は「需要は堅調です」と述べています。"),
    ("\u201cWe are on track,\u201d said Yui Nakamura, CFO.", "ko",
     "나카무라 유이 최고재무책임자는 \"순조롭다\"고 말했다."),
    ("\u201cWe hit a record,\u201d said Yui Nakamura, CFO.", "ko",
     "나카무라 유이 최고재무책임자는 \"최대 매출\"이라고 말했다."),
    ("Yui Nakamura remains Chief Financial Officer (CFO).", "ko",
     "나카무라 유이는 최고재무책임자(CFO)를 맡는다."),
]  # fmt: skip


def _titles(rows: list[tuple[str, str, str]]) -> dict[str, Candidate]:
    pairs = [SentencePair("en", en, lang, text, f"r{i}") for i, (en, lang, text) in enumerate(rows)]
    found = suggest(pairs, min_confidence=0.5).candidates
    return {c.forms["en"]: c for c in found if c.kind is Kind.TITLE}


def test_a_chief_officer_title_and_its_acronym_are_one_title() -> None:
    titles = _titles(CFO)
    cfo = titles["Chief Financial Officer"]
    assert cfo.forms == {
        "en": "Chief Financial Officer",
        "ja": "最高財務責任者",
        "ko": "최고재무책임자",
    }
    assert cfo.variants["en"] == ["CFO"]
    assert "CFO" not in titles  # folded into the title it stands for


def test_the_name_beside_a_title_is_not_the_title() -> None:
    rows = [
        ("Haruto Takahashi, President and CEO, said so.", "ja",
         "代表取締役社長の高橋 陽翔はそう述べました。"),
        ("\u201cWe grew,\u201d said Haruto Takahashi, President and CEO.", "ja",
         "代表取締役社長の高橋 陽翔は「成長しました」と述べました。"),
        ("\u201cThanks,\u201d said Haruto Takahashi, President and CEO.", "ja",
         "代表取締役社長の高橋 陽翔は「感謝します」と述べました。"),
    ]  # fmt: skip
    assert _titles(rows)["President and CEO"].forms["ja"] == "代表取締役社長"


def test_an_acronym_two_titles_share_stands_for_neither() -> None:
    rows = [
        ("Ann Lee is Chief Financial Officer and Chris Fox is Chief Fun Officer.", "ja",
         "最高財務責任者と最高楽しみ責任者。"),
        ("Ann Lee, CFO, spoke.", "ja", "最高財務責任者が述べた。"),
        ("Chris Fox, CFO, spoke.", "ja", "最高楽しみ責任者が述べた。"),
    ]  # fmt: skip
    for candidate in _titles(rows).values():
        assert "CFO" not in candidate.variants.get("en", [])
