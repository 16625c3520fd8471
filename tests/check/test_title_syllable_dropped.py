"""PR102: a title's long word with two neighbouring letters dropped inside it, a syllable
fingers skipped ('Representive Director' for 'Representative Director', 'Postdoctal
Researcher'), is a misspelt title as a one-letter slip is. A short word so changed, the
word alone in prose, or a title's last letters are not."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry("t:rep", Kind.TITLE, {"en": Term("Representative Director")}),
        Entry("t:postdoc", Kind.TITLE, {"en": Term("Postdoctoral Researcher")}),
        Entry("t:head", Kind.TITLE, {"en": Term("Head of Corporate Planning")}),
    ]
)


def _found(sentence: str) -> list[tuple[str, str | None]]:
    document = parse_text(f"{sentence}\n", path="r.txt", format="text", lang="en")
    matcher = TermMatcher.build(_GLOSSARY, "en")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR102"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Aiko Mori, Representive Director, opened the plant.",
            [("Representive Director", "Representative Director")],
        ),
        (
            "Ben Ito, Postdoctal Researcher, led the study.",
            [("Postdoctal Researcher", "Postdoctoral Researcher")],
        ),
        ("Aiko Mori, Representative Director, opened the plant.", []),
        # a short word, a word alone in prose, the word's end
        ("Ken Ono, Head of Corpote Planning, said so.", []),
        ("Mori is a representive of the firm.", []),
        ("Aiko Mori, Representati Director, opened the plant.", []),
    ],
)
def test_a_syllable_dropped_in_a_titles_long_word(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == found
