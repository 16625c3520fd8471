"""PR105 compares the release's own spellings, not those inside cited names and titles."""

from __future__ import annotations

from pathlib import Path

from prlocalize.checking import check_document
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

REPO = Path(__file__).resolve().parents[2]


def _pr105(text: str) -> list[str]:
    glossary = load_glossaries([REPO / "glossaries"])
    document = parse_text(text, path="release.txt", format="text", lang="en")
    rules = select_rules(["PR105"])
    found = check_document(document, glossary, TermMatcher.build(glossary, "en"), rules)
    return [f.found for f in found]


def test_capitalised_term_in_a_cited_title_is_not_a_second_spelling() -> None:
    text = (
        "Ten bio-venture companies moved in.\n\n"
        "See also: iPark Institute Signs Agreement for Bioventure Innovation.\n"
    )
    assert _pr105(text) == []


def test_two_spellings_in_prose_are_reported() -> None:
    text = "Ten bio-venture companies moved in.\n\nThe bioventure sector grows.\n"
    assert _pr105(text) == ["bio-venture"]
