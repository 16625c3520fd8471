"""The header entry is read without the e-mail parser when it is the usual one field a
line; what it gives must be what the e-mail parser (and so Babel) gives."""

from __future__ import annotations

from email import message_from_string

from babel.messages.catalog import Catalog, Message
from hypothesis import example, given, settings
from hypothesis import strategies as st

from prlocalize.catalog.headers import HeaderCatalog, header_items

_POEDIT = (
    "Project-Id-Version: Release 1\n"
    "Report-Msgid-Bugs-To: press@example.com\n"
    "POT-Creation-Date: 2026-04-01 09:30+0900\n"
    "PO-Revision-Date: 2026-04-02 18:05+0900\n"
    "Last-Translator: 山田 花子 <hanako@example.jp>\n"
    "Language-Team: 日本語\n"
    "Language: ja-JP\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=1; plural=0;\n"
    "X-Generator: Poedit 3.4\n"
    "X-Source-Language: en\n"
)

# pieces of header text, the awkward ones included: continuations, blank lines, other
# line breaks, a colon first, spaces in a name, a unix 'From ' line
_PIECES = st.sampled_from(
    [
        "Language",
        "X-Source-Language",
        "Content-Type",
        ": ",
        ":",
        " ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\x0b",
        "\x85",
        "\u2028",
        "From ",
        "ja_JP",
        "text/plain; charset=UTF-8",
        "値",
        "a b",
        "2026-04-01 09:30+0900",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
@example(_POEDIT)
@example("")
@example("\n")
@example("Name:\nOther: value  \n")
def test_fields_are_those_of_the_email_parser(text: str) -> None:
    items = header_items(text)
    if items is not None:
        assert items == message_from_string(text).items()


def _state(catalog: Catalog) -> tuple[object, ...]:
    return (
        catalog.mime_headers,
        catalog.header_comment,
        catalog.fuzzy,
        catalog.locale_identifier,
        catalog.creation_date,
        catalog.num_plurals,
        catalog.charset,
    )


def test_a_catalog_reads_its_header_as_babel_does() -> None:
    minimal = (
        "POT-Creation-Date: 2026-04-01 09:30+0000\nPO-Revision-Date: 2026-04-02 10:00+0000\nA: b\n"
    )
    for header in (_POEDIT, _POEDIT.replace("Language: ja-JP\n", "Language: \n"), minimal):
        for fuzzy in (False, True):
            ours, theirs = HeaderCatalog(), HeaderCatalog()
            ours[""] = _message(header, fuzzy)
            # the e-mail parser's way, through Babel's own __setitem__
            Catalog.__setitem__(theirs, "", _message(header, fuzzy))
            assert _state(ours) == _state(theirs)


def _message(header: str, fuzzy: bool) -> Message:
    return Message(
        "",
        header,
        flags=["fuzzy"] if fuzzy else [],
        user_comments=["Translations of a press release.", "Copyright (C) 2026"],
    )
