"""PR404: the year's last two digits right after a quarter, as results decks and their
English releases write it ('3Q25', "Q3'25"), are the year 2025 that '2025년 3분기' or
'2025年第3四半期' names, not a number 25 in place of 2025; another year ('3Q24') is still
reported, and a count after a quarter and a space ('Q3 25 stores') stays a count."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RESULTS_KO = "한빛화학은 2025년 3분기 실적을 발표했다."
RESULTS_JA = "当社は2025年第3四半期の決算を発表しました。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (RESULTS_KO, "Hanbit Chemical announced its 3Q25 results."),
        (RESULTS_KO, "Hanbit Chemical announced its Q3'25 results."),
        (RESULTS_JA, "We announced our Q3 ’25 results."),
        ("한빛화학은 3분기에 25개 매장을 열었다.", "Hanbit Chemical opened Q3 25 stores."),
    ],
)
def test_year_of_the_quarter(msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (RESULTS_KO, "Hanbit Chemical announced its 3Q24 results."),
        (RESULTS_JA, "We announced our Q2'25 results."),
    ],
)
def test_another_year_or_quarter(msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgstr", "found"),
    [
        ("2025년 3분기 영업이익은 1,200억 원이었다.", False),
        ("2024년 3분기 영업이익은 1,200억 원이었다.", True),
    ],
)
def test_short_year_at_the_end_of_the_source(msgstr: str, found: bool) -> None:
    msgid = "Operating profit was W120 billion in 3Q25."
    assert ("PR404" in translation_codes("ko", msgid, msgstr, with_info=False)) is found
