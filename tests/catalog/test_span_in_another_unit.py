"""PR404 on a span of time the translation gives in another unit of the same length: '14
days' as '2週間' or '2주', '90 minutes' as '1時間30分' or '1시간 30분', '24 months' as
'2年間', '120 minutes' as '2시간', '3.5 hours' as '3時間半' (a trial, a lesson, a course,
as the readers' market counts it). Each was reported as its figure changed. Another
length ('3週間', '1時間20分'), an inexact conversion ('12 weeks' as '3か月') and a clock's
minutes are still compared."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TRIAL = "Families get a 14-day free trial."
LESSON = "Each lesson takes 90 minutes."


def _figures(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TRIAL, "ご家庭向けに2週間の無料体験を用意しています。"),
        ("ko", TRIAL, "가정에는 2주 무료 체험이 제공된다."),
        ("ja", LESSON, "1回の授業は1時間30分です。"),
        ("ko", LESSON, "수업 1회는 1시간 30분이다."),
        ("ja", "The course lasts 24 months.", "コースの期間は2年間です。"),
        ("ko", "Students spent 120 minutes a week on it.", "학생들은 주당 2시간을 썼다."),
        ("en", "所要時間は1時間30分です。", "It takes 90 minutes."),
        ("en", "2週間の無料体験を用意しています。", "Families get a 14-day free trial."),
        # a half said as one ('3時間半', '3시간 반', '1年半', '1년 반')
        ("ja", "Students used it 3.5 hours per week.", "児童は週3時間半利用しました。"),
        ("ko", "Students used it 3.5 hours per week.", "학생들은 주당 3시간 반 사용했다."),
        ("ja", "It took 1.5 years.", "1年半かかりました。"),
        ("ko", "It took 18 months.", "1년 반이 걸렸다."),
        ("en", "所要時間は2時間半です。", "It takes 2.5 hours."),
    ],
)
def test_the_same_span_in_another_unit(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TRIAL, "ご家庭向けに3週間の無料体験を用意しています。"),
        ("ja", LESSON, "1回の授業は1時間20分です。"),
        ("ko", LESSON, "수업 1회는 1시간 30초다."),
        ("ja", "The course lasts 12 weeks.", "コースの期間は3か月です。"),
        ("ja", "It starts at 10:30, 90 minutes later.", "10時30分に始まります。"),
        ("ja", "Students used it 3.5 hours per week.", "児童は週2時間半利用しました。"),
        ("ko", "It took 18 months.", "1년이 걸렸다."),
    ],
)
def test_another_span(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr)
