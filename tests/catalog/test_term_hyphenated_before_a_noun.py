"""PR401 and a glossary term of several words that English hyphenates before the word it
qualifies ('grid-connection works', 'power-purchase agreement terms' for the sheet's 'grid
connection'): the approved term, joined as a compound adjective. Other words, the words
in another order and a name (not a term) so joined are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry("term:grid", Kind.TERM, {"en": Term("grid connection"), "ko": Term("계통연계")}),
        Entry("place:haenam", Kind.PLACE, {"en": Term("Haenam Hill"), "ko": Term("해남언덕")}),
    ]
)
KO = "계통연계 공사는 2029년 6월까지 마칠 계획이다."


def _pr401(msgid: str, msgstr: str) -> list[str]:
    found = translation_findings("en", msgid, msgstr, glossary=GLOSSARY)
    return [f.message for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "The grid-connection works are to be completed by June 2029.",
        "Grid-connection work will be finished by June 2029.",
        "The grid connection works are to be completed by June 2029.",
    ],
)
def test_term_joined_before_a_noun(msgstr: str) -> None:
    assert _pr401(KO, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (KO, "The grid works are to be completed by June 2029."),
        (KO, "The connection-grid works are to be completed by June 2029."),
        ("해남언덕 공원은 넓다.", "The Haenam-Hill park is large."),
    ],
)
def test_still_reported(msgid: str, msgstr: str) -> None:
    assert _pr401(msgid, msgstr)
