"""PR404 and a school grade given in the other country's numbering: English counts grades 1
to 12 ('grade 7', 'grades 7–9', '8th graders'), Japanese and Korean each school's years
('中学1年', '중학교 1~3학년', '中3'), so an official translation of 'grades 4 to 9' as
'小学4年生から中学3年生' was reported as 9 changed to 3. A grade given as another pupil's
('中学2年' for grade 9), a school's year with no school named ('3年生') and a count of
schools ('中学校2校') are still compared as figures."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _figures(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


PILOT = "The pilot enrolled 6,800 students in grades 4 to 9."
TABLE = "Middle school (grades 7–9)"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PILOT, "試験導入には小学4年生から中学3年生までの6,800人が参加しました。"),
        ("ko", PILOT, "시범 사업에는 초등학교 4학년부터 중학교 3학년까지 6,800명이 참여했다."),
        ("ja", TABLE, "中学校（1〜3年生）"),
        ("ko", TABLE, "중학교(1~3학년)"),
        ("ja", "It is free for 8th graders.", "中学2年生は無料です。"),
        ("ko", "It opens to students in grade 10.", "고1 학생에게 공개된다."),
        ("ja", "Students in grades 10-12 take the test.", "高校1〜3年生が受験します。"),
        ("ko", "Students in grades 10-12 take the test.", "고등학교 1~3학년이 응시한다."),
        ("en", "中学2年生を対象とします。", "It is aimed at students in 8th grade."),
        (
            "en",
            "중학교 3학년 학생 1,200명이 참여했다.",
            "Some 1,200 students in grade 9 took part.",
        ),
        # the range's end with its counter again, a pair of years ('2·3학년')
        ("ja", "7th through 9th graders can join.", "中学1年生から3年生までが参加できます。"),
        ("ko", "It is for 8th and 9th graders.", "중학교 2·3학년 학생이 대상이다."),
        ("ko", "It is for students in grades 7 to 9.", "중학교 1학년부터 3학년까지가 대상이다."),
        # the same number, or no school in either language: nothing to renumber
        ("ja", "Students in grade 7 join first.", "7年生から先に参加します。"),
    ],
)
def test_a_grade_in_the_schools_own_numbering(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # another pupil: grade 9 is the third year of middle school, not the second
        ("ja", PILOT, "試験導入には小学4年生から中学2年生までの6,800人が参加しました。"),
        ("ko", PILOT, "시범 사업에는 초등학교 4학년부터 고등학교 3학년까지 6,800명이 참여했다."),
        ("ja", TABLE, "中学校（1〜2年生）"),
        ("ja", "7th through 9th graders can join.", "中学1年生から2年生までが参加できます。"),
        ("ko", "It is for 8th and 9th graders.", "중학교 1·2학년 학생이 대상이다."),
        ("ko", "It opens to students in grade 10.", "중1 학생에게 공개된다."),
        ("en", "中学2年生を対象とします。", "It is aimed at students in 9th grade."),
        # a school's year with no school named, and a count of schools, are figures
        ("ja", "Students in grade 7 join first.", "1年生から先に参加します。"),
        ("ja", "Students in grade 7 join first.", "中学校2校が先に参加します。"),
        # a word that holds the school's letter is no school ('最高3' is 'at most 3')
        ("ja", "Students in grade 9 join first.", "最高3年生から先に参加します。"),
    ],
)
def test_another_grade_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr)
