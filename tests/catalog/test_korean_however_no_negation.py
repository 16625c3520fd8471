"""PR410: the Korean conjunction '다만' (however, for ただし or なお) and a clause ending
in '지만' ('있지만', '하지만': although, but) hold no '만' of 'only', so a negation the
translation drops after them is reported; '만' after a noun ('국내에서만') still says
'only' and stands for the source's negation."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

NO_BINDING = "ただし、この覚書には法的拘束力はありません。"
NOT_SOLD = "なお、新色は店舗では販売しません。"


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (NO_BINDING, "다만 이 양해각서에는 법적 구속력이 있다."),
        (NOT_SOLD, "다만 신규 색상은 매장에서 판매한다."),
        (NOT_SOLD, "하지만 신규 색상은 매장에서 판매한다."),
        (NOT_SOLD, "수량은 적지만 신규 색상은 매장에서 판매한다."),
    ],
)
def test_negation_dropped_after_however_is_reported(msgid: str, msgstr: str) -> None:
    assert _negations("ko", msgid, msgstr) != []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (NO_BINDING, "다만 이 양해각서에는 법적 구속력이 없다."),
        (NO_BINDING, "다만 이 양해각서는 법적 구속력을 갖지 않는다."),
        (NOT_SOLD, "다만 신규 색상은 온라인에서만 판매한다."),
        (NOT_SOLD, "한편 신규 색상은 매장에서는 판매하지 않는다."),
    ],
)
def test_negation_kept_passes(msgid: str, msgstr: str) -> None:
    assert _negations("ko", msgid, msgstr) == []
