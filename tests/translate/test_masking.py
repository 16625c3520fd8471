"""Protected terms: mask before MT, unmask after; lost or duplicated placeholders are refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from translate_fixtures import small_glossary

from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Glossary
from prlocalize.translate.masking import PlaceholderMismatch, StrayMarkup, mask_terms, unmask


def masked(glossary: Glossary, text: str, target: str = "ja"):
    return mask_terms(text, TermMatcher.build(glossary, "en").find(text), target)


def test_terms_become_numbered_placeholders(glossary: Glossary) -> None:
    m = masked(glossary, "Oh Youngju visited Shonan iPark and YouTube.")
    assert m.text == '<x id="0"/> visited <x id="1"/> and <x id="2"/>.'
    assert [s.target for s in m.slots] == ["オ・ヨンジュ", "湘南アイパーク", "YouTube"]
    assert not m.notes


def test_unmask_puts_approved_forms_in_the_engine_order(glossary: Glossary) -> None:
    m = masked(glossary, "Oh Youngju visited Shonan iPark.")
    engine = '<x id="1"/>を<x id="0"/>が訪問した。'
    assert unmask(engine, m) == "湘南アイパークをオ・ヨンジュが訪問した。"


def test_engine_spacing_inside_tags_is_tolerated(glossary: Glossary) -> None:
    m = masked(glossary, "Shonan iPark")
    assert unmask('< x id = "0" / >です', m) == "湘南アイパークです"


@pytest.mark.parametrize(
    "engine",
    [
        "<x id=“1”/>が<x id=”0”/>を訪問した。",  # quotes made typographic
        '<x id＝＂1＂/>が<x id="0"/>を訪問した。',  # full-width quotes and sign
        '＜x id="1"/＞が＜x id="0"/＞を訪問した。',  # full-width brackets
        '<X ID="1"/>が<x id="0"></x>を訪問した。',  # case changed, written open and closed
        '<x id="1">が<x id=0>を訪問した。',  # written as an opening tag, quotes dropped
    ],
)
def test_placeholders_as_engines_rewrite_them_are_read(glossary: Glossary, engine: str) -> None:
    m = masked(glossary, "Oh Youngju visited Shonan iPark.")
    assert unmask(engine, m) == "湘南アイパークがオ・ヨンジュを訪問した。"


@pytest.mark.parametrize(
    ("engine", "stray"),
    [
        ('<x id="0">オ・ヨン</x>が<x id="1"/>を訪問した。', ("</x>",)),  # words wrapped
        ('<x id="0"/>が<x id="1"/>を<x>訪問</x>した。', ("<x>", "</x>")),
        ('<x id="0"/>が<x id="1"/>を訪問した。<br/>', ("<br/>",)),
    ],
)
def test_markup_the_source_has_not_is_refused(
    glossary: Glossary, engine: str, stray: tuple[str, ...]
) -> None:
    """Never a draft with a tag left in it; a heading's brackets are no tag."""
    m = masked(glossary, "Oh Youngju visited Shonan iPark.")
    with pytest.raises(StrayMarkup) as caught:
        unmask(engine, m)
    assert caught.value.tags == stray
    m = masked(glossary, "See <b>the plan</b> of Shonan iPark.")
    assert unmask('<x id="0"/>の<b>計画</b>をご覧ください。', m) == (
        "湘南アイパークの<b>計画</b>をご覧ください。"
    )
    m = masked(glossary, "＜ご参考＞", "en")
    assert unmask("<Reference>", m) == "<Reference>"


def test_spaces_an_engine_set_around_a_placeholder_in_japanese_go(glossary: Glossary) -> None:
    """Japanese writes no space before a particle or after a comma: the engine spaced the
    tag as an English word. A space between two nouns may be meant, and stays."""
    m = masked(glossary, "Oh Youngju visited Shonan iPark.")
    engine = '<x id="0"/> が <x id="1"/> を訪問した。'
    assert unmask(engine, m) == "オ・ヨンジュが湘南アイパークを訪問した。"
    assert unmask('、 <x id="1"/> の <x id="0"/> 。', m) == "、湘南アイパークのオ・ヨンジュ。"
    assert unmask('<x id="1"/> 代表 <x id="0"/> が', m) == "湘南アイパーク 代表 オ・ヨンジュが"


def test_person_without_target_form_is_kept_and_flagged(glossary: Glossary) -> None:
    m = masked(glossary, "Mikio Kato spoke.")
    assert unmask(m.text, m) == "Mikio Kato spoke."
    assert m.notes == ("no approved form for 'Mikio Kato' (person:mikio-kato); kept as written",)


