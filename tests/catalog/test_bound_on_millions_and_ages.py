"""PR404 on a bound that English puts on a figure in millions ('at least 7 million',
'at most 7 million' for '700만 명 이상') or on an age ('19 or older', '19 or younger' for
'만 19세 이상'): a lower bound given as an upper one is turned round, as '40% or more'
as '40% 이하' already was."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

EXPECT = "한빛픽처스는 누적 관객 700만 명 이상을 기대한다고 전했다."
AGE = "요금제는 만 19세 이상 개인 고객만 가입할 수 있다."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (EXPECT, "Hanbit Pictures said it expects at most 7 million admissions in total."),
        (AGE, "The plan is available only to individual customers aged 19 or younger."),
    ],
)
def test_a_lower_bound_turned_round(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (EXPECT, "Hanbit Pictures said it expects at least 7 million admissions in total."),
        (EXPECT, "Hanbit Pictures said it expects more than 7 million admissions in total."),
        (AGE, "The plan is available only to individual customers aged 19 or older."),
        (AGE, "The plan is open only to individuals 19 and older."),
    ],
)
def test_the_bound_kept(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == []
