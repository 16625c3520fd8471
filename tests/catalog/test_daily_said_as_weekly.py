"""PR410 on a service's or a count's period, a day or a week: '14 weekly frequencies' as
'하루 14회' or '1日14便', 'a daily service' as '週1便' or '매주' multiply or divide it by
seven while the figure stays; before, nothing compared the period. A date's '1日' ('4月1日
10時', '4월 1일 10시') is no day's count, and a period kept stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

WEEKLY = "The carrier will offer 14 weekly frequencies from April 1."
DAILY = "A daily service starts on April 1 at 10:00."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", WEEKLY, "同社は4月1日から週14便を運航します。"),
        ("ko", WEEKLY, "이 항공사는 4월 1일부터 주 14회 운항합니다."),
        ("ja", DAILY, "4月1日10時から毎日運航します。"),
        ("ko", DAILY, "4월 1일 10시부터 매일 운항합니다."),
        ("ko", "Weekly service starts on April 1 at 10:00.", "4월 1일 10시부터 운항합니다."),
        ("ja", "Weekly service starts on April 1 at 10:00.", "4月 1日 10時から運航します。"),
        ("en", "週3便運航します。", "There will be three flights a week."),
    ],
)
def test_the_period_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", WEEKLY, "同社は4月1日から1日14便を運航します。"),
        ("ko", WEEKLY, "이 항공사는 4월 1일부터 하루 14회 운항합니다."),
        ("ja", DAILY, "4月1日10時から週1便で運航します。"),
        ("ko", DAILY, "4월 1일 10시부터 매주 운항합니다."),
        ("en", "週3便運航します。", "There will be three flights a day."),
    ],
)
def test_the_period_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


# a railway's riders a day, said by the rate's word before what it counts
RIDERS_JA = "1日当たりの利用者は約4万人を見込みます。"
RIDERS_KO = "하루 이용객은 약 4만 명으로 예상된다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "changed"),
    [
        ("en", RIDERS_JA, "About 40,000 passengers a week are expected.", True),
        ("en", RIDERS_KO, "About 40,000 passengers a week are expected.", True),
        ("ko", RIDERS_JA, "주 이용객은 약 4만 명으로 예상된다.", False),
        ("en", RIDERS_JA, "About 40,000 passengers a day are expected.", False),
        ("en", RIDERS_KO, "It is expected to carry about 40,000 passengers daily.", False),
        ("ja", RIDERS_KO, "1日当たりの利用者は約4万人と見込まれる。", False),
    ],
)
def test_riders_a_day(locale: str, msgid: str, msgstr: str, changed: bool) -> None:
    assert ("PR410" in translation_codes(locale, msgid, msgstr, with_info=False)) is changed
