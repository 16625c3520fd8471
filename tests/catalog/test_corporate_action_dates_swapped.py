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


# a payment's expected day ('支払予定日', '지급 예정일') and the day the board met
# ('11月8日開催の取締役会', '11월 8일 개최된 이사회', 'a meeting held on November 8')
PAYMENT_KO = "배당 기준일은 2027년 6월 30일이며, 배당금 지급 예정일은 2027년 8월 14일이다."
BOARD_JA = (
    "2027年11月8日開催の取締役会において、2027年9月30日を基準日とする中間配当を決議しました。"
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        ("ja", PAYMENT_KO, "配当基準日は2027年6月30日で、支払予定日は2027年8月14日。", []),
        ("ja", PAYMENT_KO, "配当基準日は2027年8月14日で、支払予定日は2027年6月30日。", ["PR404"]),
        (
            "ko",
            BOARD_JA,
            "2027년 11월 8일 개최된 이사회에서 2027년 9월 30일을 기준일로 중간배당을 결의했다.",
            [],
        ),
        (
            "ko",
            BOARD_JA,
            "2027년 9월 30일 개최된 이사회에서 2027년 11월 8일을 기준일로 중간배당을 결의했다.",
            ["PR404"],
        ),
        (
            "en",
            BOARD_JA,
            "At a meeting held on November 8, 2027, the Board resolved to pay an interim "
            "dividend with a record date of September 30, 2027.",
            [],
        ),
        (
            "en",
            BOARD_JA,
            "At a meeting held on September 30, 2027, the Board resolved to pay an interim "
            "dividend with a record date of November 8, 2027.",
            ["PR404"],
        ),
    ],
)
def test_payment_and_meeting_dates(locale: str, msgid: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == codes
