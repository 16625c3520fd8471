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
    ("Kiriyama Construction", "桐山建設"),
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
        # a builder's name, typed by sound, and kept
        ("桐山建説が施工を担当しました。", [("桐山建説", "桐山建設")]),
        ("施工は桐山建設が担当し、建設説明会を開きました。", []),
    ],
)
def test_an_organisation_with_its_last_kanji_typed_by_sound(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == found


_EVENTS = Glossary(
    [
        Entry(
            "term:festival", Kind.TERM, {"en": Term("Minato Film Festival"), "ja": Term("湊映画祭")}
        ),
        Entry("term:award", Kind.TERM, {"en": Term("Silver Heron Award"), "ja": Term("銀鷺大賞")}),
        Entry("term:music", Kind.TERM, {"en": Term("Music Festival"), "ja": Term("音楽祭")}),
        Entry("term:memorial", Kind.TERM, {"en": Term("Memorial Prize"), "ja": Term("記念賞")}),
        Entry("org:games", Kind.ORG, {"en": Term("Kita Games"), "ja": Term("北辰国際競技祭")}),
    ]
)


def _found_event(sentence: str) -> list[tuple[str, str | None]]:
    document = parse_text(f"報道関係各位\n\n{sentence}\n", path="r.txt", format="text", lang="ja")
    matcher = TermMatcher.build(_EVENTS, "ja")
    findings = check_document(document, _EVENTS, matcher, select_rules(["PR102"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("第12回湊映画際は10月に開幕します。", [("湊映画際", "湊映画祭")]),
        ("本作は銀鷺大章を受賞しました。", [("銀鷺大章", "銀鷺大賞")]),
        ("夏の音楽際に出演します。", [("音楽際", "音楽祭")]),
        ("北辰国際競技済の開会式を行いました。", [("北辰国際競技済", "北辰国際競技祭")]),
        # the right names; a short award's homophone is a word ('記念章', a badge);
        # 際 after one kanji is a word ('国際', '実際'), and a name going on is another word
        ("湊映画祭で銀鷺大賞を受賞し、記念章を贈られました。", []),
        ("国際交流の場として、実際の上映に加えて音楽際立つ演出を行います。", []),
    ],
)
def test_an_award_or_festival_with_its_last_kanji_typed_by_sound(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    """Awards and festivals end in 賞 and 祭, which an input method offers as 章 or 際:
    only organisations' endings were judged."""
    assert _found_event(sentence) == found
