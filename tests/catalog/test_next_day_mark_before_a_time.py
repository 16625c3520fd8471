"""PR404 on a Japanese timetable's next-day mark before the time ('成田 翌01:55着'), the
'(+1)' of an arrival after midnight: a translation that drops it ('나리타 01:55 도착',
'Narita 1:55 a.m.') lands the flight a day early; before, '翌' alone was read as no
figure. Given as '(+1)', '익일', '다음 날' or 'the next day', it stays silent, and so does a
'翌' that marks no time ('翌年', '翌月')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LEG = "SB704便　釜山 23:35発 → 成田 翌01:55着（月・水・金・日）"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEG, "SB704: Busan 11:35 p.m. → Narita 1:55 a.m. (+1) (Mon, Wed, Fri, Sun)"),
        ("en", LEG, "SB704: Busan 11:35 p.m. → Narita 1:55 a.m. the next day (Mon, Wed, Fri, Sun)"),
        ("ko", LEG, "SB704편 부산 23:35 출발 → 나리타 익일 01:55 도착(월·수·금·일)"),
        ("ko", LEG, "SB704편 부산 23:35 출발 → 나리타 01:55(+1) 도착(월·수·금·일)"),
        ("ko", LEG, "SB704편 부산 23:35 출발 → 나리타 다음 날 새벽 1시 55분 도착(월·수·금·일)"),
        ("en", "翌年4月に開業します。", "It opens in April the following year."),
    ],
)
def test_the_next_day_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "SB704: Busan 11:35 p.m. → Narita 1:55 a.m. (Mon, Wed, Fri, Sun)"),
        ("ko", "SB704편 부산 23:35 출발 → 나리타 01:55 도착(월·수·금·일)"),
    ],
)
def test_the_next_day_dropped(locale: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, LEG, msgstr, with_info=False)
