"""PR201: a Japanese or Korean honorific left after a name in an English release
('Haruto Kiyosawa 氏 (Toto University)', 'Seo Yun-ah 님 (tech writer)') is a fragment of
the source even where a bracket follows it: the bracket says who the person is and is
no reading of the honorific, as '花 (hana)' is of its word."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _found(sentence: str) -> list[str]:
    document = parse_text(f"Programme\n\n{sentence}\n", path="r.txt", format="text", lang="en")
    findings = check_document(document, Glossary([]), None, select_rules(["PR201"]))
    return [f.found for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Panelists: Jiwoo Han and Haruto Kiyosawa 氏 (Toto University)", ["氏"]),
        ("Moderator: Seo Yun-ah 님 (tech writer)", ["님"]),
        ("Opening remarks: Kenji Ashida 様 (President and CEO)", ["様"]),
        ("Speaker: Reina Morishita 氏", ["氏"]),
    ],
)
def test_an_honorific_with_a_bracket_after_it(sentence: str, found: list[str]) -> None:
    assert _found(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The cherry blossom, 花 (hana), opens in April.",
        "The tea is called 玉露 (gyokuro) in Japan.",
    ],
)
def test_a_word_with_its_reading_stays_a_mention(sentence: str) -> None:
    assert _found(sentence) == []
