"""PR404 on an amount of money whose change a translation turns round ('前期比16円増配' as
'a decrease of ¥16.'): an amount at the end of a sentence, before its full stop or a
comma, is read as one. The stop after '¥16' was taken for a decimal point, so the
change was read only where the amount stood inside the sentence."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

DIVIDEND = "年間配当は1株当たり84円（前期比12円増配）を予定しています。"


@pytest.mark.parametrize(
    "msgstr",
    [
        "The company plans an annual dividend of ¥84 per share, a decrease of ¥12.",
        "The company plans an annual dividend of ¥84 per share, down ¥12, as announced.",
    ],
)
def test_amount_change_turned_round_at_a_sentence_end(msgstr: str) -> None:
    assert "PR404" in translation_codes("en", DIVIDEND, msgstr)


@pytest.mark.parametrize(
    "msgstr",
    [
        "The company plans an annual dividend of ¥84 per share, an increase of ¥12.",
        "The company plans an annual dividend of ¥84 per share (about US$0.56), up ¥12.",
    ],
)
def test_amount_change_kept_at_a_sentence_end(msgstr: str) -> None:
    assert translation_codes("en", DIVIDEND, msgstr, with_info=False) == []
