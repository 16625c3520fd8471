"""PR404 on a school's counts given each other's figures: its pupils and its teachers ('1.2
million students and 45,000 teachers' as '120万人の教員と4万5,000人の児童・生徒' or '교사
120만 명과 학생 4만5000명'), its schools and its pupils ('42 schools … 6,800 students' as
'학교 6,800곳 … 학생 42명'). Every figure stayed, so the figures matched. Counts kept with
their own nouns, in either order, and a school named with a pupil's year ('중학교 3학년')
stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

USERS = "Its apps are used by 1.2 million students and 45,000 teachers in 11 countries."
PILOT = "The pilot ran in 42 public schools, where 6,800 students in grades 4 to 9 took part."


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and "each other" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            USERS,
            "同社のアプリは11カ国で120万人の児童・生徒と4万5,000人の教員に利用されています。",
        ),
        ("ko", USERS, "회사의 앱은 11개국 학생 120만 명과 교사 4만5000명이 사용하고 있다."),
        ("ko", USERS, "회사의 앱은 11개국 교사 4만5000명과 학생 120만 명이 사용하고 있다."),
        (
            "ja",
            PILOT,
            "試験導入は公立学校42校で行われ、小学4年生から中学3年生までの6,800人が参加しました。",
        ),
        (
            "ko",
            PILOT,
            "시범 운영은 공립학교 42곳에서 진행됐으며 초등학교 4학년부터 중학교 3학년까지 학생 "
            "6,800명이 참여했다.",
        ),
        (
            "en",
            "교사 320명과 학생 4,100명이 참여했다.",
            "Some 320 teachers and 4,100 students took part.",
        ),
    ],
)
def test_counts_keep_their_nouns(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            USERS,
            "同社のアプリは11カ国で120万人の教員と4万5,000人の児童・生徒に利用されています。",
        ),
        ("ko", USERS, "회사의 앱은 11개국 교사 120만 명과 학생 4만5000명이 사용하고 있다."),
        (
            "ko",
            PILOT,
            "시범 운영은 공립학교 6,800곳에서 진행됐으며 초등학교 4학년부터 중학교 3학년까지 학생 "
            "42명이 참여했다.",
        ),
        (
            "en",
            "교사 320명과 학생 4,100명이 참여했다.",
            "Some 4,100 teachers and 320 students took part.",
        ),
    ],
)
def test_counts_given_each_others_figures(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr)
