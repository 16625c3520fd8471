"""A link phrase whose paragraph is followed by a contact block ('click here.' above
'Media contact: press@…') has no target (PR202): the e-mail address after a contact
label is whom to ask, not what the phrase pointed at. An address opening the next line
on its own or after another label ('URL:', 'E-mail:'), and a contact's address below a
phrase that asks readers to write ('Questions may be sent here.'), are still its
target."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _codes(text: str, lang: str) -> list[str]:
    document = parse_text(text, path="release.txt", format="text", lang=lang)
    findings = check_document(document, Glossary([]), None, select_rules(target="source"))
    return [f.code for f in findings]


@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        (
            "Hanbit opened a plant.\n\nFor more details, click here.\n\n"
            "Media contact: press@hanbit.example.com\n",
            "en",
            ["PR202"],
        ),
        (
            "Hanbit opened a plant.\n\nFor more details, click here.\n\n"
            "Press inquiries: press@hanbit.example.com\n",
            "en",
            ["PR202"],
        ),
        ("詳しくはこちらをご覧ください。\n\nお問い合わせ先：koho@example.jp\n", "ja", ["PR202"]),
        # the address is the phrase's target
        ("For the full report, click here:\n\nURL: https://example.com/report\n", "en", []),
        ("Register here.\n\nContact: https://example.com/register\n", "en", []),
        ("Write to us here:\n\nE-mail: press@hanbit.example.com\n", "en", []),
        ("Questions may be sent here.\n\nMedia contact: press@example.com\n", "en", []),
        ("ご質問はこちらまでお寄せください。\n\nお問い合わせ先：koho@example.jp\n", "ja", []),
    ],
)
def test_a_contact_block_is_no_link_target(text: str, lang: str, codes: list[str]) -> None:
    assert _codes(text, lang) == codes


@pytest.mark.parametrize("format", ["text", "markdown"])
@pytest.mark.parametrize(
    ("lines", "codes"),
    [
        # a bare e-mail address below a phrase that points at a page, in the phrase's
        # paragraph or the next one, is a contact, not the phrase's target
        ("For details of the meeting, click here.\nir@hanbit.example.com", ["PR202"]),
        ("For details of the meeting, click here.\n\nir@hanbit.example.com", ["PR202"]),
        ("詳しくはこちらをご覧ください。\nkoho@hanbit.example.jp", ["PR202"]),
        # a phrase that asks readers to write, or introduces the address, points at it
        ("For details of the meeting, click here:\nir@hanbit.example.com", []),
        ("For details of the meeting, click here: ir@hanbit.example.com", []),
        ("Questions? Click here.\nir@hanbit.example.com", []),
        ("To request an interview, click here.\nmedia@hanbit.example.com", []),
        ("お問い合わせはこちら\nkoho@hanbit.example.jp", []),
        ("For details of the meeting, click here.\nhttps://hanbit.example.com/agm", []),
    ],
)
def test_a_bare_mail_address_below_a_link_phrase(lines: str, codes: list[str], format: str) -> None:
    lang = "en" if lines.isascii() else "ja"
    opening = "Hanbit held its meeting." if lang == "en" else "本日、株主総会を開催しました。"
    document = parse_text(f"{opening}\n\n{lines}\n", path="r", format=format, lang=lang)
    findings = check_document(document, Glossary([]), None, select_rules(["PR202"]))
    assert [f.code for f in findings] == codes
