"""PR102: a Japanese organisation's name with its last kanji typed as another kanji of the
same reading ('海洋資源研究書' for '海洋資源研究所', '日本蓄電池協界' for '日本蓄電池協会'),
an input method's slip, where the word ends there. A homophone that makes the name
another word ('研究員', '工業界') and a name that goes on into a longer word are not."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_ROWS = (
    ("Marine Resources Research Institute", "海洋資源研究所"),
    ("Japan Storage Battery Association", "日本蓄電池協会"),
    ("Japan Automotive Parts Industry Association", "日本自動車部品工業会"),
    ("Hokuto University", "北都大学"),
    ("Tohoku Regional Bureau", "東北地方整備局"),
    ("Morikawa Laboratory", "森川研究室"),
    ("Secretariat", "秘書室"),
    ("Research and Development", "研究所"),
)
_GLOSSARY = Glossary(
    [
        Entry(f"org:{n}", Kind.ORG, {"en": Term(en), "ja": Term(ja)})
        for n, (en, ja) in enumerate(_ROWS)
    ]
)


def _found(sentence: str) -> list[tuple[str, str | None]]:
    document = parse_text(f"報道関係各位\n\n{sentence}\n", path="r.txt", format="text", lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR102"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("海洋資源研究書の調査船が帰港しました。", [("海洋資源研究書", "海洋資源研究所")]),
        ("日本蓄電池協界は指針を公表しました。", [("日本蓄電池協界", "日本蓄電池協会")]),
        ("北都大楽と共同で開発しました。", [("北都大楽", "北都大学")]),
        ("東北地方整備曲が発表しました。", [("東北地方整備曲", "東北地方整備局")]),
        ("森川研究質が試薬を開発しました。", [("森川研究質", "森川研究室")]),
        # the right names, and homophones that make another word
        ("海洋資源研究所の研究員が説明しました。", []),
        ("海洋資源研究員の佐藤は説明しました。", []),
        ("日本自動車部品工業界の動向を分析しました。", []),
        ("日本蓄電池協会の会員は今回も参加しました。", []),
        # the word goes on: another name or a compound
        ("海洋資源研究書類を提出しました。", []),
        # a department of three letters ending in 室; not one ending in 所 ('研究書' is a
        # book), nor a longer word
        ("問い合わせは秘書質までお願いします。", [("秘書質", "秘書室")]),
        ("秘書室と研究所が共同で研究書をまとめました。", []),
        ("秘書質問票を配りました。", []),
    ],
)
def test_an_organisation_with_its_last_kanji_typed_by_sound(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == found
