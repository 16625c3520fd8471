"""PR404 on a limit of time said the other way: '最長18時間' (up to 18 hours) as '최단 18시간'
(as little as 18 hours), '최단 3초' as '最長3秒'. The longest and the shortest bound a figure
from above and from below as '最大' and '最低' do, and were not read as bounds at all."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BATTERY_JA = "1回の充電で最長18時間稼働します。"
ALERT_KO = "낙상 징후를 감지하면 최단 3초 만에 알린다."
TERM_KO = "대출 기간은 최장 35년이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", BATTERY_JA, "1회 충전으로 최단 18시간 작동한다."),
        ("ja", ALERT_KO, "転倒の兆候を検知すると最長3秒で知らせます。"),
        ("ja", TERM_KO, "融資期間は最短35年です。"),
        ("en", TERM_KO, "Loans run for a minimum of 35 years."),
        ("en", ALERT_KO, "It alerts staff in no more than 3 seconds after a fall."),
    ],
)
def test_the_limit_turned_around(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", BATTERY_JA, "1회 충전으로 최장 18시간 작동한다."),
        ("ko", BATTERY_JA, "1회 충전으로 최대 18시간 작동한다."),
        ("en", BATTERY_JA, "It runs for up to 18 hours on a single charge."),
        ("ja", ALERT_KO, "転倒の兆候を検知すると最短3秒で知らせます。"),
        ("en", ALERT_KO, "It alerts staff in as little as 3 seconds after detecting a fall."),
        ("ja", TERM_KO, "融資期間は最長35年です。"),
        ("en", TERM_KO, "Loans run for up to 35 years."),
        ("en", TERM_KO, "The maximum term is 35 years."),
    ],
)
def test_the_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
