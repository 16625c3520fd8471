"""PR401: a Japanese artist of the past the team sheet writes without name parts,
family name first in English as in Japanese ('Katsushika Hokusai', 葛飾北斎), named
again by the art name alone ('Hokusai and the Wave' as '北斎と波') is that person: the
last English word was taken for the family name and '葛飾' looked for, so the title of
every show on him was reported. The Korean form, which sets a Japanese name family name
first ('가쓰시카 호쿠사이'), tells the order by the sounds each word opens with; a given
name for a living person's family name ('健二' for 'Hoshino', whose Korean form is
'호시노 겐지') and another name there are still reported."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:hokusai",
            Kind.PERSON,
            {
                "en": Term("Katsushika Hokusai"),
                "ja": Term("葛飾北斎"),
                "ko": Term("가쓰시카 호쿠사이"),
            },
        ),
        Entry(
            "person:fujisawa",
            Kind.PERSON,
            {"en": Term("Fujisawa Naoko"), "ja": Term("藤沢直子"), "ko": Term("후지사와 나오코")},
        ),
        Entry(
            "person:hoshino",
            Kind.PERSON,
            {"en": Term("Kenji Hoshino"), "ja": Term("星野健二"), "ko": Term("호시노 겐지")},
        ),
    ]
)
FIRST = [
    ("Katsushika Hokusai (1760–1849) made the series in his seventies.",
     "葛飾北斎（1760–1849）は70代でこの連作を手がけました。"),
    ("The show is curated by Kenji Hoshino.", "企画は星野健二が担当しました。"),
    ("Fujisawa Naoko chose the prints.", "藤沢直子が版画を選びました。"),
]  # fmt: skip


def _family_findings(msgid: str, msgstr: str) -> list[str | None]:
    found = catalog_findings("ja", [*FIRST, (msgid, msgstr)], glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401" and f.message.startswith("Family")]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("The museum presents “Hokusai and the Wave.”", "美術館は「北斎と波」展を開催します。"),
        ("Hokusai kept returning to the sea.", "北斎は繰り返し海を描きました。"),
        ("“We chose the prints,” said Hoshino.", "「版画を選びました」と星野は述べました。"),
    ],
)
def test_the_art_name_alone_is_the_person(msgid: str, msgstr: str) -> None:
    assert _family_findings(msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("The museum presents “Hokusai and the Wave.”", "美術館は「広重と波」展を開催します。"),
        ("Hoshino said so.", "星川はそう述べました。"),
        # a living person's family name given as the given name: the Korean form
        # ('호시노 겐지') shows 'Kenji Hoshino' is given name first
        ("Hoshino said so.", "健二はそう述べました。"),
        # a living person the sheet writes family name first: the family name is the first
        ("Fujisawa said so.", "直子はそう述べました。"),
    ],
)
def test_another_name_is_still_reported(msgid: str, msgstr: str) -> None:
    assert _family_findings(msgid, msgstr) != []
