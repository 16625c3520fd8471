"""PR404 on a run the English source counts in words ('for the third consecutive year',
'the fourth straight quarter') that a Japanese or Korean translation counts with another
number ('2년 연속', '3四半期連続'): the source has no figure, so the figure check saw no
number changed. A run kept, a run left out ('again this year') and a run the source says
by its digits stay silent here."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FIRST = "Hybrid work ranked first for the third consecutive year, chosen by 46.2%."
SALES = "Net sales rose for the fourth straight quarter."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", FIRST, "'하이브리드 근무'가 46.2%로 2년 연속 1위를 차지했다."),
        ("ja", SALES, "売上高は3四半期連続で増加しました。"),
        ("ja", "It ranked first for the third year in a row.", "2年連続で1位となりました。"),
    ],
)
def test_run_counted_otherwise(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", FIRST, "'하이브리드 근무'가 46.2%로 3년 연속 1위를 차지했다."),
        ("ja", SALES, "売上高は4四半期連続で増加しました。"),
        ("ja", "It ranked first for the third year in a row.", "3年連続で1位となりました。"),
        (
            "ja",
            "It ranked first again this year, chosen by 2 in 5.",
            "今年も1位となり、5人に2人が選びました。",
        ),
        ("ko", "Hybrid work topped the list again.", "하이브리드 근무가 2년 연속 1위에 올랐다."),
    ],
)
def test_run_kept_or_not_counted(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
