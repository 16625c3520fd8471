"""Property: any Document's catalog, written and read back, gives the same messages."""

from __future__ import annotations

import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from catalog_support import assert_valid_catalog, make_document
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.catalog import build_template, merge_catalog, read_catalog, write_catalog
from prlocalize.document import Inline, canonical_markup

# any printable text, with the characters PO files escape (quotes, backslashes, tabs, newlines)
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cc", "Cs")),
        st.sampled_from('"\\\t\n #:|~\x85\u2028\x0b'),
    ),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip())
_CONTEXTS = st.one_of(st.none(), st.sampled_from(["heading", "breadcrumb", 'a "quoted" one']))


@st.composite
def _marked_up(draw: st.DrawFn) -> str:
    """A segment's canonical msgid form with an inline link or emphasis somewhere in it."""
    plain = draw(_TEXT)
    start = draw(st.integers(0, len(plain)))
    end = draw(st.integers(start, len(plain)))
    tag, attrs = draw(
        st.sampled_from([("a", (("href", 'https://x.jp/?a=1&b="2"'),)), ("strong", ())])
    )
    return canonical_markup(plain, (Inline(tag, attrs, start, end),))


_SENTENCE = st.one_of(_TEXT, _marked_up())
_PARAGRAPHS = st.lists(st.lists(_SENTENCE, min_size=1, max_size=3), min_size=1, max_size=6)


def _messages(catalog: Catalog) -> list[tuple]:
    return [
        (m.context, m.id, m.string, sorted(m.flags), m.locations, m.auto_comments)
        for m in catalog
        if m.id
    ]


@settings(max_examples=40, deadline=None)
@given(paragraphs=_PARAGRAPHS, contexts=st.lists(_CONTEXTS, min_size=6, max_size=6))
def test_template_round_trip(paragraphs: list[list[str]], contexts: list[str | None]) -> None:
    document = make_document(paragraphs, contexts=contexts[: len(paragraphs)])
    template = build_template([document])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.pot"
        write_catalog(path, template)
        assert_valid_catalog(path)
        assert _messages(read_catalog(path)) == _messages(template)


@settings(max_examples=25, deadline=None)
@given(paragraphs=_PARAGRAPHS, translations=st.lists(_TEXT, min_size=1, max_size=18))
def test_translated_catalog_round_trip_is_valid_po(
    paragraphs: list[list[str]], translations: list[str]
) -> None:
    catalog, _ = merge_catalog(None, build_template([make_document(paragraphs)]), "ko")
    catalog.revision_date = catalog.creation_date
    catalog.last_translator = "Kim <kim@example.com>"
    for message, text in zip((m for m in catalog if m.id), translations, strict=False):
        # msgfmt --check wants a msgstr to start and end with a newline exactly when the msgid does
        head = "\n" if message.id.startswith("\n") else ""
        tail = "\n" if message.id.endswith("\n") and len(message.id) > 1 else ""
        message.string = head + text.strip("\n") + tail if text.strip("\n") else ""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.po"
        write_catalog(path, catalog)
        assert_valid_catalog(path)
        assert _messages(read_catalog(path, locale="ko")) == _messages(catalog)
