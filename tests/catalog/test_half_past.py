"""PR404 on half past the hour as Japanese and Korean say it ('17時半', '오후 5시 반'):
17:30, which '5:30 p.m.' says and '5:00 p.m.' does not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HOURS = "受付時間は9時～17時半です。"
CLOSE = "접수는 오후 5시 반까지다."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HOURS, "Lines are open from 9:00 a.m. to 5:30 p.m."),
        ("ko", HOURS, "접수 시간은 오전 9시부터 오후 5시 30분까지다."),
        ("en", CLOSE, "Entries close at 5:30 p.m."),
        ("ja", "Lines are open from 9:00 to 17:30.", "受付時間は9時～17時半です。"),
        # a half of something else
        ("en", "화성시 반도체 공장 3곳", "three chip plants in Hwaseong"),
    ],
)
def test_half_past_said_another_way(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HOURS, "Lines are open from 9:00 a.m. to 5:00 p.m."),
        ("en", CLOSE, "Entries close at 5 p.m."),
    ],
)
def test_half_past_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]
