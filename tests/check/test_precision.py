"""Precision and recall on phrases that real releases write: each false positive found on
a correct release stays fixed, and each defect a rule missed stays found."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.compounds import compound_index, owns
from prlocalize.rules.registry import select_rules

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossaries([REPO / "glossaries"])


def findings(
    glossary: Glossary, text: str, lang: str = "en", format: str = "text"
) -> list[tuple[str, str, str | None, bool]]:
    document = parse_text(text, path=f"release.{lang}.{format}", format=format, lang=lang)
    matcher = TermMatcher.build(glossary, lang)
    rules = select_rules(target="source")
    return [
        (f.code, f.found, f.suggestion, f.fixable)
        for f in check_document(document, glossary, matcher, rules)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # PR304: an open form of a closed glossary term is often another phrase
        "The company plans to start up the new production line in May.",
        "Delegates sat around a round table in the lobby.",
        # PR304: the glossary's own spellings of a name and of its words
        "The Ministry of SMEs and Startups supports start-ups in Sejong.",
        "Oh Youngju, Minister of SMEs and Startups, spoke first.",
        "Some want a ministry of SMEs and start-ups in every country.",
        # PR302: figures, decimals and quotations that are spaced or closed correctly
        "Revenue rose to 1,200 million yen, up 3.5% from 2023.",
        '"Yes," he said. The ratio was 3:1 at 10:30 a.m.',
        "Developers meet at AWS re:Invent in Las Vegas.",
        # PR202: social networks named with a handle, an address, or more words after them
        "For more information, follow @AcmeHQ on X and LinkedIn.",
        "Follow us on LinkedIn at linkedin.example.com/company/acme.",
        "Find us on LinkedIn for job news and events.",
        "Version 2.5.1 ships with A4,B5 and Letter templates; see Section 3.Appendix A.",
        "\u201cYes,\u201d he said. The plan launched in 2025. The team grew.",
        # PR201: a foreign word cited with its reading or meaning right after it
        "The new sake, 花 (hana), is named after the Japanese word for flower.",
    ],
)
def test_correct_sentence_gets_no_finding(glossary: Glossary, sentence: str) -> None:
    assert findings(glossary, f"Release\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a forbidden form differing from the approved one only in a hyphen, in a name
        # longer than a common compound: PR304 owns it, with the certain fix
        (
            "The Ministry of SMEs and Start-ups announced the zone.",
            ("PR304", "Ministry of SMEs and Start-ups", "Ministry of SMEs and Startups", True),
        ),
        # a name's word written the other way the glossary allows for the word alone
        (
            "Oh Youngju, Minister of SMEs and Start-ups, spoke first.",
            ("PR304", "Minister of SMEs and Start-ups", "Minister of SMEs and Startups", False),
        ),
        # PR302: a colon glued to the opening quote of what was said
        (
            'The minister said:"We will help."',
            ("PR302", 'said:"We', 'said: "We', True),
        ),
        (
            "The minister said:\u201cWe will help.\u201d",
            ("PR302", "said:\u201cWe", "said: \u201cWe", True),
        ),
        # PR204: a link word left untranslated, with nothing after it to gloss it
        (
            "The full text of the agreement is posted 여기에서.",
            ("PR204", "여기에서", None, False),
        ),
        # PR201: a word left untranslated that is no link
        (
            "The agreement was signed in the 대강당 of the ministry.",
            ("PR201", "대강당", None, False),
        ),
        # PR202: social networks that were links on the page the text was copied from
        (
            "Follow us on Facebook, Instagram and LinkedIn.",
            ("PR202", "Follow us on Facebook, Instagram and LinkedIn", None, False),
        ),
        # PR302: a closing quote glued to the next word; a figure glued to it
        (
            "\u201cYes,\u201dhe said.",
            ("PR302", "Yes,\u201dhe", "Yes,\u201d he", True),
        ),
        (
            "The plan launched in 2025.The team grew.",
            ("PR302", "2025.The", "2025. The", True),
        ),
        (
            "Cases of COVID-19,and of flu, fell.",
            ("PR302", "19,and", "19, and", True),
        ),
        # PR302: a year glued to the next word
        (
            "Founded in 1998,the company grew.",
            ("PR302", "1998,the", "1998, the", True),
        ),
    ],
)
def test_defect_in_sentence_is_found(
    glossary: Glossary, sentence: str, expected: tuple[str, str, str, bool]
) -> None:
    assert findings(glossary, f"Release\n\n{sentence}\n") == [expected]


def test_full_width_latin_brand_in_japanese_is_a_width_variant(glossary: Glossary) -> None:
    text = "報道関係各位\n\nＹｉＰＳＣＥＬＬとCUePEAK BIOが参加しました。\n"
    assert findings(glossary, text, "ja") == [("PR102", "ＹｉＰＳＣＥＬＬ", "YiPSCELL", True)]


def test_half_width_latin_brand_in_japanese_is_fine(glossary: Glossary) -> None:
    assert (
        findings(glossary, "報道関係各位\n\nYiPSCELLが参加しました。ＤＸを推進します。\n", "ja")
        == []
    )


def test_long_name_is_judged_only_when_written_with_a_hyphen(glossary: Glossary) -> None:
    index = compound_index(glossary, "en")
    assert index.judge("ministryofsmesandstartups", "Ministry of SMEs and Startups") is None
    assert owns(glossary, "en", "Ministry of SMEs and Start-ups")
    assert not owns(glossary, "en", "Ministry of SMEs andStartups")  # PR103's, if forbidden


_TITLES = {"ja": "報道関係各位", "ko": "보도자료"}


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        ("채용 정보는 여기에서 확인할 수 있다.", "ko", "여기에서 확인"),
        ("참가 신청은 여기서 신청하면 된다.", "ko", "여기서 신청"),
        ("資料はこちらからダウンロードできます。", "ja", "こちらからダウンロード"),
    ],
)
def test_cjk_link_phrase_without_target_is_found(
    glossary: Glossary, text: str, lang: str, phrase: str
) -> None:
    assert findings(glossary, f"{_TITLES[lang]}\n\n{text}\n", lang) == [
        ("PR202", phrase, None, False)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("회사는 여기서 그치지 않고 해외로 나아갈 계획이다.", "ko"),  # 'not stopping here'
        ("担当者からこちらからご連絡いたします。", "ja"),  # 'we will contact you'
    ],
)
def test_cjk_here_that_is_no_link_phrase_is_fine(glossary: Glossary, text: str, lang: str) -> None:
    assert findings(glossary, f"{_TITLES[lang]}\n\n{text}\n", lang) == []


def test_misspelt_short_form_gets_the_short_variant(glossary: Glossary) -> None:
    text = "報道関係各位\n\nアイパークインスティテュートの研究者が登壇しました。\n"
    assert findings(glossary, text, "ja") == [
        ("PR103", "アイパークインスティテュート", "アイパークインスティチュート", True)
    ]


_SHARE = (
    '<p>Share: <a href="#" onclick="share(\'fb\')">Facebook</a> '
    '<a href="javascript:void(0)" role="button">LinkedIn</a></p>'
)


def test_scripted_share_buttons_are_no_empty_links(glossary: Glossary) -> None:
    html = f"<html><body><h1>Acme opens plant</h1>{_SHARE}</body></html>"
    assert findings(glossary, html, format="html") == []


def test_link_without_target_in_html_is_still_found(glossary: Glossary) -> None:
    html = '<html><body><h1>Acme</h1><p>Follow us on <a href="#">Facebook</a>.</p></body></html>'
    assert findings(glossary, html, format="html") == [("PR202", "Facebook", None, False)]


_NEXT_LINK = (
    "<html lang='ja'><body><h1>新サービスのお知らせ</h1><p>▼詳細はこちら</p>{next}</body></html>"
)


def test_phrase_above_a_link_paragraph_has_its_target(glossary: Glossary) -> None:
    html = _NEXT_LINK.format(next='<p><a href="https://example.jp/s">サービス紹介ページ</a></p>')
    assert findings(glossary, html, "ja", format="html") == []


def test_phrase_above_a_paragraph_without_link_is_found(glossary: Glossary) -> None:
    html = _NEXT_LINK.format(next="<p>サービス紹介ページ</p>")
    assert findings(glossary, html, "ja", format="html") == [("PR202", "詳細はこちら", None, False)]


def test_phrase_above_a_labelled_address_has_its_target(glossary: Glossary) -> None:
    text = "報道関係各位\n\n詳細はこちらをご覧ください。\n公式サイト：https://example.jp/s\n"
    assert findings(glossary, text, "ja") == []
    text = "Release\n\nFor details, click here:\nProduct page: https://example.com/p\n"
    assert findings(glossary, text) == []


def test_phrase_above_a_labelled_line_without_address_is_found(glossary: Glossary) -> None:
    text = "Release\n\nFor the notes, click here.\nThe notes: none yet.\n"
    assert findings(glossary, text) == [("PR202", "click here", None, False)]
