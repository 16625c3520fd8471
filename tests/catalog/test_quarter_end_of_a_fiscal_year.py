"""PR409 on the last day of a results period ('the nine months ended December 31, 2026')
that a Japanese translation names as a quarter of the fiscal year ('2027年3月期第3四半期
累計期間', as every 決算短信 says it): the year to March 2027's third quarter ends in
December 2026, so the date is said, and was reported left out. A day that is no end of
the quarter named ('September 30' for the third quarter of the year to March) still is."""

from __future__ import annotations

from catalog_support import translation_codes

NINE_MONTHS = (
    "For the nine months ended December 31, 2026, net premiums written rose 4.1% to "
    "512.0 billion yen."
)
QUARTER_JA = "2027年3月期第3四半期累計期間の正味収入保険料は、4.1％増の5,120億円となりました。"


def test_the_quarter_of_the_fiscal_year_says_its_last_day() -> None:
    assert translation_codes("ja", NINE_MONTHS, QUARTER_JA) == []
    first = "Sales for the three months ended June 30, 2026 rose 2.0%."
    assert translation_codes("ja", first, "2027年3月期第1四半期の売上高は2.0％増加しました。") == []


def test_a_day_that_ends_another_quarter_is_still_left_out() -> None:
    other = NINE_MONTHS.replace("December 31", "September 30")
    assert translation_codes("ja", other, QUARTER_JA) == ["PR409"]
