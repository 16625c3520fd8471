"""A fuzzy memory match between Japanese and Korean whose amount needs another set of the
scale words both languages share (兆 조, 億 억, 万 만) gets the text's amount in the
translation's scale words and spacing ('8000万' → '1億2000万' makes '8000만 엔' '1억 2000만
엔'); before, such a draft was rejected for its old figure."""

from __future__ import annotations

import pytest

from prlocalize.translate.figure_update import update_figures

BUDGET_JA = "初年度の設備投資額は{amount}円を見込んでいます。"
BUDGET_KO = "첫해 설비투자액은 {amount} 엔으로 예상된다."
VISITS_KO = "올해 축제 방문객은 연인원 {amount}명을 기록했다."
VISITS_JA = "今年の祭りの来場者は延べ{amount}人を記録した。"
VISITS_EN = "This year's festival drew {amount} visitors."


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target", "expected"),
    [
        (
            BUDGET_JA.format(amount="1億2000万"),
            BUDGET_JA.format(amount="8000万"),
            BUDGET_KO.format(amount="8000만"),
            BUDGET_KO.format(amount="1억 2000만"),
        ),
        (
            BUDGET_JA.format(amount="1億2,000万"),
            BUDGET_JA.format(amount="8,000万"),
            BUDGET_KO.format(amount="8,000만"),
            BUDGET_KO.format(amount="1억 2,000만"),
        ),
        (
            BUDGET_JA.format(amount="9800万"),
            BUDGET_JA.format(amount="1億2000万"),
            BUDGET_KO.format(amount="1억2000만"),
            BUDGET_KO.format(amount="9800만"),
        ),
        (
            VISITS_KO.format(amount="3만 4000"),
            VISITS_KO.format(amount="9500"),
            VISITS_JA.format(amount="9500"),
            VISITS_JA.format(amount="3万4000"),
        ),
        (
            VISITS_KO.format(amount="1조 500억"),
            VISITS_KO.format(amount="9800억"),
            VISITS_JA.format(amount="9800億"),
            VISITS_JA.format(amount="1兆500億"),
        ),
        (
            VISITS_KO.format(amount="3만 4000"),
            VISITS_KO.format(amount="9,500"),
            VISITS_EN.format(amount="9,500"),
            VISITS_EN.format(amount="34,000"),
        ),
    ],
)
def test_an_amount_in_the_shared_scale_words(
    text: str, memory_source: str, memory_target: str, expected: str
) -> None:
    updated = update_figures(text, memory_source, memory_target)
    assert updated is not None and updated.text == expected


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target"),
    [
        # another language's scale word: the conversion is the translator's
        ("The budget is $52 million.", "The budget is $48 million.", "予算は4,800万ドル。"),
        # thousands in a word ('9천만'): not written in the shared scale words
        (
            BUDGET_JA.format(amount="1億2000万"),
            BUDGET_JA.format(amount="9000万"),
            BUDGET_KO.format(amount="9천만"),
        ),
        # a decimal amount
        (
            BUDGET_JA.format(amount="1億2000万"),
            BUDGET_JA.format(amount="8000万"),
            BUDGET_KO.format(amount="0.8억"),
        ),
    ],
)
def test_no_update_outside_the_shared_scale_words(
    text: str, memory_source: str, memory_target: str
) -> None:
    assert update_figures(text, memory_source, memory_target) is None
