"""A glossary person's kanji name given a reading the glossary's English form
contradicts ('天野 恵子（てんの けいこ）', '<ruby>天海<rt>てんかい</rt></ruby>' for 'Keiko
Amano', 'Haruki Amami') is a misspelled name (PR102); a reading that agrees by sound
('Homma' and 'ほんま', 'Ohno' and 'おおの'), a reading of one part after the full name
and a katakana role in brackets ('（ヘッドコーチ）') are not."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry("p:amano", Kind.PERSON, {"en": Term("Keiko Amano"), "ja": Term("天野 恵子")}),
        Entry("p:amami", Kind.PERSON, {"en": Term("Haruki Amami"), "ja": Term("天海 春輝")}),
        Entry("p:homma", Kind.PERSON, {"en": Term("Shimpei Homma"), "ja": Term("本間 晋平")}),
        Entry("p:ohno", Kind.PERSON, {"en": Term("Yusuke Ohno"), "ja": Term("大野 祐介")}),
        Entry("p:hayami", Kind.PERSON, {"en": Term("Kenta Hayami"), "ja": Term("速水 健太")}),
        Entry("p:wang", Kind.PERSON, {"en": Term("Wang Jianguo"), "ja": Term("王 建国")}),
        Entry("p:kudo", Kind.PERSON, {"en": Term("Daigo Kudo"), "ja": Term("工藤 大吾")}),
    ]
)


def _found(text: str, format: str) -> list[str]:
    path = {"markdown": "r.md", "html": "r.html"}[format]
    document = parse_text(text, path=path, format=format, lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    rules = select_rules(target="source", select=["PR102"])
    return [f.found for f in check_document(document, _GLOSSARY, matcher, rules)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("天野 恵子（てんの けいこ）教授が講演した。", ["てんの けいこ"]),
        ("天野（てんの）教授が講演した。", ["てんの"]),
        ("天野恵子(あまの えこ)教授が講演した。", ["あまの えこ"]),
        # agreeing by sound, in either order, or one part only
        ("天野 恵子（あまの けいこ）教授が講演した。", []),
        ("天野 恵子（あまの）教授と本間 晋平（ほんま しんぺい）氏。", []),
        ("大野 祐介（おおの ゆうすけ）選手。大野（おおの）選手。", []),
        # read kana by kana: 'は' is no particle 'wa' here
        ("速水 健太（はやみ けんた）社長が登壇した。", []),
        # a Chinese name in kanji, read the Japanese way: its English form is no romaji
        ("王 建国（おう けんこく）会長が登壇した。", []),
        # a voiced consonant read voiceless, or the other way round, is another name
        ("工藤 大吾（くどう たいご）選手が出場する。", ["くどう たいご"]),
        ("工藤 大吾（ぐどう だいご）選手が出場する。", ["ぐどう だいご"]),
        ("工藤 大吾（くどう だいご）選手が出場する。", []),
        # a role in katakana, or words in brackets, are no reading
        ("天海 春輝（ヘッドコーチ）が語った。天野 恵子（東京都）。", []),
    ],
)
def test_bracketed_readings(text: str, found: list[str]) -> None:
    assert _found(f"# 講演\n\n{text}\n", "markdown") == found


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("<ruby>天海<rt>てんかい</rt></ruby> <ruby>春輝<rt>はるき</rt></ruby>", ["てんかい"]),
        ("<ruby>天海<rp>（</rp><rt>あまみ</rt><rp>）</rp></ruby> 春輝", []),
        ("<ruby>天<rt>あま</rt>海<rt>み</rt></ruby> 春輝", []),
        ("<ruby>天<rt>てん</rt>海<rt>かい</rt></ruby> 春輝", ["てんかい"]),
    ],
)
def test_ruby_readings(name: str, found: list[str]) -> None:
    page = f'<html lang="ja"><body>\n<p>{name}選手が出場する。</p>\n</body></html>\n'
    assert _found(page, "html") == found


def test_ruby_saved_by_word() -> None:
    word = (
        "<ruby><span lang=JA>天海</span><rt><span lang=JA style='font-size:5.0pt'>てんかい"
        "</span></rt></ruby><span lang=JA> 春輝</span>"
    )
    page = f'<html lang="ja"><body>\n<p class=MsoNormal>{word}選手が出場。</p>\n</body></html>\n'
    assert _found(page, "html") == ["てんかい"]
