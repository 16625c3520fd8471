"""PR401: a Korean or Chinese person the team sheet writes in kanji as one word
('李敏浩', '黄志明': a family name of one letter, as the Korean form '이민호' of one word
says), named again by the family name alone ('Mr. Lee' as '李氏', 'Huang said' as
'黄社長は') is that person; a Japanese name's split is unchanged, and the one letter
inside a word ('李下', '黄金') or with another letter of the name is still reported."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:lee",
            Kind.PERSON,
            {"en": Term("Lee Min-ho"), "ja": Term("李敏浩"), "ko": Term("이민호")},
        ),
        Entry(
            "person:huang",
            Kind.PERSON,
            {"en": Term("Huang Chih-ming"), "ja": Term("黄志明"), "ko": Term("황즈밍")},
        ),
    ]
)
FIRST = [
    ("Lee Min-ho founded the lab in 2019.", "李敏浩は2019年に研究所を設立しました。"),
    ("Huang Chih-ming chairs the board.", "黄志明は取締役会の議長を務めています。"),
]


def _family_findings(msgid: str, msgstr: str) -> list[str | None]:
    found = catalog_findings("ja", [*FIRST, (msgid, msgstr)], glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Mr. Lee holds a doctorate from KAIST.", "李氏はKAISTで博士号を取得しています。"),
        ("Huang said the plant opens in May.", "黄社長は、工場は5月に稼働すると述べました。"),
        ("Dr. Lee will speak first.", "最初に李博士が登壇します。"),
    ],
)
def test_the_family_name_of_one_kanji_is_the_person(msgid: str, msgstr: str) -> None:
    assert _family_findings(msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        # the letter inside a word, or the family name of someone else
        ("Mr. Lee holds a doctorate from KAIST.", "李下氏はKAISTで博士号を取得しています。"),
        ("Huang said the plant opens in May.", "黄金の工場は5月に稼働すると述べました。"),
        ("Mr. Lee holds a doctorate from KAIST.", "朴氏はKAISTで博士号を取得しています。"),
    ],
)
def test_another_name_is_still_reported(msgid: str, msgstr: str) -> None:
    assert _family_findings(msgid, msgstr) != []
