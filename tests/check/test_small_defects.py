"""Defects a PR team's releases carry that rules missed: a link target left as a
placeholder ('[the report](LINK)'), a comma after a Japanese sentence's end ('。、'), a
company suffix glued to the next word ('Inc.and'), a long vowel mark added after a
katakana name ('幕張メッセー'); and the correct forms beside them stay silent."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry("place:messe", Kind.PLACE, {"en": Term("Makuhari Messe"), "ja": Term("幕張メッセ")}),
    ]
)


def _found(text: str, lang: str = "en", fmt: str = "text") -> list[tuple[str, str]]:
    ext = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    document = parse_text(text, path=f"release.{ext}", format=fmt, lang=lang)
    matcher = TermMatcher.build(_GLOSSARY, lang)
    findings = check_document(document, _GLOSSARY, matcher, select_rules(target="source"))
    return [(f.code, f.message) for f in findings]


@pytest.mark.parametrize(
    ("text", "fmt", "found"),
    [
        (
            "Title\n\nSee the [annual report](LINK) for details.\n",
            "markdown",
            [("PR202", "Link 'annual report' has a placeholder target 'LINK'")],
        ),
        (
            "Title\n\nRegister for the event [online](TBD).\n",
            "markdown",
            [("PR202", "Link 'online' has a placeholder target 'TBD'")],
        ),
        (
            '<html><body><h1>T</h1><p>See <a href="https://">the plan</a>.</p></body></html>',
            "html",
            [("PR202", "Link 'the plan' has a placeholder target 'https://'")],
        ),
        # real targets, and words that only look like placeholders inside one
        (
            "Title\n\nSee the [report](https://example.com/link) and [links](/links/).\n",
            "markdown",
            [],
        ),
    ],
)
def test_placeholder_link_targets(text: str, fmt: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, fmt=fmt) == found


def test_a_comma_after_a_japanese_sentence_end() -> None:
    text = "報道関係各位\n\n取締役会で決議しました。、詳細は別紙の通りです。\n"
    assert _found(text, "ja") == [("PR301", "Stray punctuation '、' after '。'")]
    assert _found("報道関係各位\n\n決議しました。詳細は別紙の通りです。\n", "ja") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Meridian Semiconductor, Inc.and Aozora signed.", ["Inc.and"]),
        ("Aozora Robotics Co., Ltd.signed it.", ["Ltd.signed"]),
        # a suffix that ends a sentence or a name, an address, an abbreviation
        ("Aozora Robotics Co., Ltd. signed it. Meridian, Inc. and Node.js grew.", []),
        ("Visit aozora-inc.com or e.g. the U.S. office.", []),
    ],
)
def test_a_company_suffix_glued_to_the_next_word(sentence: str, found: list[str]) -> None:
    messages = _found(f"Title\n\n{sentence}\n")
    assert messages == [("PR302", f"Missing space after punctuation in '{f}'") for f in found]


def test_a_long_vowel_mark_added_after_a_katakana_name() -> None:
    assert _found("報道関係各位\n\n幕張メッセーで開催します。\n", "ja") == [
        ("PR102", "Name '幕張メッセー' spelt another way than '幕張メッセ'")
    ]
    # the name as written, and a longer word it begins
    assert _found("報道関係各位\n\n幕張メッセで開催します。幕張メッセージを送る。\n", "ja") == []


def test_a_slip_in_a_company_named_without_its_legal_form() -> None:
    glossary = Glossary([Entry("org:sakuragawa", Kind.ORG, {"en": Term("Sakuragawa Bank, Ltd.")})])
    text = (
        "Title\n\nSakuragawa Bank, Ltd. opened a branch. The chairman of Sakuragawa Bnak spoke.\n"
    )
    document = parse_text(text, path="release.txt", format="text", lang="en")
    matcher = TermMatcher.build(glossary, "en")
    findings = check_document(document, glossary, matcher, select_rules(["PR102"]))
    assert [(f.found, f.suggestion) for f in findings] == [("Sakuragawa Bnak", "Sakuragawa Bank")]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # the space typed on the wrong side of a comma
        ("Mikio Kato ,said the bank.", "en", [("PR301", "Stray punctuation ' ,'")]),
        ("The bank ,which opened in 2020, grew.", "en", [("PR301", "Stray punctuation ' ,'")]),
        ("서울시는 ,올해 계획을 밝혔다.", "ko", [("PR301", "Stray punctuation ' ,'")]),
        # a comma with its space after it, and a number written with a space
        ("Mikio Kato, said the bank.", "en", []),
        ("It holds 1 ,000 items.", "en", []),
    ],
)
def test_a_space_before_a_comma_glued_to_the_next_word(
    text: str, lang: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found
