"""PR410 on a price's or a premium's least said with 'from' ('premiums start from 2,300
yen', '月額2,300円から', '월 1만2000원부터') that the translation states as the price
('premiums of 12,000 won', '保険料は2,300円です'): the cheapest plan reads as every plan's
price. A range's first end ('from 1,000 yen to 3,000 yen', '1,000円～3,000円'), a
comparison ('up from 1,850 yen') and a time ('from 9 a.m.') are no least."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FROM_EN = "Premiums start from 2,300 yen a month."
FROM_JA = "保険料は月額2,300円からです。"
FROM_KO = "월 보험료는 1만2000원부터다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FROM_EN, "保険料は月額2,300円からです。"),
        ("ko", FROM_EN, "월 보험료는 2,300엔부터다."),
        ("en", FROM_JA, "Premiums start at 2,300 yen a month."),
        ("en", FROM_KO, "Monthly premiums start from 12,000 won."),
        ("en", "月額980円～ご利用いただけます。", "Plans are available from 980 yen a month."),
        ("ja", "Tickets cost from 1,000 yen to 3,000 yen.", "チケットは1,000円～3,000円です。"),
        ("ja", "Sales were 2,000 yen, up from 1,850 yen.", "売上は2,000円で、1,850円を上回った。"),
        # a change's start a year before, no least ('a year' after it is no price's period)
        (
            "ko",
            "The net loss narrowed to KRW 42 billion from KRW 61 billion a year earlier.",
            "순손실은 전년 동기 610억 원에서 420억 원으로 줄었다.",
        ),
        ("en", "午前9時から受け付けます。", "Registration opens at 9 a.m."),
        # a limit said with '限度' ('60日を限度に': up to 60 days)
        (
            "ja",
            "It pays a daily benefit for up to 60 days per stay.",
            "1回の入院につき60日を限度に日額給付金をお支払いします。",
        ),
        # the least after a bracket restating the price without tax
        (
            "ko",
            "The Sora X starts at ¥4,290,000 including tax (¥3,900,000 excluding tax).",
            "소라 X의 가격은 세금 포함 429만 엔(세금 제외 390만 엔)부터다.",
        ),
        # 'priced at' is the price itself
        ("ja", "The plan is priced at 2,300 yen a month.", "プランの価格は月額2,300円です。"),
    ],
)
def test_the_least_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FROM_EN, "保険料は月額2,300円です。"),
        ("ko", FROM_EN, "월 보험료는 2,300엔이다."),
        ("en", FROM_JA, "The premium is 2,300 yen a month."),
        ("en", FROM_KO, "Monthly premiums are 12,000 won."),
    ],
)
def test_a_least_stated_as_the_price_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
