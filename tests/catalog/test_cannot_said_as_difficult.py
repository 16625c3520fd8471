"""PR410: 'cannot' said as 'it is difficult', as Japanese and Korean notices politely say
that something cannot be done ('visitors who cannot travel' as '방문이 어려운 분들',
'来場が難しい方'), keeps the source's negation; a translation that says it can be done,
or one that drops another negation, is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "Webinar for visitors who cannot travel", "현지 방문이 어려운 분들을 위한 웨비나"),
        (
            "ko",
            "Customers who can't visit the booth can watch the demo online.",
            "부스 방문이 힘든 고객은 온라인으로 시연을 볼 수 있다.",
        ),
        (
            "ja",
            "For those who are unable to attend, the keynote will be streamed live.",
            "会場へのご来場が難しい方のため、基調講演をライブ配信します。",
        ),
        (
            "ja",
            "The venue cannot accept visitors without registration.",
            "会場では事前登録のない方の入場が困難です。",
        ),
    ],
)
def test_cannot_said_as_difficult_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "Visitors cannot bring food into the hall.", "방문객은 홀에 음식을 가져올 수 있다."),
        # 'difficult' says nothing of a negation that is no inability
        (
            "ja",
            "The session will not be recorded, and travel is difficult.",
            "セッションは録画され、移動は難しい状況です。",
        ),
    ],
)
def test_a_negation_dropped_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)
