"""A name written with its reading in ruby ('<ruby>神崎<rt>かんざき</rt></ruby>') is checked
as the name alone: the reading used to be read into the sentence ('神崎かんざき 浩之'),
which hid a slip in the name from PR102."""

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
            "person:kanzaki",
            Kind.PERSON,
            {"en": Term("Hiroyuki Kanzaki"), "ja": Term("神崎 浩之")},
        )
    ]
)
_PAGE = '<html lang="ja"><body>\n<p>{name}社長は、新工場を発表しました。</p>\n</body></html>\n'
_MARKDOWN = "# 新工場の建設\n\n{name}社長は、新工場の建設を発表しました。\n"


def _found(template: str, name: str, format: str) -> list[tuple[str, str]]:
    document = parse_text(template.format(name=name), path="r", format=format, lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR1"]))
    return [(f.code, f.found) for f in findings]


@pytest.mark.parametrize(("template", "format"), [(_PAGE, "html"), (_MARKDOWN, "markdown")])
def test_a_name_in_ruby(template: str, format: str) -> None:
    right = (
        "<ruby>神崎<rt>かんざき</rt></ruby> "
        "<ruby>浩之<rp>（</rp><rt>ひろゆき</rt><rp>）</rp></ruby>"
    )
    slipped = "<ruby>神崎<rt>かんざき</rt></ruby> <ruby>浩行<rt>ひろゆき</rt></ruby>"
    assert _found(template, right, format) == []
    assert [code for code, _ in _found(template, slipped, format)] == ["PR102"]
