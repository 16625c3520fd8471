"""PR404: a Korean rank in order ('1차 평가지표', '2차 평가지표') is said by its word in a
trial's English or Japanese ('primary endpoint', '主要評価項目', '副次評価項目'); another
rank in its place is still a missing figure."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

ENDPOINTS = "신약 후보물질 'KT-118'은 임상 2상에서 1차 평가지표와 2차 평가지표를 모두 충족했다."
PRIMARY = "고용량군은 24주 차에 1차 평가지표를 달성했다."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            ENDPOINTS,
            "KT-118 met both its primary and secondary endpoints in a Phase 2 trial.",
        ),
        (
            "ja",
            ENDPOINTS,
            "新薬候補「KT-118」は第2相試験で主要評価項目と副次評価項目をともに達成しました。",
        ),
        ("en", PRIMARY, "The high-dose group reached the primary endpoint at week 24."),
        ("ja", PRIMARY, "高用量群は24週時点で主要評価項目を達成しました。"),
    ],
)
def test_rank_said_in_words(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "The high-dose group reached the secondary endpoint at week 24."),
        ("ja", "高用量群は24週時点で副次評価項目を達成しました。"),
    ],
)
def test_another_rank(locale: str, msgstr: str) -> None:
    messages = _pr404(locale, PRIMARY, msgstr)
    assert len(messages) == 1 and "'1'" in messages[0], messages
