"""PR408 on Korean left in a Japanese translation of a Korean release: Japanese writes no
Hangul, so even one or two words of it ('자세한 내용은') are an untranslated part; a name's
original in brackets beside its reading is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

DETAILS = "자세한 내용은 공식 홈페이지에서 확인할 수 있다."


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR408"]


def test_korean_words_left() -> None:
    assert _left("ja", DETAILS, "자세한 내용은 公式サイトで確認できる。") == ["자세한 내용은"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "詳細は公式サイトで確認できる。",
        "詳細はハンビット（한빛）の公式サイトで確認できる。",
        "詳細は公式サイト（https://hanbit.example/ko）で確認できる。",
    ],
)
def test_a_japanese_translation(msgstr: str) -> None:
    assert _left("ja", DETAILS, msgstr) == []


def test_korean_in_english_keeps_its_threshold() -> None:
    # (an English translation may keep a short Korean name; three words are a part left)
    assert _left("en", DETAILS, "Details are available on the 공식 website.") == []
