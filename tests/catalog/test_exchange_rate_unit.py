"""PR404 on an exchange rate given per one unit of a currency ('1米ドル＝150円',
'1달러=1,450원'), which English says without the figure one ('¥150 to the U.S. dollar',
'KRW 1,450 per dollar')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "為替レートは1米ドル＝150円を前提としています。",
            "The forecast assumes an exchange rate of ¥150 to the U.S. dollar.",
        ),
        ("환율은 1달러=1,450원을 가정했다.", "It assumes KRW 1,450 per dollar."),
        ("想定為替レートは1ユーロ＝160円です。", "The assumed rate is ¥160 to the euro."),
    ],
)
def test_one_unit_of_the_currency_is_no_figure(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == []


def test_the_rate_changed() -> None:
    msgid = "為替レートは1米ドル＝150円を前提としています。"
    msgstr = "The forecast assumes an exchange rate of ¥140 to the U.S. dollar."
    assert translation_codes("en", msgid, msgstr, with_info=False) == ["PR404"]
