"""PR404 on a multiplier English says with 'times' before a comparison ('five times the
usual points', '3 times as many'), as a points campaign or a growth figure gives it:
'5倍' or '2배' for it went unread on the English side, so a changed multiplier passed.
A count ('three times a year') and 'at times' are no multipliers."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EN = "Members who pay with the app will earn five times the usual points."
KO = "행사 기간 중 멤버십 포인트를 5배 적립해 준다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "アプリでお支払いの会員様には、通常の3倍のポイントを進呈します。"),
        ("ko", EN, "앱으로 결제한 회원에게는 평소의 2배 포인트를 적립해 준다."),
        (
            "en",
            KO,
            "Membership points will be earned at three times the usual rate.",
        ),
        ("ja", "Sales grew 3 times as fast as the market.", "売上は市場の2倍の速さで伸びた。"),
    ],
)
def test_multiplier_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "アプリでお支払いの会員様には、通常の5倍のポイントを進呈します。"),
        ("ko", EN, "앱으로 결제한 회원에게는 평소의 5배 포인트를 적립해 준다."),
        (
            "en",
            KO,
            "Membership points will be earned at five times the usual rate.",
        ),
        ("ja", "Sales grew 3 times as fast as the market.", "売上は市場の3倍の速さで伸びた。"),
        ("ja", "The team meets three times a year.", "チームは年3回集まります。"),
        ("ko", "At times the queue is long.", "때로는 줄이 길다."),
    ],
)
def test_multiplier_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
