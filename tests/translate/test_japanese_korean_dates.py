"""The glossary backend writes a dateline (or a month) between Japanese and Korean the
target's way: '2026年6月3日' as '2026년 6월 3일' and back, a Japanese era year in the
Western calendar ('令和9年1月15日' as '2027년 1월 15일'); before, only English dates
were read, so every Japanese or Korean dateline was left for the translator."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Glossary
from prlocalize.translate.glossary import GlossaryBackend


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        ("2026年6月3日", "ja", "ko", "2026년 6월 3일"),
        ("2026 年 6 月 3 日", "ja", "ko", "2026년 6월 3일"),
        ("2026년 6월 3일", "ko", "ja", "2026年6月3日"),
        ("2026년6월3일", "ko", "en", "June 3, 2026"),
        ("令和9年1月15日", "ja", "ko", "2027년 1월 15일"),
        ("令和元年5月1日", "ja", "en", "May 1, 2019"),
        ("平成31年4月30日", "ja", "ko", "2019년 4월 30일"),
        ("2026年9月", "ja", "ko", "2026년 9월"),
        ("2026년 9월", "ko", "ja", "2026年9月"),
    ],
)
def test_japanese_and_korean_dates_are_localised(
    text: str, source: str, target: str, expected: str
) -> None:
    (candidate,) = GlossaryBackend(Glossary()).translate([text], source, target)
    assert candidate is not None
    assert (candidate.text, candidate.needs_review) == (expected, False)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("2026年2月30日", "ja"),  # no such day
        ("2026年6月3日（水）", "ja"),  # a weekday the long format would drop
        ("2026年6月3日に開催", "ja"),  # a sentence
        ("2026年13月", "ja"),
    ],
)
def test_other_texts_are_left_alone(text: str, source: str) -> None:
    assert GlossaryBackend(Glossary()).translate([text], source, "en") == [None]
