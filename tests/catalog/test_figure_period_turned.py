"""PR404 on a figure given for another period in a sentence that gives two periods: 'JPY
2,180 per month' as '年額2,180円' beside a monthly and an annual plan, '3.5 hours per week'
as '월 평균 3.5시간' or '1日平均3.5時間'. The checks that compare the periods a sentence
says saw both periods on both sides, or no word they knew ('주당', '월 평균'), and stayed
silent. Each figure's own period kept, a period said apart from its figure, a date's
'3月', and a span ('a year ago') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PLANS = (
    "A family plan costs KRW 19,900 per month in Korea and JPY 2,180 per month in Japan; "
    "the annual plan costs KRW 199,000 per year."
)
HOURS = "Students used the app for an average of 3.5 hours per week."


def _periods(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if "for another period" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            PLANS,
            "ファミリープランは韓国で月額19,900ウォン、日本で月額2,180円、年間プランは年額199,000ウォンです。",
        ),
        (
            "ko",
            PLANS,
            "패밀리 요금제는 한국 월 1만9900원, 일본 월 2,180엔, 연간 요금제는 연 19만9000원이다.",
        ),
        ("ja", HOURS, "児童・生徒はアプリを週平均3.5時間利用しました。"),
        ("ko", HOURS, "학생들은 앱을 주당 평균 3.5시간 사용했다."),
        ("ko", HOURS, "학생들은 앱을 일주일에 3.5시간 사용했다."),
        # the period said apart from its figure: not judged
        ("ja", HOURS, "児童・生徒は1週間にアプリを平均で3.5時間利用しました。"),
        # a date is no period
        (
            "ja",
            "Sales reached 3 million units a year after launch.",
            "発売から1年後の3月に300万台に達した。",
        ),
        ("en", "月額2,180円で利用できます。", "It costs JPY 2,180 per month."),
        ("en", "주 3회 수업을 진행한다.", "Classes are held three times a week."),
    ],
)
def test_each_figure_keeps_its_period(locale: str, msgid: str, msgstr: str) -> None:
    assert _periods(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "ja",
            PLANS,
            "ファミリープランは韓国で月額19,900ウォン、日本で年額2,180円、年間プランは年額199,000ウォンです。",
            "年額2,180",
        ),
        (
            "ko",
            PLANS,
            "패밀리 요금제는 한국 월 1만9900원, 일본 월 2,180엔, 연간 요금제는 월 19만9000원이다.",
            "월 19만9000",
        ),
        ("ko", HOURS, "학생들은 앱을 월 평균 3.5시간 사용했다.", "월 평균 3.5"),
        ("ja", HOURS, "児童・生徒はアプリを1日平均3.5時間利用しました。", "1日平均3.5"),
        ("en", "月額2,180円で利用できます。", "It costs JPY 2,180 per year.", "2,180 per year"),
        ("en", "주당 평균 3.5시간 사용했다.", "They used it 3.5 hours a day.", "3.5 hours a day"),
    ],
)
def test_a_figure_given_for_another_period(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    # (a sentence that says one period, turned, is PR410's, which quotes the words)
    messages = _periods(locale, msgid, msgstr) + [
        f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"
    ]
    assert len(messages) == 1 and found.split()[-1][:2] in messages[0]
