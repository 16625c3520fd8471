"""PR410 on an application window's opening said as its close, or the other way round:
'Applications close on March 31' as '申込受付は3月31日に開始します', 'Registration opens on
May 12' as '접수는 5월 12일 마감된다'. The date stays, so the figures matched, and
applicants miss the window. The same side, a sentence that gives both, and opening or
closing that is no window's ('The store closes at 9 p.m.') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CLOSE = "Applications close on March 31."
OPEN = "Registration opens on May 12."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", CLOSE, "申込受付は3月31日に締め切ります。"),
        ("ko", CLOSE, "신청 접수는 3월 31일 마감된다."),
        ("ja", OPEN, "5月12日から申込を受け付けます。"),
        ("ko", OPEN, "접수는 5월 12일 시작된다."),
        (
            "ja",
            "Registration opens on May 12 and closes on June 2.",
            "申込受付は5月12日に始まり、6月2日に締め切ります。",
        ),
        ("ja", "The store closes at 9 p.m.", "店舗は午後9時に閉店し、翌朝開始します。"),
    ],
)
def test_the_same_side_of_the_window(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", CLOSE, "申込受付は3月31日に開始します。"),
        ("ko", CLOSE, "신청 접수는 3월 31일 시작된다."),
        ("ja", OPEN, "申込受付は5月12日に締め切ります。"),
        ("ko", OPEN, "접수는 5월 12일 마감된다."),
        ("en", "申込受付は3月31日に締め切ります。", "Applications open on March 31."),
    ],
)
def test_the_window_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)
