"""PR404 on a time a source writes on the 24-hour clock ('10:00', '22:00') that a
translation gives by its half of the day and its hour ('오후 10시', '午前10時', '10 p.m.'):
'10:00' as '오후 10시' sells the tickets twelve hours late; before, the bare 10 of both
was taken for the same time. The same hour in its half ('오전 10시', '오후 10시' for
'22:00', '午前0時' for '0:00') stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SALE_JA = "航空券は1月20日10:00（日本時間）より販売します。"
ARRIVAL_JA = "釜山には22:00に到着します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", SALE_JA, "항공권은 1월 20일 오전 10시(일본 시간)부터 판매한다."),
        ("ko", SALE_JA, "항공권은 1월 20일 10시(일본 시간)부터 판매한다."),
        ("en", SALE_JA, "Tickets go on sale at 10 a.m. Japan time on January 20."),
        ("ko", ARRIVAL_JA, "부산에는 오후 10시에 도착한다."),
        ("ko", ARRIVAL_JA, "부산에는 밤 10시에 도착한다."),
        ("en", ARRIVAL_JA, "It arrives in Busan at 10 p.m."),
        ("ja", "It lands at 0:00 on March 29.", "3月29日午前0時に着陸します。"),
        ("ko", "The gate opens at 3 p.m.", "게이트는 15:00에 열린다."),
    ],
)
def test_the_same_hour(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", SALE_JA, "항공권은 1월 20일 오후 10시(일본 시간)부터 판매한다."),
        ("en", SALE_JA, "Tickets go on sale at 10 p.m. Japan time on January 20."),
        ("ko", ARRIVAL_JA, "부산에는 오전 10시에 도착한다."),
        ("ja", ARRIVAL_JA.replace("釜山には", "釜山に"), "釜山には午前10時に到着します。"),
        ("ko", "The gate opens at 3 p.m.", "게이트는 03:00에 열린다."),
    ],
)
def test_the_other_half_of_the_day(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
