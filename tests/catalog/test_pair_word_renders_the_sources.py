"""PR404: a number the translation says in words excuses a figure of the source only where
the source does not say it in words itself: 'the two parties' renders '양측' ('both sides'),
'both cities' '両市', so '협약 기간은 2년이며, 양측은…' translated 'runs for three years,
and the two parties…' has changed the term (the pair's 'two' stood for the '2' of '2년').
A figure said in words beside a pair word ('for two years, and the two parties'), and a
pair word for a figure ('the two companies' for '2社'), stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

KO_TERM = "협약 기간은 2년이며, 양측은 매년 성과를 점검한다."
JA_TERM = "覚書の有効期間は2年間で、両市は毎年成果を確認します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KO_TERM,
            "The agreement runs for three years, and the two parties will review it every year.",
        ),
        (
            "en",
            JA_TERM,
            "The MOU is valid for three years, and both cities will review the results every year.",
        ),
        (
            "ko",
            "The MOU runs for 2 years, and both cities will review it yearly.",
            "협약 기간은 3년이며, 양 도시는 매년 점검한다.",
        ),
    ],
)
def test_term_changed_beside_a_pair_word(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KO_TERM,
            "The agreement runs for two years, and the two parties will review it every year.",
        ),
        (
            "en",
            JA_TERM,
            "The MOU is valid for two years, and both cities will review the results every year.",
        ),
        ("en", "2社は共同研究を開始します。", "The two companies will start joint research."),
        ("en", "양사는 2년간 협력한다.", "Both companies will cooperate for two years."),
    ],
)
def test_term_said_in_words_beside_a_pair_word(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr)
