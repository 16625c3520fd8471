"""A chat model is told the approved form behind each placeholder, and often writes the
form in the tag's place. Where the answer holds that form exactly as often as it lost the
tag, as a whole word, the term is in its approved form: the answer is kept, where it
used to be refused as 'placeholder lost'. Any other word in a tag's place still is."""

from __future__ import annotations

import pytest
from translate_fixtures import small_glossary

from prlocalize.glossary.matcher import TermMatcher
from prlocalize.translate.masking import (
    GlossedTerm,
    Masked,
    PlaceholderMismatch,
    mask_terms,
    unmask,
)


def masked(text: str, target: str) -> Masked:
    glossary = small_glossary()
    return mask_terms(text, TermMatcher.build(glossary, "en").find(text), target)


def test_the_approved_form_written_for_its_tag_is_kept() -> None:
    m = masked("Oh Youngju visited Shonan iPark.", "ja")
    engine = '<x id="1"/>をオ・ヨンジュが訪問した。'
    assert unmask(engine, m) == "湘南アイパークをオ・ヨンジュが訪問した。"


def test_every_form_written_without_tags_is_kept() -> None:
    m = masked("Oh Youngju visited Shonan iPark.", "ja")
    assert unmask("湘南アイパークをオ・ヨンジュが訪問した。", m) == (
        "湘南アイパークをオ・ヨンジュが訪問した。"
    )


def test_a_do_not_translate_term_written_as_it_is_is_kept() -> None:
    m = masked("Watch it on YouTube.", "ko")
    assert unmask("YouTube에서 시청할 수 있다.", m) == "YouTube에서 시청할 수 있다."


@pytest.mark.parametrize(
    "engine",
    [
        'Oh Youngjuが<x id="1"/>を訪問した。',  # the source's form, not the approved one
        "オ・ヨンジュさんが湘南を訪問した。",  # a part of the form only
        'オ・ヨンジュとオ・ヨンジュが<x id="1"/>を訪問した。',  # written twice: which is it?
    ],
)
def test_anything_else_in_the_tags_place_is_still_refused(engine: str) -> None:
    m = masked("Oh Youngju visited Shonan iPark.", "ja")
    with pytest.raises(PlaceholderMismatch, match="lost"):
        unmask(engine, m)


def test_a_form_inside_a_longer_word_is_no_term() -> None:
    m = masked("Watch it on YouTube.", "en")
    with pytest.raises(PlaceholderMismatch, match="lost"):
        unmask("Watch it on YouTubeTV.", m)


@pytest.mark.parametrize(
    "engine",
    [
        '<x id="0"/>（オ・ヨンジュ）が<x id="1"/>を訪問した。',  # the approved form again
        '<x id="0"/> (Oh Youngju)が<x id="1"/>を訪問した。',  # the source's form as a gloss
    ],
)
def test_a_term_glossed_again_in_brackets_is_refused(engine: str) -> None:
    m = masked("Oh Youngju visited Shonan iPark.", "ja")
    with pytest.raises(GlossedTerm, match="repeats a protected term in brackets"):
        unmask(engine, m)


def test_brackets_of_other_words_or_of_the_source_are_kept() -> None:
    m = masked("Oh Youngju visited Shonan iPark.", "ja")
    engine = '<x id="0"/>（代表）が<x id="1"/>を訪問した。'
    assert unmask(engine, m) == "オ・ヨンジュ（代表）が湘南アイパークを訪問した。"
    m = masked("Shonan iPark (Shonan iPark) opened.", "ja")
    assert unmask('<x id="0"/>（<x id="1"/>）が開業した。', m) == (
        "湘南アイパーク（湘南アイパーク）が開業した。"
    )