def test_a_korean_title_that_is_also_another_word_is_left_to_the_engine() -> None:
    """'글로벌 시장' is a market, not a mayor (市長): the engine reads the word in its
    sentence; the translation checks follow. An unambiguous title is still protected."""
    from prlocalize.glossary.model import Entry, Kind, Term

    glossary = Glossary(
        [
            Entry("mayor", Kind.TITLE, {"ko": Term("시장"), "ja": Term("市長")}),
            Entry("ceo", Kind.TITLE, {"ko": Term("최고경영자"), "ja": Term("最高経営責任者")}),
            Entry("rep", Kind.TITLE, {"ko": Term("대표이사"), "ja": Term("代表取締役")}),
        ]
    )
    text = "최고경영자는 글로벌 시장 진출을 밝혔다."
    m = mask_terms(text, TermMatcher.build(glossary, "ko").find(text), "ja")
    assert m.text == '<x id="0"/>는 글로벌 시장 진출을 밝혔다.'
    assert [s.target for s in m.slots] == ["最高経営責任者"]
    # a title that holds such a word but says what it is: protected
    text = "대표이사가 이전을 밝혔다."
    m = mask_terms(text, TermMatcher.build(glossary, "ko").find(text), "ja")
    assert [s.target for s in m.slots] == ["代表取締役"]


@pytest.mark.parametrize(
    ("engine", "message"),
    [
        ("訪問した。", 'lost <x id="0"/>, <x id="1"/>'),
        ('<x id="0"/><x id="0"/><x id="1"/>', 'duplicated <x id="0"/>'),
        ('<x id="0"/><x id="1"/><x id="7"/>', 'invented <x id="7"/>'),
    ],
)
def test_placeholder_mismatch_is_refused(glossary: Glossary, engine: str, message: str) -> None:
    m = masked(glossary, "Oh Youngju visited Shonan iPark.")
    with pytest.raises(PlaceholderMismatch) as caught:
        unmask(engine, m)
    assert str(caught.value) == f"protected term placeholder {message}"


MATCHER = TermMatcher.build(small_glossary(), "en")
TERMS = ["Shonan iPark", "Ministry of SMEs and Startups", "YouTube", "Oh Youngju", "Mikio Kato"]
WORDS = st.sampled_from(["the", "visit", "by", "and", "today", "会議", "회의", "—", "(", ")"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(WORDS, st.sampled_from(TERMS)), max_size=12))
def test_identity_engine_round_trips(parts: list[str]) -> None:
    text = " ".join(parts)
    m = mask_terms(text, MATCHER.find(text), "ja")
    assert not any(term in m.text for term in TERMS)  # nothing protected reaches the engine
    expected = text
    for term, target in [
        ("Shonan iPark", "湘南アイパーク"),
        ("Ministry of SMEs and Startups", "中小ベンチャー企業部"),
        ("Oh Youngju", "オ・ヨンジュ"),
    ]:
        expected = expected.replace(term, target)
    assert unmask(m.text, m) == expected
    assert len(m.slots) == sum(parts.count(t) for t in TERMS)


def test_a_korean_particle_is_made_to_fit_the_form_put_back(glossary: Glossary) -> None:
    """The engine chose '는' for a placeholder: behind it is '중소벤처기업부 장관', which
    ends in a consonant and takes '은'; '오영주' ends in a vowel and keeps '를'."""
    m = masked(glossary, "The Minister, Ministry of SMEs and Startups met Oh Youngju.", "ko")
    assert m.text == 'The <x id="0"/> met <x id="1"/>.'
    engine = '<x id="0"/>는 <x id="1"/>를 만났다.'
    assert unmask(engine, m) == "중소벤처기업부 장관은 오영주를 만났다."
    # and with the forms the other way round, each particle follows its own form
    engine = '<x id="1"/>은 <x id="0"/>와 만났다.'
    assert unmask(engine, m) == "오영주는 중소벤처기업부 장관과 만났다."


def test_particles_are_left_alone_in_other_languages_and_after_latin(
    glossary: Glossary,
) -> None:
    m = masked(glossary, "YouTube met Oh Youngju.", "ja")
    assert unmask('<x id="0"/>は<x id="1"/>に会った。', m) == "YouTubeはオ・ヨンジュに会った。"
    m = masked(glossary, "YouTube opened.", "ko")
    assert unmask('<x id="0"/>이 열렸다.', m) == "YouTube이 열렸다."  # its reading is not written


def test_an_english_article_is_made_to_fit_the_form_put_back(glossary: Glossary) -> None:
    """The engine wrote 'a' before a placeholder: behind it is 'Oh Youngju'."""
    text = "オ・ヨンジュの湘南アイパーク訪問"
    matches = TermMatcher.build(glossary, "ja").find(text)
    m = mask_terms(text, matches, "en")
    assert m.text == '<x id="0"/>の<x id="1"/>訪問'
    assert unmask('A <x id="0"/> visit to <x id="1"/>', m) == "An Oh Youngju visit to Shonan iPark"
    m = mask_terms(text, matches, "ja")
    assert unmask('a <x id="0"/>, a <x id="1"/>', m) == "a オ・ヨンジュ, a 湘南アイパーク"
