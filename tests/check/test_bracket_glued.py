"""PR302: a bracketed aside glued to the word after it ('(METI)held', '(Nasdaq:
CVTX)announced'), the trace of an edit, as a comma glued to a word is. A word's optional
letters ('(s)he', '(re)launch'), a list's '(1)', a bracket inside a word ('partner(s)')
and a Japanese or Korean bracket, after which no space is set ('(株)ABC', '(주)루멘'),
are left alone."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _found(sentence: str, lang: str = "en") -> list[tuple[str, str | None]]:
    document = parse_text(f"Notice\n\n{sentence}\n", path="r.txt", format="text", lang=lang)
    findings = check_document(document, Glossary([]), None, select_rules(["PR302"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The agency (NEDO)announced a new fund.", [("NEDO)announced", "NEDO) announced")]),
        ("Harbor Line Co. (TSE: 9999)reported profits.", [("9999)reported", "9999) reported")]),
        ("The board (five members)agreed.", [("members)agreed", "members) agreed")]),
    ],
)
def test_a_bracket_glued_to_the_next_word(sentence: str, found: list[tuple[str, str]]) -> None:
    assert _found(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Each applicant must say whether (s)he has a licence.",
        "The (re)launch is planned for May.",
        "The (non)members may attend.",
        "Partner(s)will be named later.",
        "Steps: (1)register, (2)pay.",
        "The ministry (METI) held a meeting.",
    ],
)
def test_a_word_with_brackets_inside_is_no_glued_aside(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_japanese_or_korean_bracket_sets_no_space() -> None:
    assert _found("本日、(株)ABCホールディングスが発表しました。", "ja") == []
    assert _found("(주)ABC가 3일 신제품을 공개했다.", "ko") == []
