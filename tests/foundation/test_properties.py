"""Properties of the readers on arbitrary input (hypothesis)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prlocalize.document import BlockKind, Document
from prlocalize.errors import InputError
from prlocalize.readers import decode_source, parse_text
from prlocalize.readers._build import detect_language_fast
from prlocalize.scripts import detect_language

FORMATS = st.sampled_from(["text", "markdown", "html"])
# text that looks like releases in all three formats, plus anything at all
PIECES = st.sampled_from(
    [
        "Co., Ltd.",
        " Inc. ",
        "Dr. Ueno",
        ". ",
        "! ",
        "? ",
        "\n",
        "\r\n",
        "\n\n",
        "  ",
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        '<a href="x">',
        "</a>",
        "<br>",
        "&amp;",
        "&mdash;",
        "&#x41;",
        "<!-- c -->",
        "<script>x</script>",
        "<pre>",
        "</pre>",
        "<code>",
        "```\n",
        "    code\n",
        "<div>\n",
        "# ",
        "- ",
        "* ",
        "**",
        "[a](b)",
        "`c`",
        "> ",
        "| a |",
        "<Japan>",
        "1. ",
        "May 10, 2024",
        "湘南。",
        "「引用。」",
        "한국어다. ",
        "…",
        "“",
        "”",
        "\\",
        "\t",
        "<!-- prlocalize: ignore PR1 -->",
        "\ufeff",
        "\u2028",
        "\x0c",
    ]
)
TEXT = st.one_of(
    st.lists(PIECES | st.text(max_size=5), max_size=40).map("".join), st.text(max_size=200)
)


def check_document(doc: Document) -> None:
    """Segments lie inside the text (in their block), never overlap, and point at their text.

    An attribute segment (alt, title) lies inside the start tag of its element, which
    can lie inside a text segment: attributes and text are checked for overlap apart.
    """
    text = doc.text
    attribute_kinds = (BlockKind.ATTRIBUTE, BlockKind.META)
    for attributes in (True, False):
        spans = sorted(
            s.span
            for b in doc.blocks
            if (b.kind in attribute_kinds) is attributes
            for s in b.segments
        )
        for before, after in pairwise(spans):
            assert before.end <= after.start or before.start == before.end, "segments overlap"
    for block in doc.blocks:
        for segment in block.segments:
            span = segment.span
            assert 0 <= span.start <= span.end <= len(text)
            assert segment.plain and segment.plain == segment.plain.strip()
            assert segment.id.startswith(block.id + ".s")
            assert block.span.start <= span.start and span.end <= block.span.end
            if segment.offsets is None:  # plain text: the segment is the source, verbatim
                assert text[span.start : span.end] == segment.plain
            else:
                assert len(segment.offsets) == len(segment.plain) + 1
                assert list(segment.offsets) == sorted(segment.offsets)
                first = text[span.start : span.start + 1]
                # the segment starts at its first character, an entity for it, or a <br>
                assert first == segment.plain[0] or first in "&<\x00", (first, segment.plain)
            # line/column of the segment start points at its first character
            pos = doc.position(span.start)
            line = doc.line_text(pos.line)
            if segment.offsets is None:
                assert line[pos.column - 1 :].startswith(segment.plain.split("\n")[0].rstrip("\r"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, FORMATS)
def test_readers_never_crash_on_text(text: str, fmt: str) -> None:
    try:
        doc = parse_text(text, path="r", format=fmt)
    except InputError:
        return
    check_document(doc)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), FORMATS)
def test_readers_never_crash_on_bytes(data: bytes, fmt: str) -> None:
    try:
        doc = parse_text(decode_source(data, "r"), path="r", format=fmt)
    except InputError as error:
        assert error.path == "r"
        return
    check_document(doc)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["One.", "Two words.", "Co., Ltd. is.", "x", "?", "…"]), min_size=1),
    st.sampled_from(["\n", "\r\n"]),
)
def test_segments_cover_every_non_space_character_of_their_block(
    words: list[str], eol: str
) -> None:
    text = "Heading" + eol + eol + " ".join(words) + eol + "Next line here" + eol
    doc = parse_text(text, path="r.txt", format="text")
    for block in doc.blocks:
        covered: set[int] = set()
        for segment in block.segments:
            covered.update(range(segment.span.start, segment.span.end))
        block_text = text[block.span.start : block.span.end]
        non_space = {block.span.start + i for i, c in enumerate(block_text) if not c.isspace()}
        assert non_space <= covered
    for segment in doc.segments():
        pos = doc.position(segment.span.start)
        assert doc.line_text(pos.line)[pos.column - 1 :].startswith(segment.text)
        end = doc.position(segment.span.end)
        assert end.line == pos.line and end.column - pos.column == len(segment.text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(max_codepoint=0x3FFFF),
            st.sampled_from("aZéÆ×ー・ｰ々〆あアｱ漢한ᄀㄱꥠힰﾠＡｚ𠀀"),
        ),
        max_size=60,
    )
)
def test_fast_language_guess_agrees_with_scripts_detect_language(text: str) -> None:
    assert detect_language_fast(text) == detect_language(text)
