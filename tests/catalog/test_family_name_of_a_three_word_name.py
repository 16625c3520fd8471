"""PR401: a person the team sheet writes in three words, with no name parts ('Min Jae
Kang', 'Park Ha Eun': a Korean given name set as two words), named again by the family
name alone ('강 원장은' as 'Kang said') is that person, whichever end of the name the
family name stands at; another name there is still reported."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:kang",
            Kind.PERSON,
            {"en": Term("Min Jae Kang"), "ja": Term("カン・ミンジェ"), "ko": Term("강민재")},
        ),
        Entry(
            "person:park",
            Kind.PERSON,
            {"en": Term("Park Ha Eun"), "ja": Term("パク・ハウン"), "ko": Term("박하은")},
        ),
    ]
)
FIRST = [
    ("강민재 이사장은 기금 설립을 발표했다.", "Min Jae Kang announced the foundation's fund."),
    ("박하은 교수는 심사위원장을 맡는다.", "Park Ha Eun will chair the jury."),
]


def _family_findings(msgid: str, msgstr: str) -> list[str | None]:
    found = catalog_findings("en", [*FIRST, (msgid, msgstr)], glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401" and f.message.startswith("Family")]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("강 이사장은 “문을 넓히겠다”고 말했다.", "“We will open the door wider,” Kang said."),
        ("박 교수는 “공정하게 심사하겠다”고 말했다.", "“We will judge fairly,” Park said."),
    ],
)
def test_the_family_name_at_either_end_is_the_person(msgid: str, msgstr: str) -> None:
    assert _family_findings(msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "part"),
    [
        (
            "강 이사장은 “문을 넓히겠다”고 말했다.",
            "“We will open the door wider,” Kong said.",
            "강",
        ),
        ("박 교수는 “공정하게 심사하겠다”고 말했다.", "“We will judge fairly,” Pak said.", "박"),
    ],
)
def test_another_name_is_still_reported(msgid: str, msgstr: str, part: str) -> None:
    assert _family_findings(msgid, msgstr) == [part]


def test_named_in_full_in_the_source_and_by_the_family_name_in_the_translation() -> None:
    entries = [
        *FIRST,
        ("강민재 이사장은 “문을 넓히겠다”고 말했다.", "“We will open the door wider,” Kang said."),
    ]
    found = catalog_findings("en", entries, glossary=GLOSSARY)
    assert [f.code for f in found if f.code == "PR401"] == []
