"""PR404 on a date a period starts on given as the day it ends, or the other way round:
'1月20日より販売' as 'on sale until January 20', '3月28日から' as '3월 28일까지' move a
sale's, a campaign's or an application window's whole period while the date's figures
match; before, only a deadline's day taken in or left out was compared. A date given
with no such word, or with the same one, stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SALE = "航空券は1月20日より販売します。"
CAMPAIGN = "2027年3月28日から5月31日までに搭乗すると、1,000マイルを積算します。"


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "starts or ends a period" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SALE, "Tickets go on sale from January 20."),
        ("en", SALE, "Tickets go on sale on January 20."),
        ("ko", SALE, "항공권은 1월 20일부터 판매한다."),
        ("en", CAMPAIGN, "Members flying between March 28 and May 31, 2027 earn 1,000 miles."),
        ("en", CAMPAIGN, "Members flying from March 28 to May 31, 2027 earn 1,000 miles."),
        ("ko", CAMPAIGN, "2027년 3월 28일부터 5월 31일까지 탑승하면 1,000마일을 적립한다."),
        ("ja", "Applications are accepted until April 1.", "申し込みは4月1日まで受け付けます。"),
    ],
)
def test_the_start_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SALE, "Tickets will be on sale until January 20."),
        ("en", SALE, "Tickets are sold through January 20."),
        ("ko", SALE, "항공권은 1월 20일까지 판매한다."),
        ("ko", CAMPAIGN, "2027년 3월 28일까지 탑승하면 1,000마일을 적립한다."),
        ("ja", "Applications are accepted until April 1.", "申し込みは4月1日から受け付けます。"),
    ],
)
def test_the_start_said_as_the_end(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_turned(locale, msgid, msgstr)) == 1
