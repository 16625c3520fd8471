"""PR401: a title the source gives after a person's family name alone, on a later
mention ('이 전무는', '佐藤社長は'), may be left out of an English translation that names
the person by the family name alone ('Rhee said', 'said Rhee', 'he added'): English gives
the title with the full name once. A translation that gives another title before the
name ('Vice President Rhee'), names another person, or drops the title where the source
names the person in full is still reported."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _entry(key: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
    return Entry(key, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _entry("person:rhee", Kind.PERSON, "Rhee Tae-oh", "イ・テオ", "이태오"),
        _entry("person:sasaki", Kind.PERSON, "Emi Sasaki", "佐々木 恵美", "사사키 에미"),
        _entry("title:smd", Kind.TITLE, "Senior Managing Director", "専務", "전무"),
        _entry("title:president", Kind.TITLE, "President", "社長", "사장"),
    ]
)
FIRST_KO = (
    "이태오 전무는 새 공장 계획을 발표했다.",
    "Senior Managing Director Rhee Tae-oh announced the new plant.",
)
FIRST_JA = (
    "佐々木 恵美社長は新工場の計画を発表した。",
    "President Emi Sasaki announced the new plant.",
)


def _pr401(first: tuple[str, str], msgid: str, msgstr: str) -> list[str]:
    found = catalog_findings("en", [first, (msgid, msgstr)], glossary=GLOSSARY)
    return [f.message for f in found if f.code == "PR401"]  # (the first entry is clean)


@pytest.mark.parametrize(
    ("first", "msgid", "msgstr"),
    [
        (FIRST_KO, "이 전무는 “속도를 내겠다”고 말했다.", "“We will move faster,” Rhee said."),
        (FIRST_KO, "이 전무는 “속도를 내겠다”고 말했다.", "“We will move faster,” said Rhee."),
        (FIRST_KO, "이 전무는 공장을 둘러봤다.", "He then toured the plant."),
        (FIRST_JA, "佐々木社長は「速度を上げる」と述べた。", "“We will move faster,” Sasaki said."),
    ],
)  # fmt: skip
def test_a_later_mention_by_the_family_name_alone(
    first: tuple[str, str], msgid: str, msgstr: str
) -> None:
    assert _pr401(first, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("first", "msgid", "msgstr"),
    [
        # another title before the name
        (FIRST_KO, "이 전무는 “속도를 내겠다”고 말했다.", "“Faster,” Vice President Rhee said."),
        # another person
        (FIRST_KO, "이 전무는 “속도를 내겠다”고 말했다.", "“We will move faster,” Lee said."),
        # the source names the person in full: the title goes with the name
        (FIRST_KO, "이태오 전무는 “속도를 내겠다”고 말했다.", "“Faster,” said Rhee Tae-oh."),
    ],
)  # fmt: skip
def test_a_title_changed_or_dropped_with_the_full_name_is_reported(
    first: tuple[str, str], msgid: str, msgstr: str
) -> None:
    assert _pr401(first, msgid, msgstr) != []
