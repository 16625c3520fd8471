"""PR304 on names: an organisation's, brand's or place's name written with its letters
but other spaces or hyphens ('SakuraBank', 'Sky Ledger', 'Care-Loop', 'Yokohama
Minatomirai') is misspelt, as a glued person's name is; prose that shares its words,
another word cased otherwise and the name as written stay silent."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_NAMES = [
    (Kind.BRAND, "MediTrack Pro"),
    (Kind.BRAND, "CareLoop"),
    (Kind.BRAND, "SkyLedger"),
    (Kind.BRAND, "Blue Sky"),
    (Kind.ORG, "Sakura Bank"),
    (Kind.ORG, "Ministry of Health"),
    (Kind.PLACE, "Yokohama Minato Mirai"),
    (Kind.TITLE, "Vice President"),
]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary(
        [
            Entry(f"{kind.value}:{i}", kind, {"en": Term(form)})
            for i, (kind, form) in enumerate(_NAMES)
        ]
    )


def _found(glossary: Glossary, sentence: str) -> list[tuple[str, str, str | None, bool]]:
    document = parse_text(
        f"Release\n\n{sentence}\n", path="release.en.txt", format="text", lang="en"
    )
    matcher = TermMatcher.build(glossary, "en")
    return [
        (f.code, f.found, f.suggestion, f.fixable)
        for f in check_document(document, glossary, matcher, select_rules(target="source"))
    ]


@pytest.mark.parametrize(
    ("sentence", "found", "approved", "safe"),
    [
        # glued, with the name's capitals: certain
        ("The MediTrackPro device ships in May.", "MediTrackPro", "MediTrack Pro", True),
        ("SakuraBank financed the plant.", "SakuraBank", "Sakura Bank", True),
        # split or hyphenated into capitalised words: suggested
        ("The Sky Ledger platform opens today.", "Sky Ledger", "SkyLedger", False),
        ("Our Care-Loop service grows.", "Care-Loop", "CareLoop", False),
        ("Sakura-Bank financed the plant.", "Sakura-Bank", "Sakura Bank", False),
        (
            "The fair is held at Yokohama Minatomirai.",
            "Yokohama Minatomirai",
            "Yokohama Minato Mirai",
            False,
        ),
    ],
)
def test_a_name_with_other_separators_is_misspelt(
    glossary: Glossary, sentence: str, found: str, approved: str, safe: bool
) -> None:
    assert _found(glossary, sentence) == [("PR304", found, approved, safe)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The MediTrack Pro device and the SkyLedger platform ship in May.",
        "SAKURA BANK and Sakura Bank financed the plant.",
        # other capitals: another word or a phrase
        "Bluesky is another network; a blue sky over the bay.",
        "The sky ledger of old accounts and a care loop for patients.",
        # addresses and tags keep no spaces
        "See sakurabank.example.com, @SakuraBank or #SakuraBank.",
        # a title's words are common words: an open form is prose
        "The Ministry of Health said the vice president of sales left.",
    ],
)
def test_names_as_written_and_other_words_are_silent(glossary: Glossary, sentence: str) -> None:
    assert _found(glossary, sentence) == []
