"""PR410 on the school a pupil is at, turned in the translation: '26 elementary schools' as
'中学校26校' or '중학교 26곳', 'High school students' as '중학생', 'Middle school students'
as '高校生'. Every figure stayed, and no word of the sentence was read as the school. The
same school, 'junior high' as '中学', a sentence that names two schools, and a high
school's entrance exam a middle school prepares for stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SCHOOLS = "The app is used in 26 elementary schools."
APPLY = "High school students can apply."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SCHOOLS, "このアプリは26の小学校で使われています。"),
        ("ko", SCHOOLS, "이 앱은 초등학교 26곳에서 사용되고 있다."),
        ("ko", APPLY, "고등학생이 신청할 수 있다."),
        ("ja", "Junior high students can apply.", "中学生が申し込めます。"),
        ("ja", "It covers elementary and middle schools.", "小学校と中学校が対象です。"),
        (
            "ja",
            "Instructors use it to prepare students for high school entrance exams.",
            "講師は高校入試対策に活用します。",
        ),
    ],
)
def test_the_same_school(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SCHOOLS, "このアプリは26の中学校で使われています。"),
        ("ko", SCHOOLS, "이 앱은 중학교 26곳에서 사용되고 있다."),
        ("ko", APPLY, "중학생이 신청할 수 있다."),
        ("ja", "Middle school students can apply.", "高校生が申し込めます。"),
        ("en", "小学生が申し込めます。", "Middle school students can apply."),
    ],
)
def test_another_school(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)
