"""PR401: the second word of a glossary name after another word of its script ('森繁 健太'
for '森重 健太', 'マシュー・ウィットン' for 'ジョナサン・ウィットン') is a whole name,
another person's or this one misspelt, reported in a catalog that names the person
rightly elsewhere. The given name was read as the person named by one part ('健太が')."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:saegusa",
            Kind.PERSON,
            {"en": Term("Kenta Saegusa"), "ja": Term("三枝 健太"), "ko": Term("사에구사 겐타")},
        ),
        Entry(
            "person:witton",
            Kind.PERSON,
            {"en": Term("Jonathan Witton"), "ja": Term("ジョナサン・ウィットン")},
        ),
    ]
)
FIRST = ("Kenta Saegusa and Jonathan Witton", "三枝 健太、ジョナサン・ウィットン")
LATER = "He will be succeeded as President by Kenta Saegusa and advised by Jonathan Witton."


def _pr401(msgstr: str, locale: str = "ja") -> list[str]:
    findings = catalog_findings(locale, [FIRST, (LATER, msgstr)], glossary=GLOSSARY)
    return sorted(f.found for f in findings if f.code == "PR401")


@pytest.mark.parametrize(
    ("msgstr", "found"),
    [
        # (one letter of the given name changed: reported misspelt, as written)
        (
            "後任の社長には三枝 健二が就任し、ジョナサン・ウィットンが助言します。",
            ["三枝 健二"],
        ),
        (
            "後任の社長には三草 健太が就任し、ジョナサン・ウィットンが助言します。",
            ["Kenta Saegusa"],
        ),
        (
            "後任の社長には三枝 健太が就任し、マシュー・ウィットンが助言します。",
            ["Jonathan Witton"],
        ),
    ],
)
def test_another_word_before_the_second_part_is_another_name(msgstr: str, found: list[str]) -> None:
    assert _pr401(msgstr) == found


@pytest.mark.parametrize(
    "msgstr",
    [
        "後任の社長には三枝 健太が就任し、ジョナサン・ウィットンが助言します。",
        "後任の社長には三枝が就任し、ウィットンが助言します。",
        "後任の社長には三枝社長が、顧問にはウィットン氏が就きます。",
    ],
)
def test_the_name_in_full_or_by_one_part_passes(msgstr: str) -> None:
    assert _pr401(msgstr) == []
