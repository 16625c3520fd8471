"""PR410 on what an incident did not touch ('カード情報は含まれておりません', '결제 정보는
포함되지 않았습니다', 'was not included') said as touched ('was included', '포함되었습니다'),
also where the translation keeps another negation of the sentence ('not stored ... but was
included'), and the other way round."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CARDS = "カード情報は当社では保持しておらず、今回の流出には含まれておりません。"
KO_PAY = "결제 정보는 이번 사고에 포함되지 않았습니다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CARDS, "Card details are not stored by us and were not included in this leak."),
        ("en", CARDS, "As we do not store card details, none were included in this leak."),
        ("ko", CARDS, "카드 정보는 당사가 보관하지 않으며, 이번 유출에 포함되지 않았습니다."),
        ("ko", CARDS, "카드 정보는 당사가 보관하지 않으며, 이번 유출에 포함돼 있지 않습니다."),
        ("ja", KO_PAY, "決済情報は今回の事故に含まれていません。"),
        ("en", KO_PAY, "No payment information was included in this incident."),
        (
            "en",
            "流出した情報には氏名と住所が含まれています。",
            "The leaked data includes names and addresses.",
        ),
        (
            "ko",
            "Names were included, but passwords were not.",
            "이름은 포함됐지만 비밀번호는 포함되지 않았다.",
        ),
        ("ko", "価格は3,300円（税込）です。", "가격은 3,300엔(세금 포함)입니다."),
    ],
)
def test_what_was_not_touched_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CARDS, "Card details are not stored by us but were included in this leak."),
        ("ko", CARDS, "카드 정보는 당사가 보관하지 않으며, 이번 유출에 포함되었습니다."),
        (
            "ja",
            "Passwords were included in the exposed data.",
            "流出データにパスワードは含まれていない。",
        ),
    ],
)
def test_not_included_said_as_included_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]
