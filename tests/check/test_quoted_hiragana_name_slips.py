"""A glossary name in hiragana quoted whole, as Japanese writes a train's, a ship's or a
product's name ('特急「しおかぜ」'), with one kana's voiced mark dropped or added or a kana
typed small or large ('「しおかせ」', '「はやぷさ」') is a misspelled term (PR102); before,
only katakana words were read. Unquoted hiragana is prose ('しおかせ' may be words of a
sentence), and a kana changed otherwise is another name ('「しおさい」')."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.japanese_term_slips import japanese_term_slip_index

ROWS = (
    (Kind.BRAND, "Shiokaze", "しおかぜ"),
    (Kind.BRAND, "Hayabusa", "はやぶさ"),
    (Kind.BRAND, "Kisha Pass", "きっぷる"),
    (Kind.BRAND, "Shiosai", "しおさい"),
)
GLOSSARY = Glossary(
    [
        Entry(f"e:{i}", kind, {"en": Term(en), "ja": Term(ja)})
        for i, (kind, en, ja) in enumerate(ROWS)
    ]
)


def _slips(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.written, s.approved) for s in japanese_term_slip_index(GLOSSARY).slips(text)]


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("特急「しおかせ」は1日12往復運転します。", [("しおかせ", ("しおかぜ",))]),
        ("新幹線『はやぷさ』が停車します。", [("はやぷさ", ("はやぶさ",))]),
        ("「きつぷる」を発売します。", [("きつぷる", ("きっぷる",))]),
    ],
)
def test_a_quoted_name_slipped(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _slips(text) == slips


@pytest.mark.parametrize(
    "text",
    [
        "特急「しおかぜ」と「しおさい」を増発します。",  # the names as written
        "海からしおかせが吹く。",  # unquoted: words of a sentence
        "「しおかが」は運休です。",  # a kana changed otherwise
        "「しお」の販売",  # shorter than any name
    ],
)
def test_no_slip(text: str) -> None:
    assert _slips(text) == []
