"""A Markdown footnote's marker after a sentence's end ('…since 2021.[^1] The plant…',
'…締結しました。[^1]次の…') belongs to that sentence: in English the two sentences were
one segment (one msgid, one memory entry), in Japanese the marker opened the next."""

from __future__ import annotations

import pytest

from prlocalize.segment import sentence_bounds


def _sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in sentence_bounds(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            'The quay opened in 2021.[^1] "It changed the harbour," said the mayor.',
            ["The quay opened in 2021.[^1]", '"It changed the harbour," said the mayor.'],
        ),
        (
            "en",
            "Sales rose 4%.[^note-2] The plant hired 40 people.[^3]",
            ["Sales rose 4%.[^note-2]", "The plant hired 40 people.[^3]"],
        ),
        (
            "ja",
            "新工場が稼働しました。[^1]従業員は40人です。",
            ["新工場が稼働しました。[^1]", "従業員は40人です。"],
        ),
        (
            "ko",
            "새 공장이 가동됐다.[^1] 직원은 40명이다.",
            ["새 공장이 가동됐다.[^1]", "직원은 40명이다."],
        ),
    ],
)
def test_a_footnote_marker_closes_its_sentence(lang: str, text: str, expected: list[str]) -> None:
    assert _sentences(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Inc.[^1] said it would hire 40 people.",  # an abbreviation, a lowercase word
        "The survey[^1] covered 40 ports.",  # a marker inside the sentence
        "See [^1] and [the plan](x).",  # no sentence end before it
    ],
)
def test_a_marker_inside_a_sentence_cuts_nothing(text: str) -> None:
    assert _sentences(text, "en") == [text]
