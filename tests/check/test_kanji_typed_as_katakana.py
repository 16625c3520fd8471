"""PR102 on a glossary name in kanji with one kanji typed as the katakana of its shape
('高村浩ニ' for '高村浩二', '田ロ' for '田口', '加藤健ー' for '加藤健一'): an input method's or
a scanned page's slip the reader does not see; before, the kana split the name into two
scripts and no near miss saw it. A katakana word beside a kanji ('東京タワー', '新型カメラ')
and the names written right stay silent."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "person:takamura", Kind.PERSON, {"en": Term("Koji Takamura"), "ja": Term("高村浩二")}
        ),
        Entry("person:taguchi", Kind.PERSON, {"en": Term("Mai Taguchi"), "ja": Term("田口 麻衣")}),
        Entry("person:kato", Kind.PERSON, {"en": Term("Kenichi Kato"), "ja": Term("加藤健一")}),
        Entry("org:kogyo", Kind.ORG, {"en": Term("Hoshi Kogyo"), "ja": Term("星工業")}),
    ]
)


def _misspelt(text: str) -> list[str]:
    document = parse_text(text, path="release.txt", format="text", lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(target="source"))
    return [f.suggestion or "" for f in findings if f.code == "PR102"]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("社長の高村浩ニは次のように述べています。\n", "高村浩二"),
        ("広報担当の田ロ 麻衣までお問い合わせください。\n", "田口 麻衣"),
        ("加藤健ー氏が登壇します。\n", "加藤健一"),
        ("星エ業は本日、新工場を開設しました。\n", "星工業"),
    ],
)
def test_a_kanji_typed_as_katakana(text: str, suggestion: str) -> None:
    assert _misspelt(text) == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "社長の高村浩二は次のように述べています。\n",
        "加藤健一氏が東京タワーで新型カメラを発表します。\n",
        "星工業は本日、田口 麻衣を広報担当に任命しました。\n",
        "高村浩二とエンジニアのカール・ハンセンが登壇します。\n",
    ],
)
def test_names_written_right(text: str) -> None:
    assert _misspelt(text) == []
