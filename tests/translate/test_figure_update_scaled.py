"""A fuzzy memory match whose amount the translation writes in another scale ('¥254.7
billion' as '2,547億円', '1,842억 원' as 'KRW 184.2 billion') gets the text's amount in
that scale, where it comes out in the decimals the translation shows; else no update."""

from __future__ import annotations

import pytest

from prlocalize.translate.figure_update import update_figures

SALES_EN = "Net sales for the first half were ¥{amount} billion, up {rate}% year on year."
SALES_JA = "上期の売上高は{amount}億円で、前年同期比{rate}％増となりました。"
PROFIT_KO = "영업이익은 {amount}억 원으로 집계됐다."
PROFIT_EN = "Operating profit came to KRW {amount} billion."


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target", "expected"),
    [
        (
            SALES_EN.format(amount="286.3", rate="12.4"),
            SALES_EN.format(amount="254.7", rate="8.2"),
            SALES_JA.format(amount="2,547", rate="8.2"),
            SALES_JA.format(amount="2,863", rate="12.4"),
        ),
        (
            SALES_JA.format(amount="2,863", rate="12.4"),
            SALES_JA.format(amount="2,547", rate="8.2"),
            SALES_EN.format(amount="254.7", rate="8.2"),
            SALES_EN.format(amount="286.3", rate="12.4"),
        ),
        (
            PROFIT_KO.format(amount="1,953"),
            PROFIT_KO.format(amount="1,842"),
            PROFIT_EN.format(amount="184.2"),
            PROFIT_EN.format(amount="195.3"),
        ),
    ],
)
def test_an_amount_in_another_scale(
    text: str, memory_source: str, memory_target: str, expected: str
) -> None:
    updated = update_figures(text, memory_source, memory_target)
    assert updated is not None and updated.text == expected


def test_no_update_where_the_scale_needs_more_decimals() -> None:
    # '¥41.75 billion' would be '417.5億円', which Japanese writes '417億5,000万円'
    updated = update_figures(
        SALES_EN.format(amount="41.75", rate="3.1"),
        SALES_EN.format(amount="35.1", rate="2.0"),
        SALES_JA.format(amount="351", rate="2.0"),
    )
    assert updated is None


def test_a_longer_amount_is_grouped() -> None:
    updated = update_figures(
        SALES_EN.format(amount="101.2", rate="9.7"),
        SALES_EN.format(amount="92.3", rate="6.1"),
        SALES_JA.format(amount="923", rate="6.1"),
    )
    assert updated is not None and updated.text == SALES_JA.format(amount="1,012", rate="9.7")
