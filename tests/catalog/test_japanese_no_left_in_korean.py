"""PR408: in a Korean translation of a Japanese release, two kanji words joined by the
particle の ('新工場の生産能力은') are Japanese left untranslated, though the run holds one
hiragana letter only; a word in hanja ('日 정부') or a name's original in brackets is
not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

MSGID = "新工場の生産能力は年間12万台です。"


def _left(msgstr: str) -> list[str]:
    return [f.found for f in translation_findings("ko", MSGID, msgstr) if f.code == "PR408"]


def test_kanji_words_joined_by_no_are_reported() -> None:
    assert _left("新工場の生産能力은 연간 12만 대다.") == ["新工場の生産能力"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "신공장의 생산능력은 연간 12만 대다.",
        "新공장의 생산능력은 연간 12만 대다.",
        "신공장(新工場の生産拠点)의 생산능력은 연간 12만 대다.",
    ],
)
def test_korean_with_hanja_passes(msgstr: str) -> None:
    assert _left(msgstr) == []
