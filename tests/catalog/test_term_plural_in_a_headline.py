"""PR401 on an English glossary term that a headline puts in title case and in the
plural ('Wins Order for Four LNG Carriers' for the sheet's 'LNG carrier'): the approved
term, as 'LNG Carrier' and 'LNG carriers' already are; another word is still missing."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "lng",
            Kind.TERM,
            {"en": Term("LNG carrier"), "ja": Term("LNG運搬船"), "ko": Term("LNG운반선")},
        )
    ]
)
HEADLINE = "한결중공업, LNG운반선 4척 수주"


@pytest.mark.parametrize(
    "msgstr",
    [
        "Hangyeol Wins Order for Four LNG Carriers",
        "Hangyeol Wins Order for Four LNG carriers",
        "Hangyeol Wins Order for 4 LNG Carrier Newbuilds",
    ],
)
def test_the_term_in_a_headline(msgstr: str) -> None:
    assert translation_codes("en", HEADLINE, msgstr, glossary=GLOSSARY) == []


def test_another_word_still_missing() -> None:
    msgstr = "Hangyeol Wins Order for Four Gas Tankers"
    assert translation_codes("en", HEADLINE, msgstr, glossary=GLOSSARY) == ["PR401"]
