"""PR404 on a time written on the 24-hour clock ('01:55', '翌01:55着', '23:35') that a
translation gives in the other half of the day ('1:55 p.m.', '11:35 a.m.'): a flight
that lands just after midnight said to land in the afternoon; before, the bare hour of
'1:55 p.m.' was taken for the 1 of '01:55'. The same time in its half ('1:55 a.m. (+1)',
'11:35 p.m.', '01:55', '오후 11시 35분') stays silent."""

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
        (
            "ko",
            LEG,
            "SB704편 부산 오후 11시 35분 출발 → 나리타 익일 새벽 1시 55분 도착(월·수·금·일)",
        ),
    ],
)
def test_the_same_time(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEG, "SB704: Busan 11:35 p.m. → Narita 1:55 p.m. (Mon, Wed, Fri, Sun)"),
        ("en", LEG, "SB704: Busan 11:35 a.m. → Narita 1:55 a.m. (+1) (Mon, Wed, Fri, Sun)"),
        ("ko", LEG, "SB704편 부산 23:35 출발 → 나리타 익일 오후 1시 55분 도착(월·수·금·일)"),
    ],
)
def test_the_other_half_of_the_day(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
