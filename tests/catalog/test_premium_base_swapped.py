"""PR404: a premium the translation measures over another base than the source (the
closing price for a one-month average, or the other way round), every figure kept, is
reported: '42.1% over the closing price and 49.8% over the one-month average' as
'終値に対して49.8%、1カ月平均に対して42.1%'. The same bases, a base said with both
words ('simple average closing price', '終値単純平均値'), a list of bases said
'respectively' and a percentage of no premium stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

TWO_BASES_EN = (
    "The offer price of JPY 1,640 represents a premium of 42.1% over the closing price on "
    "November 27, 2026, and a premium of 49.8% over the simple average closing price for "
    "the preceding one month."
)
CLOSE_JA = "払込金額910円は、直前営業日の終値に対して6.2%のディスカウントとなります。"
AVERAGE_KO = (
    "매수 가격은 주당 3만2,400원으로, 최근 3개월 거래량 가중평균주가 대비 27.5%의 프리미엄이다."
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            TWO_BASES_EN,
            "公開買付価格1,640円は、2026年11月27日の終値に対して49.8%、過去1カ月間の終値単純"
            "平均値に対して42.1%のプレミアムを加えた価格です。",
        ),
        (
            "en",
            CLOSE_JA,
            "The issue price of JPY 910 is at a 6.2% discount to the simple average closing "
            "price for the past month.",
        ),
        (
            "en",
            AVERAGE_KO,
            "The offer price is KRW 32,400 per share, a 27.5% premium over the previous "
            "day's closing price.",
        ),
    ],
)
def test_base_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            TWO_BASES_EN,
            "公開買付価格1,640円は、2026年11月27日の終値に対して42.1%、過去1カ月間の終値単純"
            "平均値に対して49.8%のプレミアムを加えた価格です。",
        ),
        (
            "en",
            CLOSE_JA,
            "The issue price of JPY 910 is at a 6.2% discount to the closing price on the "
            "previous business day.",
        ),
        (
            "en",
            AVERAGE_KO,
            "The offer price is KRW 32,400 per share, a 27.5% premium over the three-month "
            "volume-weighted average price.",
        ),
        # bases listed apart, said 'respectively': not read
        (
            "ja",
            "The price represents premiums of 31.0% and 35.4% over the closing price and the "
            "one-month average closing price, respectively.",
            "同価格は、終値および1カ月間の終値平均値に対して、それぞれ31.0%、35.4%のプレミアム"
            "となります。",
        ),
        # a stake beside the premium, and the deal said to close
        (
            "ko",
            "It will buy 19.9% of the shares at a 12.0% premium to the closing price; the "
            "deal is expected to close in June.",
            "회사는 종가 대비 12.0% 프리미엄으로 지분 19.9%를 매입하며, 거래는 6월 완료될 "
            "예정이다.",
        ),
    ],
)
def test_same_bases(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)
