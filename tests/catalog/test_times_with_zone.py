"""PR404 on a time given with its zone ('17:30 JST', '10:00 a.m. KST'): its minutes and
its half of the day count, however the translation writes them."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RUN = "Sessions run from 10:00 to 17:30 JST."
SALE = "Tickets go on sale at 10:00 a.m. JST."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RUN, "セッションは日本時間10時～17時30分です。"),
        ("ja", RUN, "セッションは日本時間10:00～17:30です。"),
        ("ko", RUN, "세션은 일본 시간 오전 10시부터 오후 5시 30분까지다."),
        ("ko", "Registration closes at 23:59 JST.", "등록은 오후 11시 59분(일본 시간)에 마감된다."),
        ("ko", "It starts at 12:30 p.m. KST.", "한국 시간 오후 12시 30분에 시작한다."),
        ("ja", SALE, "航空券は午前10時（日本時間）に発売します。"),
        ("ja", SALE, "航空券は日本時間10時に発売します。"),
        ("en", "受付は12時30分（日本時間）までです。", "Entries close at 12:30 p.m. JST."),
        ("en", "受付は17時30分（日本時間）までです。", "Entries close at 5:30 p.m. JST."),
    ],
)
def test_a_time_with_its_zone_said_another_way(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # the minutes dropped, or changed
        ("ja", RUN, "セッションは日本時間10時～17時です。"),
        ("ko", RUN, "세션은 일본 시간 오전 10시부터 오후 7시 30분까지다."),
        ("en", "受付は17時30分（日本時間）までです。", "Entries close at 5:40 p.m. JST."),
        # the morning made the evening
        ("ja", SALE, "航空券は午後10時（日本時間）に発売します。"),
    ],
)
def test_a_time_with_its_zone_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]
