"""In a Japanese or Korean release a Latin name of several words (a label, a product line,
a brand written in capitals) is the name, never the sentence's words: written in another
case ('Seoyoon Han Studio' for 'SEOYOON HAN STUDIO', 'KAZENE Leather loafer' for
'KAZENE Leather Loafer') it is a misspelled name (PR102), even where a shorter name of
the glossary ('KAZENE') is inside it. The name as written, the whole name in capitals (a
style), a name two entries write in two cases, a longer name the release writes, and a
term (not a name) are left alone."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _both(form: str) -> dict[str, Term]:
    return {"en": Term(form), "ja": Term(form), "ko": Term(form)}


GLOSSARY = Glossary(
    [
        Entry("b:studio", Kind.BRAND, _both("SEOYOON HAN STUDIO")),
        Entry("b:kazene", Kind.BRAND, _both("KAZENE")),
        Entry("b:loafer", Kind.BRAND, _both("KAZENE Leather Loafer")),
        Entry("b:blue", Kind.BRAND, _both("Blue Note")),
        Entry("o:blue", Kind.ORG, _both("BLUE NOTE")),
        Entry("t:zero", Kind.TERM, _both("Zero Waste")),
    ]
)


def _found(text: str, lang: str) -> list[str]:
    document = parse_text(text, path=f"release.{lang}.txt", format="text", lang=lang)
    matcher = TermMatcher.build(GLOSSARY, lang)
    rules = select_rules(["PR102"], target="source")
    return [f.found for f in check_document(document, GLOSSARY, matcher, rules)]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("2016年にSeoyoon Han Studioを設立した。", "ja", ["Seoyoon Han Studio"]),
        ("KAZENE Leather loaferは400足の限定です。", "ja", ["KAZENE Leather loafer"]),
        ("Kazene Leather Loafer는 400켤레 한정이다.", "ko", ["Kazene Leather Loafer"]),
        ("2016년 Seoyoon Han Studio를 설립했다.", "ko", ["Seoyoon Han Studio"]),
    ],
)
def test_name_cased_otherwise_is_reported(text: str, lang: str, found: list[str]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2016年にSEOYOON HAN STUDIOを設立した。KAZENE Leather Loaferを発売する。", "ja"),
        ("KAZENE LEATHER LOAFERは400足の限定です。", "ja"),
        ("Blue NoteとBLUE NOTEは別の会社です。blue noteも。", "ja"),
        ("zero wasteを目指す。", "ja"),
        ("KAZENE Leather Loafers는 400켤레 한정이다.", "ko"),
    ],
)
def test_name_as_written_or_styled_passes(text: str, lang: str) -> None:
    assert _found(text, lang) == []
