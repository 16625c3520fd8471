"""A word of six letters in a name of two words or more with a letter dropped inside it
('Food Safty Letters', 'Cinma Haru') is a misspelled name (PR102): the word index judges
a name's long words, but not a slip that leaves a word of five letters, and the name's
short words only were judged with the rest of the name. The word alone, away from the
name, is left alone; a word of six letters swapped is found as before."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

GLOSSARY = Glossary(
    [
        Entry("b:fsl", Kind.BRAND, {"en": Term("Food Safety Letters")}),
        Entry("o:haru", Kind.ORG, {"en": Term("Cinema Haru Co., Ltd.", ("Cinema Haru",))}),
    ]
)


def _found(text: str) -> list[str]:
    document = parse_text(text, path="release.txt", format="text", lang="en")
    matcher = TermMatcher.build(GLOSSARY, "en")
    rules = select_rules(["PR102"], target="source")
    return [f.found for f in check_document(document, GLOSSARY, matcher, rules)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The paper appeared in Food Safty Letters in May.", ["Food Safty Letters"]),
        ("We signed with Cinma Haru today.", ["Cinma Haru"]),
        ("The paper appeared in Food Saftey Letters in May.", ["Saftey"]),
        # the word away from the name, or the name as written
        ("Safty first, said the editor of Food Safety Letters.", []),
        ("The cinema at Haru Hall opened. Cinema Haru distributes it.", []),
    ],
)
def test_a_letter_dropped_from_a_six_letter_word(text: str, found: list[str]) -> None:
    assert _found(f"{text}\n") == found
