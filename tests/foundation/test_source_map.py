"""PlainBuilder keeps positions as runs (SourceMap): it must agree with one entry a character."""

from __future__ import annotations

from html import unescape

from hypothesis import given
from hypothesis import strategies as st

from prlocalize.document import BlockKind
from prlocalize.readers._build import (
    _ENTITY,
    _SHARED_LIMIT,
    _TAG,
    _WINDOW,
    PlainBuilder,
    align,
    shared_offsets,
)


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
            assert draft.source.offsets(lo, hi) == expected, (lo, hi)
    table = shared_offsets(cursor + 2)
    assert all(
        draft.source.offsets(lo, hi, table) == draft.source.offsets(lo, hi)
        for lo in range(size)
        for hi in range(lo + 1, size + 1)
    )
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


def test_shared_offsets_cover_the_size_asked_for_up_to_the_limit() -> None:
    table = shared_offsets(10)
    assert table is not None and len(table) >= 10 and table[:10] == tuple(range(10))
    bigger = shared_offsets(5000)
    assert bigger is not None and bigger[:5000] == tuple(range(5000))
    assert shared_offsets(_SHARED_LIMIT + 1) is None
