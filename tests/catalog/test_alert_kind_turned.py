"""PR410 on an alert said as another kind: an evacuation order as an advisory ('避難指示'
as 'evacuation advisory', 'ordered to evacuate' as '대피 권고'), a weather agency's
emergency warning as a warning or an advisory ('大雨特別警報' as 'heavy rain advisory').
No figure changes; residents act on the kind. The same kind in other words, and a text
naming two kinds of one family, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ORDER_JA = "市長は市内全域に避難指示を発令しました。"
ORDER_EN = "The city ordered all residents of the ward to evacuate."
EMERGENCY_JA = "気象庁は県内に大雨特別警報を発表しました。"
EMERGENCY_EN = "The agency issued an emergency warning for heavy rain at 22:40."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ORDER_JA, "The mayor issued an evacuation order for the whole city."),
        ("ko", ORDER_EN, "시는 구 전 주민에게 대피 지시를 내렸다."),
        ("ja", ORDER_EN, "市は区の全住民に避難指示を出しました。"),
        (
            "en",
            EMERGENCY_JA,
            "The agency issued an emergency heavy rain warning for the prefecture.",
        ),
        ("ja", EMERGENCY_EN, "気象庁は午後10時40分、大雨特別警報を発表しました。"),
        ("ko", EMERGENCY_EN, "기상청은 오후 10시 40분 폭우 특별경보를 발표했다."),
        # two kinds in one text: an advisory raised to an order
        (
            "en",
            "市は避難勧告を避難指示に切り替えました。",
            "The city raised its evacuation advisory to an evacuation order.",
        ),
        # an alert's level is no weather warning ('경보 4단계')
        ("en", "시는 경보 4단계를 발령했다.", "The city issued Alert Level 4."),
        # an advisory board is nothing of the kind
        (
            "en",
            "大雨警報が出ています。",
            "A heavy rain warning is in effect, the advisory board said.",
        ),
    ],
)
def test_the_alert_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ORDER_JA, "The mayor issued an evacuation advisory for the whole city."),
        ("ko", ORDER_EN, "시는 구 전 주민에게 대피 권고를 내렸다."),
        ("ja", ORDER_EN, "市は区の全住民に避難勧告を出しました。"),
        ("en", "시는 주민들에게 대피 지시를 내렸다.", "The city advised residents to evacuate."),
        ("en", EMERGENCY_JA, "The agency issued a heavy rain advisory for the prefecture."),
        ("ja", EMERGENCY_EN, "気象庁は午後10時40分、大雨警報を発表しました。"),
        ("ko", EMERGENCY_EN, "기상청은 오후 10시 40분 호우 주의보를 발표했다."),
    ],
)
def test_an_alert_said_as_another_kind_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]
