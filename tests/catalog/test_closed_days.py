"""PR410: the days a hotline or a counter is closed ('土日祝日を除く', '주말 및 공휴일 제외',
'excluding weekends and public holidays') said as open in the translation ('including
weekends'), or a kind of them (the weekend, holidays) named nowhere in it, sends callers
to a closed line. Weekdays or 'Monday to Friday' name the weekend; a closed day said
otherwise, a place left out ('日本を除く'), one date ('closed on Sunday, March 7'), or the
New Year's break are no such change."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

HOURS_JA = "回収受付窓口：0120-604-118（受付時間：10:00～17:00、土日祝日を除く）"
HOURS_KO = "상담 센터: 1588-0417(평일 오전 10시~오후 5시, 주말 및 공휴일 제외)"
HOURS_EN = "Call 0800-555-0143 from 9 a.m. to 5 p.m., except on Saturdays, Sundays and holidays."


def _pr410(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HOURS_JA, "Recall desk: 0120-604-118 (10:00 to 17:00, including weekends and "
         "public holidays)"),
        ("ko", HOURS_JA, "회수 접수 창구: 0120-604-118(10:00~17:00, 주말 및 공휴일 포함)"),
        ("ja", HOURS_EN, "受付時間は午前9時～午後5時（土日祝日を含む）です。電話：0800-555-0143"),
        ("en", HOURS_KO, "Counseling center: 1588-0417 (weekdays 10 a.m. to 5 p.m.)"),
        ("ko", HOURS_EN, "오전 9시부터 오후 5시까지 0800-555-0143으로 전화하십시오."),
        ("ja", HOURS_KO, "相談センター：1588-0417（午前10時～午後5時）"),
    ],
)  # fmt: skip
def test_closed_days_said_open_or_left_out_are_reported(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert _pr410(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HOURS_JA, "Recall desk: 0120-604-118 (10:00 to 17:00, excluding weekends and "
         "public holidays)"),
        ("en", HOURS_JA, "Recall desk: 0120-604-118 (Monday–Friday, 10:00–17:00, except "
         "national holidays)"),
        ("ko", HOURS_JA, "회수 접수 창구: 0120-604-118(접수 시간: 10:00~17:00, 토·일·공휴일 제외)"),
        ("ja", HOURS_KO, "相談センター：1588-0417（平日午前10時～午後5時、土日祝日を除く）"),
        ("ja", HOURS_EN, "受付は午前9時～午後5時（土・日・祝日は休業）。電話：0800-555-0143"),
        ("en", "日本を除くアジア各国で販売しています。", "It is sold across Asia outside Japan."),
        ("en", "年末年始（12月29日～1月3日）は休業します。",
         "We will be closed over the New Year holidays (December 29 to January 3)."),
        ("ja", "The showroom will be closed on Sunday, March 7.", "3月7日（日）は休業します。"),
        ("ko", "The hotline is open seven days a week.", "핫라인은 연중무휴로 운영됩니다."),
    ],
)  # fmt: skip
def test_closed_days_kept_pass(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr410(locale, msgid, msgstr) == []


# a recall notice's hotline: a weekday range that takes in a closed day, or ends elsewhere
RANGE_JA = "受付時間：月～金曜日 9:00～17:00（祝日を除く）"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", HOURS_JA, "Recall desk: 0120-604-118 (Monday to Saturday, 10:00 to 17:00, "
         "except holidays)", "Monday to Saturday"),
        ("en", HOURS_JA, "Recall desk: 0120-604-118 (Mon–Sun 10:00–17:00, except holidays)",
         "Mon–Sun"),
        ("en", RANGE_JA, "Hours: Monday through Saturday, 9 a.m. to 5 p.m. (except holidays)",
         "Monday through Saturday"),
        ("ko", RANGE_JA, "상담 시간: 월~토요일 09:00~17:00(공휴일 제외)", "월~토"),
        ("ja", HOURS_KO, "相談センター：1588-0417（月～土 午前10時～午後5時、祝日を除く）",
         "月～土"),
        # weekdays or every day said in a word beside the hours
        ("en", "고객센터는 평일 오전 9시부터 오후 6시까지 운영한다.",
         "The customer center is open daily from 9 a.m. to 6 p.m.", "daily"),
        ("ja", "Call us weekdays, 9 a.m. to 6 p.m.", "受付時間は年中無休、午前9時～午後6時です。",
         "年中無休"),
        ("ko", HOURS_JA, "회수 접수 창구: 0120-604-118(매일 10:00~17:00)", "매일"),
        ("ko", "Lines are open Monday to Friday, 9 a.m. to 5 p.m., except holidays.",
         "상담 시간: 월요일부터 일요일까지 오전 9시~오후 5시(공휴일 제외)", "월요일부터 일"),
    ],
)  # fmt: skip
def test_a_weekday_range_that_opens_a_closed_day_is_reported(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert found in _pr410(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HOURS_JA, "Recall desk: 0120-604-118 (Monday to Friday, 10:00 to 17:00, "
         "except national holidays)"),
        ("en", RANGE_JA, "Hours: Mon–Fri, 9 a.m. to 5 p.m. (except holidays)"),
        ("ko", RANGE_JA, "상담 시간: 월요일부터 금요일까지 09:00~17:00(공휴일 제외)"),
        ("ja", HOURS_KO, "相談センター：1588-0417（月曜日～金曜日 午前10時～午後5時、祝日を除く）"),
        # months, dates and 'this month' are no weekdays
        ("en", "2027年3月から日本で販売します。", "Sales in Japan start in March 2027."),
        ("en", "今月から土曜も営業します。", "From this month we also open on Saturdays."),
        ("ko", "3月1日～5日まで開催します。", "3월 1일~5일까지 개최합니다."),
        ("ja", "Open Monday to Sunday.", "月曜日～日曜日まで営業します。"),
        ("en", "고객센터는 평일 오전 9시부터 오후 6시까지 운영한다.",
         "The customer center is open Monday to Friday from 9 a.m. to 6 p.m."),
        ("ja", "The line is open seven days a week, 9 a.m. to 6 p.m.",
         "受付時間は毎日午前9時～午後6時です。"),
        # no hours: a newspaper; both words in one text
        ("en", "毎日新聞によると、平日の利用者は増えた。",
         "Weekday riders rose, the Mainichi said."),
        ("ja", "Flights depart daily at 9:00 and on weekdays at 14:00.",
         "毎日9時、平日は14時にも出発します。"),
    ],
)  # fmt: skip
def test_a_weekday_range_kept_is_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr410(locale, msgid, msgstr) == []
