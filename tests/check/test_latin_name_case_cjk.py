"""In a Japanese or Korean release a Latin word is a name, never a word of the sentence:
a glossary name of one Latin word written in another case ('tempest' for the player
'Tempest', 'Kuroha' for the handle 'kuroha') is a misspelled name (PR102). Capitals
('TEMPEST', a style), the glossary's own forms, a word two entries write in two cases and
a term (not a name) are left alone."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

GLOSSARY = Glossary(
    [
        Entry("h:tempest", Kind.PERSON, {"en": Term("Tempest"), "ja": Term("Tempest")}),
        Entry("h:kuroha", Kind.PERSON, {"en": Term("kuroha"), "ko": Term("쿠로하", ("kuroha",))}),
        Entry("b:line", Kind.BRAND, {"en": Term("LINE")}),
        Entry("t:esim", Kind.TERM, {"en": Term("eSIM")}),
        Entry("b:apex", Kind.BRAND, {"en": Term("Apex")}),
        Entry("o:apex", Kind.ORG, {"en": Term("APEX")}),
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
        ("チームはtempest選手の加入を発表しました。", "ja", ["tempest"]),
        ("Kuroha選手とTempest選手が出場します。", "ja", ["Kuroha"]),
        ("공식 Line 계정에서 tempest 선수의 인터뷰를 볼 수 있다.", "ko", ["Line", "tempest"]),
        # as the glossary writes them, or in capitals
        ("Tempest選手とkuroha選手。公式LINEとTEMPESTのロゴ。", "ja", []),
        # a term, a word two entries case otherwise, a longer word or an address
        ("esim対応。apexとApexとAPEX。Tempests。tempest.example.com", "ja", []),
        # a hashtag, often in lower case
        ("#tempest と ＃kuroha を付けて投稿", "ja", []),
    ],
)
def test_one_latin_word_cased_otherwise(text: str, lang: str, found: list[str]) -> None:
    assert _found(f"{text}\n", lang) == found


def test_english_prose_is_left_to_its_own_rules() -> None:
    assert _found("A tempest hit the coast. Tempest joined the team.\n", "en") == []
