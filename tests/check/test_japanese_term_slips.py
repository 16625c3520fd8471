"""A glossary term written in Japanese with one letter slipped is a misspelled term in a
Japanese release (PR102): a kana of a company's, brand's or place's katakana word
('星空システムス株式会社' for '星空システムズ株式会社', 'ネビユラデスク' for 'ネビュラデスク'),
a kanji inside a title changed to one no title has ('最高経営貴任者'), or its last kanji
where no word ends so ('最高経営責任社'). Another real word
('サンライト' beside the brand 'サンライズ'), another title ('代表取締役会長'), the glossary's
own words and persons' names are not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.japanese_term_slips import japanese_term_slip_index

Run = Callable[..., Result]

ROWS = (
    (Kind.ORG, "Hoshizora Systems Inc.", "星空システムズ株式会社"),
    (Kind.BRAND, "Nebula Desk", "ネビュラデスク"),
    (Kind.BRAND, "Sunrise", "サンライズ"),
    (Kind.PLACE, "Makuhari Messe", "幕張メッセ"),
    (Kind.TITLE, "Chief Executive Officer", "最高経営責任者"),
    (Kind.TITLE, "Representative Director and President", "代表取締役社長"),
    (Kind.TITLE, "Managing Executive Officer", "常務執行役員"),
    (Kind.TITLE, "Director-General, Manufacturing Industries Bureau", "製造産業局長"),
    (Kind.TITLE, "Commissioner of the Japan Tourism Agency", "観光庁長官"),
    (Kind.PERSON, "Jeong Woojin", "チョン・ウジン"),
    (Kind.BRAND, "Stella Desk", "ステラデスク"),
    (Kind.TITLE, "Associate Professor", "准教授"),
    (Kind.TITLE, "Head Coach", "監督"),
    (Kind.PERSON, "Taro Yamada", "山田 太郎"),
    (Kind.TITLE, "Representative Director", "代表取締役"),
    (Kind.BRAND, "Pacific Clash League", "パシフィック・クラッシュ・リーグ"),
    (Kind.BRAND, "Mitsuba Curry Mild", "三つ葉カレー 甘口"),
)
GLOSSARY = Glossary(
    [
        Entry(f"e:{i}", kind, {"en": Term(en), "ja": Term(ja)})
        for i, (kind, en, ja) in enumerate(ROWS)
    ]
)


def _slips(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.written, s.approved) for s in japanese_term_slip_index(GLOSSARY).slips(text)]


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # a voiced mark dropped or added, a small kana typed large, the legal form kept or not
        (
            "星空システムス株式会社は発表した。",
            [("星空システムス株式会社", ("星空システムズ株式会社",))],
        ),
        ("星空シスデムズは発表した。", [("星空シスデムズ", ("星空システムズ",))]),
        ("新製品ネビユラデスクを発売。", [("ネビユラデスク", ("ネビュラデスク",))]),
        ("サンライスを発売。", [("サンライス", ("サンライズ",))]),
        # in a word of six kana or more, any kana
        ("ネビュロデスクを発売。", [("ネビュロデスク", ("ネビュラデスク",))]),
        # a kanji inside a title, changed to one that no title has
        ("当社の最高経営貴任者が説明した。", [("最高経営貴任者", ("最高経営責任者",))]),
        ("最高経営責仁者", [("最高経営責仁者", ("最高経営責任者",))]),
        # as the glossary writes them
        ("星空システムズ株式会社の最高経営責任者がネビュラデスクとサンライズを発表。", []),
        # a title's last kanji changed where no word ends so (an input method's homophone)
        ("最高経営責任社が説明した。", [("最高経営責任社", ("最高経営責任者",))]),
        ("新任の最高経営責任車　山田", [("最高経営責任車", ("最高経営責任者",))]),
        ("常務執行役貝 財務本部長", [("常務執行役貝", ("常務執行役員",))]),
        # before 兼 and a second title of the same person
        ("最高経営責任社兼事業本部長", [("最高経営責任社", ("最高経営責任者",))]),
        # before a second title ('代表取締役社長' written as two)
        ("代表取締約会長の山田 太郎は述べた。", [("代表取締約", ("代表取締役",))]),
        ("常務執行役貝社長", [("常務執行役貝", ("常務執行役員",))]),
        # ... not where the changed letter begins that title ('常務執行役' and '副社長')
        ("常務執行役副社長の山田 太郎", []),
        # a title's first kanji typed as another of its reading, the title a word of its own
        ("理学研究科の準教授が発表した。", [("準教授", ("准教授",))]),
        ("■鑑督 山田 太郎のコメント", [("鑑督", ("監督",))]),
        ("山田太郎鑑督は語った。", [("鑑督", ("監督",))]),
        ("台表取締役社長 山田 太郎", [("台表取締役社長", ("代表取締役社長",))]),
        # ... not where the letters run into other words
        ("標準教授法を導入し、1回長いミーティングと今回長期計画を立てた。", []),
        ("山田太郎氏長らく務めた。", []),
        # another word of five kana, another title
        ("サンライトを発売。", []),
        ("代表取締役会長が説明した。", []),
        # a title's stem before another word: a bureau's ('製造産業局内', '局次長'), 'and'
        # between two titles
        ("製造産業局内で検討し、製造産業局次長が説明した。", []),
        ("常務執行役兼CFO", []),
        ("観光庁長期ビジョンを公表。", []),
        # a word of the glossary's own (ステラデスク), a person's name, another company
        ("ステラデスクを発売。", []),
        ("チョン・ウジソが登壇。", []),
        ("月空システムス株式会社", []),
        # a katakana word inside a longer one
        ("ネビユラデスクトップ", []),
        # a word of two or three kana, beside the rest of its name
        (
            "パシフィック・クラッシュ・リークに出場。",
            [("パシフィック・クラッシュ・リーク", ("パシフィック・クラッシュ・リーグ",))],
        ),
        ("三つ葉ガレー 甘口を回収。", [("三つ葉ガレー 甘口", ("三つ葉カレー 甘口",))]),
        # ... not alone, nor another word of the kind
        ("情報のリークを防ぐ。ガレージとカレーを売る。", []),
    ],
)
def test_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _slips(text) == slips


def test_the_check_reports_each_slip_with_the_glossary_form(tmp_path: Path, run_cli: Run) -> None:
    glossary = tmp_path / "glossary.csv"
    glossary.write_text(
        "en,ja,ko,kind\n" + "".join(f"{en},{ja},,{kind.value}\n" for kind, en, ja in ROWS[:5]),
        encoding="utf-8",
    )
    release = tmp_path / "release.txt"
    release.write_text(
        "星空システムス株式会社、ネビユラデスクを発表\n\n"
        "星空システムズ株式会社（本社：東京都千代田区）は、シェアオフィス「ネビュラデスク」を"
        "幕張メッセで発表しました。最高経営貴任者が説明しました。\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.output
    findings = json.loads(result.output)["findings"]
    assert [(f["code"], f["line"], f["found"], f["suggestion"]) for f in findings] == [
        ("PR102", 1, "星空システムス株式会社", "星空システムズ株式会社"),
        ("PR102", 1, "ネビユラデスク", "ネビュラデスク"),
        ("PR102", 3, "最高経営貴任者", "最高経営責任者"),
    ]


SEPARATED = Glossary(
    [
        Entry("b:1", Kind.BRAND, {"en": Term("Hoshi Arm Mini"), "ja": Term("ホシアーム ミニ")}),
        Entry("b:2", Kind.BRAND, {"en": Term("Nebula Desk"), "ja": Term("ネビュラ・デスク")}),
        Entry("b:3", Kind.BRAND, {"en": Term("Stella"), "ja": Term("ステラデスク")}),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("「ホシアームミニ」を展示。", [("ホシアームミニ", "ホシアーム ミニ")]),
        ("ホシアーム・ミニを展示。", [("ホシアーム・ミニ", "ホシアーム ミニ")]),
        (
            "ネビュラ デスクとネビュラデスク。",
            [("ネビュラ デスク", "ネビュラ・デスク"), ("ネビュラデスク", "ネビュラ・デスク")],
        ),
        ("ステラ・デスクを展示。", [("ステラ・デスク", "ステラデスク")]),
        # as the glossary sets them, or a longer word
        ("ホシアーム ミニとネビュラ・デスクとステラデスク。", []),
        ("ホシアームミニシリーズを展示。", []),
    ],
)
def test_a_katakana_name_set_apart_otherwise_is_a_compound_spelling(
    text: str, found: list[tuple[str, str]]
) -> None:
    from prlocalize.checking import check_document
    from prlocalize.glossary.matcher import TermMatcher
    from prlocalize.readers import parse_text
    from prlocalize.rules.registry import select_rules

    document = parse_text(text, path="release.txt", format="text", lang="ja")
    findings = check_document(
        document, SEPARATED, TermMatcher.build(SEPARATED, "ja"), select_rules(["PR304"])
    )
    assert [(f.found, f.suggestion) for f in findings] == found
    assert all(f.message == f"Compound spelled '{f.found}' against the glossary" for f in findings)


def test_a_title_with_its_english_beside_it_is_judged_by_its_kanji() -> None:
    # a sheet's '代表取締役社長 CEO': the kanji of the title are a title of their own
    rows = [
        Entry("t", Kind.TITLE, {"en": Term("President and CEO"), "ja": Term("代表取締役社長 CEO")})
    ]
    index = japanese_term_slip_index(Glossary(rows))
    slips = [(s.written, s.approved) for s in index.slips("代表者名　代表取締約社長 CEO 瀬川 直樹")]
    assert slips == [("代表取締約社長", ("代表取締役社長",))]
    assert list(index.slips("代表取締役社長 CEOの瀬川は述べた。")) == []
    # another title of the same letters but one, in a word's place, is not a slip
    assert list(index.slips("代表取締役会長 CEOの瀬川は述べた。")) == []
