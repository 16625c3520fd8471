"""PR410 on a negation of the source that a Chinese translation leaves out: any negative
word of Chinese ('不', '没有', '未', '无'), a stop or a level kept ('停办', '维持',
'保持不变'), a bound ('以内') says it; a translation with none of them says the
opposite."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FARE = "The fare will not change in April."
RENEWAL = "会員証の再発行は受け付けません。"
SHUTTLE = "셔틀버스는 주말에 운행하지 않는다."
CAP = "The number of participants will not exceed 200."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [c for c in translation_codes(locale, msgid, msgstr) if c == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("zh_Hans", FARE, "票价在4月不会变动。"),
        ("zh_Hans", FARE, "4月票价维持不变。"),
        ("zh_Hant", FARE, "4月票價保持不變。"),
        ("zh_Hans", RENEWAL, "会员卡恕不补发。"),
        ("zh_Hant", RENEWAL, "會員證不受理補發。"),
        ("zh_Hant", SHUTTLE, "接駁巴士週末停駛。"),
        ("zh_Hans", SHUTTLE, "班车周末不运行。"),
        ("zh_Hans", CAP, "参加人数控制在200人以内。"),
    ],
)
def test_the_negation_said_in_chinese(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("zh_Hans", FARE, "票价将在4月变动。"),
        ("zh_Hant", RENEWAL, "會員證可受理補發。"),
        ("zh_Hans", SHUTTLE, "班车周末运行。"),
    ],
)
def test_the_negation_left_out(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR410"]
