"""PR404 on a number an English translation says in words with its scale: a quote's
'年間300万人' as 'three million travelers a year' or '20億円' as 'two billion yen' says the
source's figure; before, 'three' was read alone and '300万' reported missing. A word
that makes another amount ('thirty million', 'three thousand') is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

VISITORS = "釜山には年間300万人以上の日本人が訪れます。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (VISITORS, "More than three million Japanese travelers visit Busan a year."),
        (VISITORS, "Busan draws over Three Million Japanese visitors each year."),
        (VISITORS, "Busan draws more than 3 million Japanese visitors a year."),
        ("投資額は20億円です。", "The investment is two billion yen."),
        ("부산에는 연간 300만 명이 찾는다.", "Some three million people visit Busan a year."),
    ],
)
def test_the_scaled_word_says_the_figure(msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    "msgstr",
    [
        "More than thirty million Japanese travelers visit Busan a year.",
        "More than three thousand Japanese travelers visit Busan a year.",
        "More than three Japanese travelers visit Busan a year.",
    ],
)
def test_another_amount_in_words_is_reported(msgstr: str) -> None:
    assert "PR404" in translation_codes("en", VISITORS, msgstr, with_info=False)
