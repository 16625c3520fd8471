"""An English answer without one Latin letter is no draft: a model that answered in
Chinese, Japanese or Korean for English (a Chinese model's habit) used to land, at most
with a note; a date or a figure has too few letters to judge, and lands."""

from __future__ import annotations

import pytest

from prlocalize.translate.answer_language import wrong_language


@pytest.mark.parametrize(
    ("source", "answer", "target", "found"),
    [
        ("桟橋は毎日開きます。", "码头每天开放。", "en", "zh"),
        ("桟橋は毎日開きます。", "부두는 매일 연다.", "en", "ko"),
        ("부두는 매일 연다.", "桟橋は毎日開きます。", "en", "ja"),
        ("桟橋、開業", '<x id="0"/>、桟橋を開業', "en", "ja"),  # the tag is no English
    ],
)
def test_an_english_answer_without_a_latin_letter_is_refused(
    source: str, answer: str, target: str, found: str
) -> None:
    assert wrong_language(source, answer, target) == found


@pytest.mark.parametrize(
    ("source", "answer", "target"),
    [
        ("Contact press@pier.example.", "press@pier.example までご連絡ください。", "ja"),
        ("Pier Tours and Pier Cafe", "Pier Tours and Pier Cafe", "ko"),
        ("Orca Ferry", "Orca Ferry", "ja"),
        (
            'See the <a href="https://pier.example/a-b-c">map</a>.',
            '<a href="https://pier.example/a-b-c">지도</a>를 보라.',
            "ko",
        ),
        ('<x id="0"/>、桟橋を開業', '<x id="0"/> opens pier', "en"),
        ("2027年5月20日", "2027年5月20日", "en"),
    ],
)
def test_a_name_a_url_a_date_or_an_address_is_no_wrong_language(
    source: str, answer: str, target: str
) -> None:
    assert wrong_language(source, answer, target) is None
