"""English 'a'/'an' before a name put in a sentence from elsewhere."""

from __future__ import annotations

import pytest

from prlocalize.articles import article_for, fix_articles


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("Aoba Robotics", "an"),
        ("Eisai", "an"),
        ("Obayashi", "an"),
        ("Kato Holdings", "a"),
        ("Yamaha", "a"),
        ("European Commission", "a"),  # eu- is a consonant sound
        ("One Tokyo", "a"),
        ("NHK", "an"),  # read letter by letter
        ("SK hynix", "an"),
        ("FDA", "an"),
        ("KDDI", "a"),
        ("ANA", "an"),
        ("KATO", "a"),
        ("ITO", "an"),
    ],
)
def test_article_by_the_first_sound(word: str, article: str) -> None:
    assert article_for(word) == article


@pytest.mark.parametrize(
    "word",
    [
        "University of Tokyo",
        "Uniqlo",
        "umbrella",
        "Honda",
        "hour",
        "NASA",
        "SONY",
        "7-Eleven",
        "加藤",
        "",
    ],
)
def test_what_the_spelling_does_not_tell_is_not_judged(word: str) -> None:
    # u-, h-, an acronym that may be read as a word, a digit, another script
    assert article_for(word) is None


def _fixed(text: str, word: str) -> str:
    return fix_articles(text, [(word, text.index(word))])


def test_the_article_before_a_word_is_made_to_fit_it() -> None:
    assert (
        _fixed("We visited a Aoba Robotics plant.", "Aoba") == "We visited an Aoba Robotics plant."
    )
    assert (
        _fixed("A Aoba Robotics spokesperson said.", "Aoba")
        == "An Aoba Robotics spokesperson said."
    )
    assert _fixed("It is an Kato Holdings unit.", "Kato") == "It is a Kato Holdings unit."
    assert _fixed('He said: "An KDDI plan."', "KDDI") == 'He said: "A KDDI plan."'
    assert _fixed("It is an Aoba unit.", "Aoba") == "It is an Aoba unit."  # right already


def test_a_capital_a_inside_a_sentence_is_a_label_not_an_article() -> None:
    assert _fixed("Class A Aoba seats", "Aoba") == "Class A Aoba seats"
    assert _fixed("Plan a Aoba", "Aoba") == "Plan an Aoba"
    assert _fixed("Data Aoba", "Aoba") == "Data Aoba"  # 'a' only as a word of its own
