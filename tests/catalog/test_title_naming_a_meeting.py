"""PR401: a title before a word for a meeting names the meeting of those who hold the
office, not a person ('日韓環境大臣会合', '한일 환경장관 회의': 'the Japan-Korea Environment
Ministers' Meeting'), so the glossary's form of the title is not wanted there. The title
of a person is still wanted ('青柳環境大臣は')."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "title:env",
            Kind.TITLE,
            {
                "en": Term("Minister of the Environment"),
                "ja": Term("環境大臣"),
                "ko": Term("환경장관"),
            },
        )
    ]
)


def _pr401(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=GLOSSARY)
    return [f.message for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "釜山で開かれる日韓環境大臣会合に出席します。",
            "I will attend the Japan-Korea Environment Ministers' Meeting in Busan.",
        ),
        (
            "en",
            "부산에서 열리는 한일 환경장관회의에 참석한다.",
            "She will attend the Japan-Korea Environment Ministers' Meeting in Busan.",
        ),
    ],
)
def test_a_meeting_of_office_holders(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr401(locale, msgid, msgstr) == []


def test_the_title_of_a_person_is_still_wanted() -> None:
    found = _pr401("en", "青柳環境大臣は会合に出席しました。", "Environment Chief Aoyagi attended.")
    assert found
