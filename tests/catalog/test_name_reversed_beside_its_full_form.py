"""PR401: a person's name written in the other order ('아라키 미호' as '미호 아라키가',
'荒木 美穂' as '美穂・荒木') is reported in a catalog that names the person rightly
elsewhere; it was taken for the family name alone ('아라키 사장은'), which official
Japanese and Korean releases write after the full name once, and which still passes."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:miho-araki",
            Kind.PERSON,
            {"en": Term("Miho Araki"), "ja": Term("荒木 美穂"), "ko": Term("아라키 미호")},
        )
    ]
)
FIRST = "Miho Araki, Executive Officer, will become President on April 1, 2027."
NAMED = {
    "ko": "집행임원인 아라키 미호가 2027년 4월 1일부로 사장에 취임한다.",
    "ja": "執行役員の荒木 美穂が2027年4月1日付で社長に就任します。",
}
LATER = "Miho Araki joined the Company in 1994."


def _pr401(locale: str, entries: list[tuple[str, str]]) -> list[str]:
    findings = catalog_findings(locale, entries, glossary=GLOSSARY)
    return [f.found for f in findings if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "미호 아라키는 1994년 회사에 입사했다."),
        ("ko", "미호 아라키 사장은 1994년 회사에 입사했다."),
        ("ja", "美穂・荒木は1994年に当社に入社しました。"),
    ],
)
def test_reversed_name_is_reported(locale: str, msgstr: str) -> None:
    assert _pr401(locale, [(FIRST, NAMED[locale]), (LATER, msgstr)]) != []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "아라키 사장은 1994년 회사에 입사했다."),
        ("ko", "아라키는 1994년 회사에 입사했다."),
        ("ja", "荒木社長は1994年に当社に入社しました。"),
        ("ja", "荒木は1994年に当社に入社しました。"),
    ],
)
def test_family_name_alone_passes(locale: str, msgstr: str) -> None:
    assert _pr401(locale, [(FIRST, NAMED[locale]), (LATER, msgstr)]) == []
