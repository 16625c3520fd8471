"""PR401 on a professor given another academic post in the translation ('准教授',
'명예교수' for 'Professor'): the title is inside the word, the office is another."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "prof", Kind.TITLE, {"en": Term("Professor"), "ja": Term("教授"), "ko": Term("교수")}
        ),
        Entry(
            "morishita",
            Kind.PERSON,
            {"en": Term("Aya Morishita"), "ja": Term("森下 彩"), "ko": Term("모리시타 아야")},
        ),
    ]
)
LED = "A team led by Professor Aya Morishita found it."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LED, "森下 彩教授らの研究グループが明らかにしました。"),
        ("ko", LED, "모리시타 아야 교수 연구팀이 밝혀냈다."),
        # the source says the post itself
        ("en", "森下 彩名誉教授が講演しました。", "Professor Emeritus Aya Morishita spoke."),
        ("en", "森下 彩客員教授が講演しました。", "Visiting Professor Aya Morishita spoke."),
    ],
)
def test_the_same_post(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "森下 彩准教授らの研究グループが明らかにしました。"),
        ("ja", "森下 彩特任教授らの研究グループが明らかにしました。"),
        ("ko", "모리시타 아야 명예교수 연구팀이 밝혀냈다."),
    ],
)
def test_another_academic_post(locale: str, msgstr: str) -> None:
    assert _codes(locale, LED, msgstr) == ["PR401"]
