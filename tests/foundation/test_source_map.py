"""PlainBuilder keeps positions as runs (SourceMap): it must agree with one entry a character."""

from __future__ import annotations

from html import unescape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prlocalize.document import BlockKind, Offsets, Span
from prlocalize.readers._build import (
    _ENTITY,
    _TAG,
    _WINDOW,
    PlainBuilder,
    SourceMap,
    align,
    build_document,
)
from prlocalize.readers.html import read_html


class CharBuilder:
    """The reference: every character with its own source start and end (the old builder)."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []

    def add(self, char: str, start: int, end: int) -> None:
        if char.isspace():
            if not self.chars or self.chars[-1] == " ":
                return
            char = " "
        self.chars.append(char)
        self.offsets.append(start)
        self.ends.append(end)

    def add_run(self, text: str, start: int) -> None:
        # irregular whitespace (anything but a single space) collapses to one space at its start
        i = 0
        while i < len(text):
            char = text[i]
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j - i >= 2 or (j > i and char != " "):
                if self.chars and self.chars[-1] != " ":
                    self.chars.append(" ")
                    self.offsets.append(start + i)
                    self.ends.append(start + i + 1)
                i = j
                continue
            if not (char == " " and (not self.chars or self.chars[-1] == " ")):
                self.chars.append(char)
                self.offsets.append(start + i)
                self.ends.append(start + i + 1)
            i += 1

    def strip(self) -> None:
        while self.chars and self.chars[-1] == " ":
            del self.chars[-1], self.offsets[-1], self.ends[-1]


TEXT = st.text(alphabet=st.sampled_from("ab .\n\t\u3000x"), min_size=1, max_size=12)
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("run"), TEXT, st.integers(0, 3)),
        st.tuples(st.just("char"), st.sampled_from("a \n&é"), st.integers(0, 2), st.integers(0, 4)),
    ),
    max_size=25,
)


@given(OPS)
def test_runs_give_every_character_its_reference_offsets(ops: list[tuple]) -> None:
    fast, slow = PlainBuilder(), CharBuilder()
    cursor = 0
    for op in ops:
        if op[0] == "run":  # text found verbatim a little after the cursor
            _, text, gap = op
            cursor += gap
            fast.add_run(text, cursor)
            slow.add_run(text, cursor)
            cursor += len(text)
        else:  # one character, perhaps an entity (wider) or placed zero-width
            _, char, gap, width = op
            cursor += gap
            fast.add(char, cursor, cursor + width)
            slow.add(char, cursor, cursor + width)
            cursor += width
    draft = fast.draft(BlockKind.PARAGRAPH)
    slow.strip()
    if not slow.chars:
        assert draft is None
        return
    assert draft is not None and draft.source is not None
    assert draft.plain == "".join(slow.chars)
    assert draft.start == slow.offsets[0]
    assert (draft.span.start, draft.span.end) == (
        slow.offsets[0],
        max(slow.offsets[0], slow.ends[-1]),
    )
    size = len(slow.chars)
    for lo in range(size):
        for hi in range(lo + 1, size + 1):
            expected = (*slow.offsets[lo:hi], slow.ends[hi - 1])
            assert_same_offsets(draft.source.offsets(lo, hi), expected)
    shifted = draft.source.shifted(100)
    assert shifted.offsets(0, size) == tuple(o + 100 for o in draft.source.offsets(0, size))


def reference_align(source: str, cursor: int, text: str, out: CharBuilder) -> int:
    """The old align: the whole text verbatim, or else one character at a time."""
    found_at = source.find(text, cursor, cursor + len(text) + _WINDOW)
    if found_at != -1:
        skipped = source[cursor:found_at]
        if skipped.rfind("<") <= skipped.rfind(">"):
            out.add_run(text, found_at)
            return found_at + len(text)
    for char in text:
        pos, found = cursor, False
        limit = min(len(source), cursor + _WINDOW)
        while pos < limit:
            c = source[pos]
            if c == char or (char.isspace() and c.isspace()) or (char == "\ufffd" and c == "\x00"):
                out.add(char, pos, pos + 1)
                cursor, found = pos + 1, True
                break
            if c == "&":
                m = _ENTITY.match(source, pos)
                if m and unescape(m.group()) == char:
                    out.add(char, pos, m.end())
                    cursor, found = m.end(), True
                    break
            elif c == "<":
                m = _TAG.match(source, pos)
                if m:
                    pos = m.end()
                    continue
            pos += 1
        if not found:
            out.add(char, cursor, cursor)
    return cursor


MARKUP = st.lists(
    st.sampled_from(["ab", "R", "&amp;", "&lt;", "&bogus;", "<b>", "</i>", " ", "\n", "\r\n", "é"]),
    max_size=15,
).map("".join)


@given(MARKUP, MARKUP, st.integers(0, 3))
def test_align_agrees_with_the_character_by_character_reference(
    source: str, extra: str, drop: int
) -> None:
    # the parser's text: the source's text with entities resolved, perhaps changed a little
    text = unescape(_TAG.sub("", source))[drop:] + unescape(extra)
    fast, slow = PlainBuilder(), CharBuilder()
    assert align(source, 0, text, fast, skip_tags=True) == reference_align(source, 0, text, slow)
    draft = fast.draft(BlockKind.PARAGRAPH)
    slow.strip()
    assert (draft.plain if draft else "") == "".join(slow.chars)
    if draft is not None and draft.source is not None:
        size = len(slow.chars)
        assert draft.source.offsets(0, size) == (*slow.offsets, slow.ends[-1])
        for hi in range(1, size):
            assert draft.source.offsets(0, hi)[-1] == slow.ends[hi - 1]


def assert_same_offsets(compact: Offsets, expected: tuple[int, ...]) -> None:
    """``compact`` reads exactly as the per-character tuple it replaces, every way it is read."""
    assert len(compact) == len(expected)
    assert tuple(compact[i] for i in range(len(expected))) == expected  # bisect lookups
    assert tuple(compact) == expected  # iteration
    assert compact[-1] == expected[-1] and compact[-len(expected)] == expected[0]
    assert compact == expected and hash(compact) == hash(expected)
    assert compact[1:] == expected[1:]
    assert Offsets.of(expected) == compact


@given(st.lists(st.integers(0, 3), min_size=1, max_size=30), st.integers(0, 1000))
def test_offsets_read_as_the_tuple_they_were_made_from(steps: list[int], base: int) -> None:
    # non-decreasing offsets: +1 (verbatim), 0 (placed zero-width), +2, +3 (an entity)
    values = [base]
    for step in steps:
        values.append(values[-1] + step)
    assert_same_offsets(Offsets.of(values), tuple(values))
    with pytest.raises(IndexError):
        Offsets.of(values)[len(values)]


HTML_PIECES = st.sampled_from(
    [
        "Co. &amp; Ltd. ",
        "R&amp;D",
        "&lt;b&gt;",
        "&#x41;&#66;",
        "&mdash;",
        "&bogus;",
        "<b>bold</b> ",
        '<a href="https://x.example/?a=1&amp;b=2">link</a>',
        "<em>é</em>",
        "<br>",
        "<!-- c -->",
        "Tokyo. ",
        "Dr. Ueno said. ",
        "湘南。",
        "「引用。」",
        "서울에서. ",
        "  ",
        "\n",
        "\r\n",
        "\t",
        "word",
        "</p><p>",
        "<li>",
        '<img alt="A &amp; B">',
    ]
)
HTML_BODIES = st.lists(HTML_PIECES, min_size=1, max_size=25).map("".join)


def _per_character(source: SourceMap) -> tuple[list[int], list[int]]:
    """The source start and end of every character of a draft (the old per-character lists)."""
    starts: list[int] = []
    ends: list[int] = []
    stops = [*source.marks[1:], source.size]
    runs = zip(source.marks, source.starts, source.ends, stops, strict=True)
    for mark, start, end, stop in runs:
        for k in range(stop - mark):
            starts.append(start + k)
            ends.append(start + k + 1)
        ends[-1] = end
    return starts, ends


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML_BODIES)
def test_segment_offsets_of_html_match_the_per_character_lists(body: str) -> None:
    """Every segment of an HTML release with entities and markup maps each character, and
    each range (source_span), exactly as a tuple of one offset a character did."""
    source = f"<html><body><p>{body}</p></body></html>"
    drafts = [d for d in read_html(source, "r.html") if d.plain.strip() or d.kind is BlockKind.CODE]
    doc = build_document("r.html", source, drafts, "html", None)
    assert len(drafts) == len(doc.blocks)
    for draft, block in zip(drafts, doc.blocks, strict=True):
        if draft.source is None:
            continue
        starts, ends = _per_character(draft.source)
        lo = 0
        for segment in block.segments:
            lo = draft.plain.index(segment.plain, lo)
            hi = lo + len(segment.plain)
            old = (*starts[lo:hi], ends[hi - 1])
            if segment.offsets is None:  # a block found as it is: its span says them all
                assert draft.verbatim
                assert source[segment.span.start : segment.span.end] == segment.plain
            else:
                assert_same_offsets(segment.offsets, old)
            size = len(segment.plain)
            for a in range(size + 1):
                for b in range(a, size + 1):
                    if b <= a:
                        want = Span(old[a], old[a])
                    elif b == size:
                        want = Span(old[a], old[b])
                    else:
                        want = Span(old[a], old[b - 1] + 1)
                    assert segment.source_span(a, b) == want, (segment.plain, a, b)
            lo = hi
