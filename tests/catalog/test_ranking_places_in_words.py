"""PR404 on a place in a ranking ('3位', '2위') that English says in words ('third place',
'second in the table'): the same number, not one left out."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("勝ち点48で3位に浮上しました。", "They moved up to third place with 48 points."),
        ("득점 순위 공동 2위에 올랐다.", "He is now joint second in the scoring chart."),
    ],
)
def test_place_said_in_words(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == []


def test_place_changed_in_words_still_reported() -> None:
    msgid = "チームは勝ち点48で3位に浮上しました。"
    msgstr = "The team moved up to second place with 48 points."
    assert "PR404" in translation_codes("en", msgid, msgstr)
