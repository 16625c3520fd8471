"""PR304: a space of a longer hyphenated glossary term written as a hyphen too
('non-small-cell lung cancer' for 'non-small cell lung cancer') misspells it against the
glossary, as a term hyphenated whole does; the fix is suggested, not applied (a modifier
may be hyphenated on purpose). An open form ('non small cell lung cancer') is left alone,
as English writes compounds open."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry("t:nsclc", Kind.TERM, {"en": Term("non-small cell lung cancer")}),
        Entry("t:ltc", Kind.TERM, {"en": Term("long-term care insurance")}),
    ]
)


def _found(sentence: str) -> list[tuple[str, str | None, bool]]:
    document = parse_text(f"Notice\n\n{sentence}\n", path="r.txt", format="text", lang="en")
    matcher = TermMatcher.build(_GLOSSARY, "en")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR304"]))
    return [(f.found, f.suggestion, f.fix is not None and f.fix.safe) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Adults with non-small-cell lung cancer were enrolled.",
            [("non-small-cell lung cancer", "non-small cell lung cancer", False)],
        ),
        (
            "The city expands long-term-care insurance.",
            [("long-term-care insurance", "long-term care insurance", False)],
        ),
        ("Adults with non-small cell lung cancer were enrolled.", []),
        ("Adults with non small cell lung cancer were enrolled.", []),
    ],
)
def test_a_space_of_a_longer_term_hyphenated(
    sentence: str, found: list[tuple[str, str, bool]]
) -> None:
    assert _found(sentence) == found
