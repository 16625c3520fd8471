"""PR404 on a count of schools or places the translation gives as a count of people: '120
schools' as '120人' or '120명', '310 classrooms' as '310名', '42 public schools' as '42명':
the figure stayed, so the figures matched. The same kind of count ('120校', '120개 학교',
'120곳', '310教室'), a figure the translation does not count, and people counted as people
stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

EXTEND = "We will extend the app to 120 schools in the second semester."
PILOT = "The pilot ran in 42 public schools, where 6,800 students took part."


def _counted(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if "schools or places" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EXTEND, "2学期にはアプリを120校に拡大します。"),
        ("ko", EXTEND, "2학기에는 앱을 120개 학교로 확대한다."),
        ("ko", EXTEND, "2학기에는 앱을 120곳으로 확대한다."),
        ("ja", PILOT, "試験導入は公立学校42校で行われ、6,800人が参加しました。"),
        ("ko", PILOT, "시범 운영은 공립학교 42곳에서 진행됐으며 학생 6,800명이 참여했다."),
        ("ja", "It opens at 310 classrooms.", "310教室で開講します。"),
        ("ja", EXTEND, "2学期にはアプリの導入校を拡大します。"),
    ],
)
def test_the_same_kind_of_count(locale: str, msgid: str, msgstr: str) -> None:
    assert _counted(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EXTEND, "2学期にはアプリを120人に拡大します。"),
        ("ko", EXTEND, "2학기에는 앱을 120명으로 확대한다."),
        ("ko", PILOT, "시범 운영은 공립학교 42명에서 진행됐으며 학생 6,800곳이 참여했다."),
        ("ja", "It opens at 310 classrooms.", "310名で開講します。"),
    ],
)
def test_places_counted_as_people(locale: str, msgid: str, msgstr: str) -> None:
    assert _counted(locale, msgid, msgstr)
