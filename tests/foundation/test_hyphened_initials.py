"""Sentence segmentation: a given name of two parts written as initials joined by its
hyphen ('J.-W. Seo', 'H.-S. Lim', 'J.-P. Roux'), as author lists and research releases
write Korean and French names, is one name like 'J. Seo', not a sentence's end; so
is an initial a Japanese sentence sets on the word before it ('責任著者はJ. Seo')."""

from __future__ import annotations

import pytest

from prlocalize.segment import split_sentences


def _sentences(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "T. Mori and J.-W. Seo shared the prize. It was their first.",
            "en",
            ["T. Mori and J.-W. Seo shared the prize.", "It was their first."],
        ),
        (
            "The first author is H.-S. Lim of Norland University. Lim is 31.",
            "en",
            ["The first author is H.-S. Lim of Norland University.", "Lim is 31."],
        ),
        (
            "교신저자는 J.-P. Roux 교수다. 논문은 3일 공개됐다.",
            "ko",
            ["교신저자는 J.-P. Roux 교수다.", "논문은 3일 공개됐다."],
        ),
        (
            "第一著者はT. Mori助教です。論文は3日に公開されました。",
            "ja",
            ["第一著者はT. Mori助教です。", "論文は3日に公開されました。"],
        ),
        (
            "責任著者はJ.-W. Seo教授です。論文は3日に公開されました。",
            "ja",
            ["責任著者はJ.-W. Seo教授です。", "論文は3日に公開されました。"],
        ),
    ],
)
def test_hyphened_initials_do_not_end_a_sentence(text: str, lang: str, expected: list[str]) -> None:
    assert _sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence ending in a hyphenated word or a range of letters still ends there
        (
            "The grades ran from A to B-C. Most passed.",
            ["The grades ran from A to B-C.", "Most passed."],
        ),
        ("It was well-known. Few asked.", ["It was well-known.", "Few asked."]),
    ],
)
def test_other_hyphened_words_still_end_a_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text, "en") == expected
