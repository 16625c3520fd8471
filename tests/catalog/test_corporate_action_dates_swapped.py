"""PR404 on a corporate action's dates given each other's days: a split's record date and
the date it takes effect ('基準日は3月31日、効力発生日は4月1日' as 'The record date is April
1 … the effective date is March 31'), a dividend's record date and its ex-date or its
payment date. Every date stays, so only the label each is paired with tells it; Japanese
and Korean may name the label after the date ('2027年3月31日を基準日として', '3월 31일을
기준일로'), and English names these labels before their dates only ('paid on June 28 to
shareholders of record as of March 31': the record is not June 28's)."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SPLIT = "基準日は2027年3月31日、効力発生日は2027年4月1日です。"
OBJECT = "2027年3月31日（水曜日）を基準日とし、2027年4月1日を効力発生日として株式分割を行います。"
DIVIDEND = (
    "The dividend will be paid from June 28, 2027 to shareholders of record as of "
    "March 31, 2027, and the ex-dividend date is March 30, 2027."
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SPLIT,
            "The record date is March 31, 2027, and the effective date is April 1, 2027.",
        ),
        ("ko", SPLIT, "기준일은 2027년 3월 31일, 효력발생일은 2027년 4월 1일이다."),
        (
            "en",
            OBJECT,
            "The split takes effect on April 1, 2027, with a record date of March 31, 2027.",
        ),
        (
            "ja",
            DIVIDEND,
            "配当金は2027年3月31日を基準日とし、2027年6月28日より支払いを開始いたします。"
            "なお、権利落ち日は2027年3月30日です。",
        ),
        (
            "ko",
            DIVIDEND,
            "배당금은 2027년 3월 31일을 기준일로 하여 2027년 6월 28일부터 지급하며, "
            "배당락일은 2027년 3월 30일이다.",
        ),
        ("ko", DIVIDEND, "배당락일은 2027년 3월 30일, 기준일은 3월 31일, 지급일은 6월 28일이다."),
    ],
)
def test_each_date_with_its_label(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SPLIT,
            "The record date is April 1, 2027, and the effective date is March 31, 2027.",
        ),
        ("ko", SPLIT, "기준일은 2027년 4월 1일, 효력발생일은 2027년 3월 31일이다."),
        (
            "en",
            OBJECT,
            "The split takes effect on March 31, 2027, with a record date of April 1, 2027.",
        ),
        (
            "ja",
            DIVIDEND,
            "配当金は2027年3月30日を基準日とし、2027年6月28日より支払いを開始いたします。"
            "なお、権利落ち日は2027年3月31日です。",
        ),
        (
            "ko",
            DIVIDEND,
            "배당금은 2027년 3월 30일을 기준일로 하여 2027년 6월 28일부터 지급하며, "
            "배당락일은 2027년 3월 31일이다.",
        ),
    ],
)
def test_the_dates_given_to_each_other(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]
