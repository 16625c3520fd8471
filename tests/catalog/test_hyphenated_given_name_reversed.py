"""PR401 on a Korean person's whole name reversed in English ('Ye-jin Cho' for the sheet's
'Cho Ye-jin') in a catalog that names the person in full elsewhere: the hyphenated given
name's second syllable ('jin') is no lower-case word before a family name used alone, so
the reversed name is reported. The family name alone after a title or a lower-case word
('CEO Cho', 'the co-founder Cho') is still accepted."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [Entry("person:cho", Kind.PERSON, {"en": Term("Cho Ye-jin"), "ko": Term("조예진")})]
)
FIRST = (
    "주식회사 한울링크(대표 조예진)는 장애를 공지했다.",
    "Hanul Link (CEO Cho Ye-jin) announced the outage.",
)
SECOND = "조예진 대표는 고객에게 사과했다."


def _pr401(msgstr: str) -> list[str]:
    found = catalog_findings("en", [FIRST, (SECOND, msgstr)], glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "CEO Cho Ye-jin apologized to customers.",
        "CEO Cho apologized to customers.",
        "Cho apologized to customers.",
        "The co-founder Cho apologized to customers.",
    ],
)
def test_the_name_or_its_family_name_accepted(msgstr: str) -> None:
    assert _pr401(msgstr) == []


@pytest.mark.parametrize(
    "msgstr", ["CEO Ye-jin Cho apologized to customers.", "Ye-jin Cho apologized to customers."]
)
def test_the_whole_name_reversed_reported(msgstr: str) -> None:
    assert _pr401(msgstr) == ["Ye-jin Cho"]
