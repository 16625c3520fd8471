"""A cell that lists a name's forms with semicolons: a romanised honorific joined to the
name by a hyphen ('Tsuji-san') is a form of the name, as '辻さん' is of '辻 真理子'."""

from __future__ import annotations

from prlocalize.glossary.csvfile import several_forms


def test_a_romanised_honorific_after_a_hyphen_is_a_form_of_the_name() -> None:
    assert several_forms("Mariko Tsuji; Tsuji-san") == ["Mariko Tsuji", "Tsuji-san"]


def test_english_words_a_semicolon_joins_stay_one_form() -> None:
    assert several_forms("Heron; Finch Partners") == ["Heron; Finch Partners"]
