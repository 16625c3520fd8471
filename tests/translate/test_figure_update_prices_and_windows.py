"""A fuzzy memory match's price written in ten thousands and the rest ('12만 4,000원',
'498万円') and a window whose second date the translation gives without its year
('3月2日') are brought up to this year's figures; a year that changes within the
window is not guessed."""

from __future__ import annotations

import pytest

from prlocalize.translate.figure_update import update_figures

WAS = "Early-bird tickets cost ¥124,000 and sell from April 3, 2026 to May 8, 2026."


@pytest.mark.parametrize(
    ("text", "memory_target", "expected"),
    [
        (
            "Early-bird tickets cost ¥131,500 and sell from April 3, 2026 to May 8, 2026.",
            "早割チケットは12万4,000円で、2026年4月3日から5月8日まで販売します。",
            "早割チケットは13万1,500円で、2026年4月3日から5月8日まで販売します。",
        ),
        (
            "Early-bird tickets cost ¥130,000 and sell from April 3, 2026 to May 8, 2026.",
            "얼리버드 티켓은 12만 4,000엔이며 2026년 4월 3일부터 5월 8일까지 판매한다.",
            "얼리버드 티켓은 13만엔이며 2026년 4월 3일부터 5월 8일까지 판매한다.",
        ),
        (
            "Early-bird tickets cost ¥124,000 and sell from April 9, 2027 to May 14, 2027.",
            "早割チケットは12万4,000円で、2026年4月3日から5月8日まで販売します。",
            "早割チケットは12万4,000円で、2027年4月9日から5月14日まで販売します。",
        ),
    ],
)
def test_brought_up_to_date(text: str, memory_target: str, expected: str) -> None:
    update = update_figures(text, WAS, memory_target)
    assert update is not None and update.text == expected


def test_a_year_that_changes_within_the_window_is_not_guessed() -> None:
    text = "Early-bird tickets cost ¥124,000 and sell from December 3, 2026 to January 8, 2027."
    memory_target = "早割チケットは12万4,000円で、2026年4月3日から5月8日まで販売します。"
    assert update_figures(text, WAS, memory_target) is None
