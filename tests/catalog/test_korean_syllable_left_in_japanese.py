"""PR408: one Hangul syllable written onto a Japanese word or a name in a Japanese
translation of a Korean release is Korean left: an honorific ('院長님は', 'チーム長님'), a
form of address ('ソ・ダウン씨') or a particle ('計画및'). One syllable in brackets or
quotes, a name's original or a letter discussed ('「한」の字'), is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [Entry("person:seo", Kind.PERSON, {"ja": Term("ソ・ダウン"), "ko": Term("서다운")})]
)


def _left(msgid: str, msgstr: str) -> list[str | None]:
    found = translation_findings("ja", msgid, msgstr, glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR408"]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "left"),
    [
        ("오 원장님은 개회사를 했다.", "オ院長님は開会の辞を述べた。", "님"),
        ("서다운 씨는 수상 소감을 밝혔다.", "ソ・ダウン씨は受賞の感想を述べた。", "씨"),
        ("서다운 님께 감사드립니다.", "ソ・ダウン님、ありがとうございます。", "님"),
        ("계획 및 예산을 검토했다.", "計画및予算を検討した。", "및"),
    ],
)
def test_a_syllable_written_onto_a_word_is_korean_left(msgid: str, msgstr: str, left: str) -> None:
    assert _left(msgid, msgstr) == [left]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("오 원장은 개회사를 했다.", "オ院長は開会の辞を述べた。"),
        ("'한' 자를 새긴 현판을 걸었다.", "「한」の字を刻んだ扁額を掲げた。"),
        ("한 브랜드를 출시했다.", "ハン（한）ブランドを発売した。"),
    ],
)
def test_a_syllable_in_brackets_or_none(msgid: str, msgstr: str) -> None:
    assert _left(msgid, msgstr) == []
