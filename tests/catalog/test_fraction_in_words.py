"""PR404 on a Japanese or Korean fraction ('3分の1', '3분의 1') that the English
translation says in words ('one third', 'a third', 'two thirds')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("en", msgid, msgstr)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("充電時間を3分の1に短縮する電解質", "An Electrolyte That Cuts Charging Time to One Third"),
        ("充電時間を従来の約3分の1に短縮できます。", "It can cut charging time to about a third."),
        ("費用を約3分の2に抑えました。", "It kept costs to about two thirds."),
        ("충전 시간을 4분의 1로 줄였다.", "It cut charging time to a quarter."),
    ],
)
def test_a_fraction_said_in_words(msgid: str, msgstr: str) -> None:
    assert _codes(msgid, msgstr) == []


def test_another_fraction_in_words() -> None:
    assert _codes("費用を約3分の2に抑えました。", "It kept costs to about a quarter.") == [
        "PR404",
        "PR404",
    ]
