"""PR404 on a figure the source restates in brackets right after itself, with its unit
('12ミリジーメンス（12 mS/cm）', '5万円（50,000円）'), which a translation says once."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CONDUCTIVITY = "伝導率は12ミリジーメンス（12 mS/cm）です。"


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CONDUCTIVITY, "Its conductivity is 12 mS/cm."),
        ("en", "売上は5万円（50,000円）でした。", "Sales were ¥50,000."),
    ],
)
def test_a_figure_said_once(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # another figure in brackets that happens to be the same: left out
        ("en", "参加者は12人（うち女性12人）でした。", "There were 12 participants."),
        ("ja", "Sales were 12 units (12 in Japan).", "販売は12台でした。"),
    ],
)
def test_a_bracket_that_says_more(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]
