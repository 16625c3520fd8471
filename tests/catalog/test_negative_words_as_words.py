"""PR410: a translation's negative word is read as a word, not as the start of another
('bank' is no ban, 'Denmark' no denial) nor a Korean '만' that is a full age or a figure
('만 65세', '1만 건'), so a negation they used to hide is reported; 'banned', 'denied' and
'회원만' (members only) still answer one."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

CASH = "窓口では現金を受け取らず、振り込みのみで受け付けます。"
DENMARK = "本製品はデンマークでは販売しません。"
AGE = "The subsidy is not paid to residents who moved in this year."


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CASH, "The counter accepts cash and bank transfers."),
        ("en", DENMARK, "The product will be sold in Denmark."),
        ("ko", AGE, "보조금은 올해 전입한 만 65세 주민에게 지급된다."),
        ("ko", AGE, "보조금은 올해 전입한 주민에게 1만 원씩 지급된다."),
    ],
)
def test_negation_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CASH, "Cash is banned at the counter; pay by bank transfer."),
        ("en", DENMARK, "Sales in Denmark are denied."),
        ("ko", AGE, "보조금은 올해 전입 전부터 살던 주민만 받는다."),
    ],
)
def test_negation_said_otherwise(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []
