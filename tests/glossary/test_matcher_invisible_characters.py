"""The matcher sees through the invisible characters pasted text brings into a name
(zero-width spaces, word joiners, soft hyphens, direction marks, a byte order mark,
variation selectors), its span still the text's and ending at the name's last letter."""

from __future__ import annotations

import pytest

from prlocalize.glossary.matcher import FormKind, TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term


def _matcher(locale: str) -> TermMatcher:
    glossary = Glossary(
        [
            Entry(
                "person:ines-caron",
                Kind.PERSON,
                {"en": Term("Inès Caron", name=PersonName("Inès", "Caron"))},
            ),
            Entry("title:deputy-minister", Kind.TITLE, {"en": Term("Deputy Minister")}),
            Entry("brand:tidelink", Kind.BRAND, {"en": Term("TideLink")}),
            Entry("org:sorae", Kind.ORG, {"ja": Term("ソラエ海運"), "ko": Term("소래해운")}),
            Entry(
                "person:kuzumi",
                Kind.PERSON,
                {"ja": Term("葛見 健太", name=PersonName("健太", "葛見"))},
            ),
        ]
    )
    return TermMatcher.build(glossary, locale)


@pytest.mark.parametrize(
    ("locale", "text", "found"),
    [
        ("en", "The Deputy Minis\u00adter spoke.", "Deputy Minis\u00adter"),
        ("en", "Tracked with Tide\u200bLink.", "Tide\u200bLink"),
        ("en", "Tracked with Tide\u2060Link\u200b today.", "Tide\u2060Link"),
        ("en", "Run by \ufeffTideLink\ufeff.", "TideLink"),
        ("ja", "ソラエ\u200e海運は本日", "ソラエ\u200e海運"),
        ("ja", "葛\U000e0100見 健太氏", "葛\U000e0100見 健太"),
        ("ko", "소래\u00ad해운은 오늘", "소래\u00ad해운"),
    ],
)
def test_a_name_with_an_invisible_character_is_found(locale: str, text: str, found: str) -> None:
    (match,) = _matcher(locale).find(text)
    assert match.text == found
    assert match.kind is FormKind.APPROVED
    assert text[match.start : match.end] == found


def test_a_zero_width_space_for_the_space_of_a_name_is_a_glued_name() -> None:
    (match,) = _matcher("en").find("said Inès\u200bCaron today")
    assert (match.kind, match.text) == (FormKind.GLUED, "Inès\u200bCaron")
