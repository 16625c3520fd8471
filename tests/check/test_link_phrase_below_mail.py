"""PR202: a link phrase on a line below a contact block's e-mail address, in the same
paragraph ('Email: press@…' then 'For photos, click here.'), has no target: the reader
has passed the address, and the phrase points on. An address after the phrase, on its
line or below it, is still taken for its target."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _codes(text: str, lang: str) -> list[str]:
    document = parse_text(text, path="release.txt", format="text", lang=lang)
    findings = check_document(document, Glossary([]), None, select_rules(["PR202"]))
    return [f.code for f in findings]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The clinic opens in May.\n\nMedia inquiries\nPress Office, Lindqvist Clinic\n"
            "Email: press@lindqvist.example.com\nFor photos, click here.\n",
            "en",
        ),
        (
            "新病棟は5月に開設します。\n\n【お問い合わせ先】\n広報室\nE-mail：koho@example.jp\n"
            "写真素材はこちらからダウンロードできます。\n",
            "ja",
        ),
    ],
)
def test_a_phrase_below_the_mail_address(text: str, lang: str) -> None:
    assert _codes(text, lang) == ["PR202"]


@pytest.mark.parametrize(
    "text",
    [
        # the address after the phrase, on the next line
        "The clinic opens in May.\n\nFor photos, click here:\nphotos@lindqvist.example.com\n",
        # on the phrase's own line, asked for
        "Questions? Email press@lindqvist.example.com or click here.\n",
    ],
)
def test_an_address_that_may_be_its_target(text: str) -> None:
    assert _codes(text, "en") == []
