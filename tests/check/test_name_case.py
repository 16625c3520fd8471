"""A glossary name of two words or more written with a word lower-cased ('Sakuragawa bank
Ltd.', 'Nebula desk') is a misspelled name (PR102): names match their case exactly, so it
matched nothing and passed. A headline's title case or capitals, a phrase in lower case
('a digital agency') and a sentence's first words the release never writes as the
glossary's name are left alone."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

GLOSSARY = Glossary(
    [
        Entry("org:bank", Kind.ORG, {"en": Term("Sakuragawa Bank Ltd.")}),
        Entry("brand:desk", Kind.BRAND, {"en": Term("Nebula Desk")}),
        Entry("org:agency", Kind.ORG, {"en": Term("Digital Agency")}),
        Entry("org:seoul", Kind.ORG, {"en": Term("Seoul Metropolitan Government")}),
        Entry("brand:nhk", Kind.BRAND, {"en": Term("NHK WORLD")}),
        Entry("title:cfo", Kind.TITLE, {"en": Term("Chief Financial Officer")}),
    ]
)


def _found(text: str) -> list[str]:
    document = parse_text(text, path="release.txt", format="text", lang="en")
    matcher = TermMatcher.build(GLOSSARY, "en")
    rules = select_rules(["PR102"], target="source")
    return [f.message for f in check_document(document, GLOSSARY, matcher, rules)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Title\n\nThe loan from Sakuragawa bank Ltd. closed.\n",
            ["Name 'Sakuragawa bank Ltd.' capitalised otherwise than 'Sakuragawa Bank Ltd.'"],
        ),
        (
            "Title\n\nThe Sakuragawa bank grew.\n",  # without its legal form, as prose names it
            ["Name 'Sakuragawa bank' capitalised otherwise than 'Sakuragawa Bank'"],
        ),
        (
            "Title\n\nIt will launch Nebula desk and a plan of the Seoul Metropolitan "
            "government.\n",
            [
                "Name 'Nebula desk' capitalised otherwise than 'Nebula Desk'",
                "Name 'Seoul Metropolitan government' capitalised otherwise than "
                "'Seoul Metropolitan Government'",
            ],
        ),
        # at a sentence's start, where the release writes the name right elsewhere
        (
            "Title\n\nSakuragawa bank Ltd. announced it.\n\nAbout Sakuragawa Bank Ltd.\n",
            ["Name 'Sakuragawa bank Ltd.' capitalised otherwise than 'Sakuragawa Bank Ltd.'"],
        ),
        # as the glossary writes them; title case, capitals; a phrase; a sentence's start
        ("Title\n\nSakuragawa Bank Ltd. and Nebula Desk grew.\n", []),
        ("SAKURAGAWA BANK LTD. LAUNCHES NEBULA DESK\n\nNebula Desk Opens In Seoul\n", []),
        ("Title\n\nShe joined a digital agency in Seoul.\n", []),
        ("Title\n\nDigital agency services grew.\n", []),
        ("Title\n\nNhk World aired it.\n", []),
        ("Title\n\nNebula Desktop opens.\n", []),  # a longer word
        ("Title\n\nThe chief financial officer spoke.\n", []),  # titles go by case anyway
    ],
)
def test_a_name_with_a_word_lower_cased(text: str, found: list[str]) -> None:
    assert _found(text) == found
