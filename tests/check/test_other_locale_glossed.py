"""PR106 leaves alone a name in another locale's form that the release glosses with its
own form in brackets ('박서연（パク・ソヨン）'): the original, given on purpose. Alone,
it is still reported."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "person:park",
            Kind.PERSON,
            {"en": Term("Park Seo-yeon"), "ja": Term("パク・ソヨン"), "ko": Term("박서연")},
        )
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("박서연（パク・ソヨン）代表が登壇します。", []),
        ("パク・ソヨン（박서연）代表が登壇します。", []),
        ("パク・ソヨン (박서연) 代表が登壇します。", []),
        ("박서연代表が登壇します。", ["박서연"]),
        # brackets that hold something else are no gloss
        ("박서연（代表）が登壇します。", ["박서연"]),
    ],
)
def test_a_name_glossed_with_the_release_form(text: str, found: list[str]) -> None:
    document = parse_text(f"報道関係各位\n\n{text}\n", path="r.txt", format="text", lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR106"]))
    assert [f.found for f in findings] == found
