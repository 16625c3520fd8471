"""prlocalize.document
~~~~~~~~~~~~~~~~~~~

The one model of a release that every stage consumes: a :class:`Document` of
:class:`Block` objects, each with its sentence :class:`Segment` objects, each with
its exact span in the decoded original text.

A segment carries two views of its text:

* ``plain``: the words only, without inline markup; rules read this, and
  :meth:`Segment.source_span` maps any range of it back to the original file.
* ``text``: the canonical form used as the catalog msgid. For a segment without
  inline markup it is ``plain`` itself. For a segment with inline markup (links,
  emphasis) it is an HTML fragment written the same way every time: tags in
  ``inlines`` order, attributes sorted, text escaped with ``&amp; &lt; &gt;``.

>>> doc = Document(path="r.txt", text="Hello.\\nBye.", blocks=(), lang="en", format="text")
>>> doc.position(7)
Position(line=2, column=1)
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from html import escape
from typing import overload


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    QUOTE = "quote"
    DATELINE = "dateline"
    BREADCRUMB = "breadcrumb"
    LINE = "line"  # one line of a multi-line block in plain text (issuer, contact lines)
    ROSTER_LINE = "roster_line"  # "Name, Title, Organisation"
    ATTRIBUTE = "attribute"  # alt / title attribute text
    META = "meta"  # <meta name="description"> and <title>
    CODE = "code"


@dataclass(frozen=True, slots=True, order=True, init=False)
class Span:
    """Half-open range ``[start, end)`` of character offsets into ``Document.text``."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:  # see _slot_setters
        _span_start(self, start)
        _span_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in Unicode characters


@dataclass(frozen=True, slots=True)
class Inline:
    """One inline element inside a segment, over ``plain[start:end]``."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    start: int = 0
    end: int = 0
    # a void element (img) the source wrote between two spaces: plain keeps one space, before
    # it; the markup writes the other after it ('quay <img/> is lit', not 'quay <img/>is lit')
    space_after: bool = False

    def attr(self, name: str) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return None


class Offsets(Sequence[int]):
    """Source offset of each character of a segment's ``plain``, then one for its end.

    Kept as runs, not one int a character (a Python int and its slot cost ~36 bytes, a
    50 MB release has 50 million characters): piece ``i`` covers ``plain[marks[i]:next
    mark]``, its characters one after another from ``starts[i]``. A segment found
    verbatim in the source (most) is a single run and stores no tuples at all. Reads
    like the tuple it replaces: ``offsets[i]`` is a bisect, ``len`` and iteration are
    those of the tuple, and it equals (and hashes as) that tuple.
    """

    __slots__ = ("_end", "_marks", "_size", "_start", "_starts")

    def __init__(
        self,
        start: int,
        size: int,
        end: int,
        marks: tuple[int, ...] | None = None,
        starts: tuple[int, ...] | None = None,
    ) -> None:
        # size characters from start (or by runs: marks[0] == 0, starts[0] == start)
        self._start = start
        self._size = size
        self._end = end
        self._marks = marks
        self._starts = starts

    @classmethod
    def of(cls, values: Iterable[int]) -> Offsets:
        """The runs of an explicit list of offsets (its last entry is the end)."""
        values = tuple(values)
        if not values:
            raise ValueError("offsets need at least the end entry")
        return cls.from_runs(((value, 1) for value in values[:-1]), values[-1])

    @classmethod
    def from_runs(cls, runs: Iterable[tuple[int, int]], end: int) -> Offsets:
        """Offsets of characters given as runs ``(first offset, how many)`` in order, then
        ``end``; a run that goes on where the last one stopped joins it."""
        marks: list[int] = []
        starts: list[int] = []
        size = 0
        for start, count in runs:
            if count <= 0:
                continue
            if not marks or start != starts[-1] + size - marks[-1]:
                marks.append(size)
                starts.append(start)
            size += count
        if not marks:
            return cls(end, 0, end)
        if len(marks) == 1:
            return cls(starts[0], size, end)
        return cls(starts[0], size, end, tuple(marks), tuple(starts))

    def __len__(self) -> int:
        return self._size + 1

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[int, ...]: ...
    def __getitem__(self, index: int | slice) -> int | tuple[int, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]  # rare: a copy, as a tuple's slice would be
        size = self._size
        if index < 0:
            index += size + 1
        if index == size:
            return self._end
        if not 0 <= index < size:
            raise IndexError("offset index out of range")
        marks = self._marks
        if marks is None:
            return self._start + index
        run = bisect.bisect_right(marks, index) - 1
        return self._starts[run] + index - marks[run]  # type: ignore[index]

    def __iter__(self) -> Iterator[int]:
        marks, starts = self._marks, self._starts
        if marks is None or starts is None:
            yield from range(self._start, self._start + self._size)
        else:
            bounds = (*marks[1:], self._size)
            for mark, start, stop in zip(marks, starts, bounds, strict=True):
                yield from range(start, start + stop - mark)
        yield self._end

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            if self._size != other._size or self._end != other._end:
                return False
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return len(other) == self._size + 1 and tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Offsets({tuple(self)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Offsets, (self._start, self._size, self._end, self._marks, self._starts))


# Span, Segment and Block write their own __init__ (same parameters and defaults as the
# generated one): a frozen dataclass's generated __init__ looks object.__setattr__ up again for
# every field (and Segment's then calls __post_init__), and readers make ~15,000 segments a MB.
# They set each slot through its descriptor's __set__, bound once (_slot_setters): the same
# store as object.__setattr__, without looking the attribute up by name on every call.
def _slot_setters(cls: type, *names: str) -> tuple[Callable[[object, object], None], ...]:
    return tuple(getattr(cls, name).__set__ for name in names)


_span_start, _span_end = _slot_setters(Span, "start", "end")


@dataclass(frozen=True, slots=True, init=False)
class Segment:
    id: str  # stable within a document: "b12.s2"
    text: str  # canonical form (msgid)
    span: Span  # in Document.text
    lang: str
    plain: str = ""  # "" with neither inlines nor a given plain: the text itself
    # Source offset of each character of ``plain`` plus one for its end, as runs (a
    # tuple given is turned into them); None when ``plain`` is exactly
    # ``Document.text[span]`` (plain-text input).
    offsets: Offsets | None = None
    inlines: tuple[Inline, ...] = ()

    def __init__(
        self,
        id: str,
        text: str,
        span: Span,
        lang: str,
        plain: str = "",
        offsets: Offsets | Sequence[int] | None = None,
        inlines: tuple[Inline, ...] = (),
    ) -> None:
        if offsets is not None and not isinstance(offsets, Offsets):
            offsets = Offsets.of(offsets)
        _seg_id(self, id)
        _seg_text(self, text)
        _seg_span(self, span)
        _seg_lang(self, lang)
        _seg_plain(self, text if not plain and text and not inlines else plain)
        _seg_offsets(self, offsets)
        _seg_inlines(self, inlines)

    @property
    def has_markup(self) -> bool:
        return bool(self.inlines)

    def source_offset(self, index: int) -> int:
        """Offset in ``Document.text`` of ``plain[index]`` (``index == len(plain)`` is the end)."""
        if self.offsets is None:
            return self.span.start + index
        return self.offsets[index]

    def source_span(self, start: int, end: int) -> Span:
        """Span in ``Document.text`` of ``plain[start:end]``."""
        if self.offsets is None:
            return Span(self.span.start + start, self.span.start + end)
        if end <= start:
            return Span(self.offsets[start], self.offsets[start])
        if end == len(self.plain):  # the last entry is the exact end of the last character
            return Span(self.offsets[start], self.offsets[end])
        # end of the last character, not the start of whatever follows it (markup may
        # sit between them); a character written as an entity maps to its first byte
        return Span(self.offsets[start], self.offsets[end - 1] + 1)


_seg_id, _seg_text, _seg_span, _seg_lang, _seg_plain, _seg_offsets, _seg_inlines = _slot_setters(
    Segment, "id", "text", "span", "lang", "plain", "offsets", "inlines"
)


def canonical_markup(plain: str, inlines: tuple[Inline, ...]) -> str:
    """Write ``plain`` with ``inlines`` as the canonical HTML fragment (the msgid form).

    Inlines must be properly nested; void elements (``br``) have ``start == end``.
    """
    if not inlines:
        return plain
    opens: dict[int, list[Inline]] = {}
    closes: dict[int, list[Inline]] = {}
    for inline in inlines:
        opens.setdefault(inline.start, []).append(inline)
        closes.setdefault(inline.end, []).append(inline)
    out: list[str] = []
    last = 0
    # only the offsets where a tag opens or closes; the text between them is escaped whole
    for i in sorted(opens.keys() | closes.keys()):
        if i > len(plain):
            break
        out.append(escape(plain[last:i], quote=False))
        last = i
        # close inner elements first (started later), then open outer ones first (longer)
        for inline in sorted(closes.get(i, ()), key=lambda x: -x.start):
            if inline.start != inline.end:
                out.append(f"</{inline.tag}>")
        for inline in sorted(opens.get(i, ()), key=lambda x: -x.end):
            attrs = "".join(f' {k}="{escape(v, quote=True)}"' for k, v in sorted(inline.attrs))
            if inline.start == inline.end:
                out.append(f"<{inline.tag}{attrs}/>")
                if inline.space_after and 0 < i < len(plain) and plain[i - 1] == " " != plain[i]:
                    out.append(" ")
            else:
                out.append(f"<{inline.tag}{attrs}>")
    out.append(escape(plain[last:], quote=False))
    return "".join(out)


@dataclass(frozen=True, slots=True, init=False)
class Block:
    id: str  # "b12"
    kind: BlockKind
    span: Span
    segments: tuple[Segment, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. ("level", "2"), ("list", "roster")
    context: str | None = None  # msgctxt, when the reader says the text needs one
    ignore: frozenset[str] = frozenset()  # codes suppressed by a comment before the block

    def __init__(
        self,
        id: str,
        kind: BlockKind,
        span: Span,
        segments: tuple[Segment, ...] = (),
        attrs: tuple[tuple[str, str], ...] = (),
        context: str | None = None,
        ignore: frozenset[str] = frozenset(),
    ) -> None:
        _block_id(self, id)
        _block_kind(self, kind)
        _block_span(self, span)
        _block_segments(self, segments)
        _block_attrs(self, attrs)
        _block_context(self, context)
        _block_ignore(self, ignore)

    def attr(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return default


(
    _block_id,
    _block_kind,
    _block_span,
    _block_segments,
    _block_attrs,
    _block_context,
    _block_ignore,
) = _slot_setters(Block, "id", "kind", "span", "segments", "attrs", "context", "ignore")


class LineIndex:
    """Maps character offsets to 1-based (line, column); lines end at ``\\n``."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)

    def line(self, offset: int) -> int:
        """The 1-based line of ``offset``: :meth:`position`'s line, without the column."""
        return bisect.bisect_right(self._starts, offset)

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    def __len__(self) -> int:
        return len(self._starts)


@dataclass(frozen=True)
class Document:
    path: str
    text: str  # the decoded original (BOM dropped, line endings as in the file)
    blocks: tuple[Block, ...]
    lang: str
    format: str  # "text" | "markdown" | "html"
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    @cached_property
    def line_index(self) -> LineIndex:
        return LineIndex(self.text)

    def position(self, offset: int) -> Position:
        return self.line_index.position(offset)

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line ending."""
        start = self.line_index.line_start(line)
        end = self.text.find("\n", start)
        end = len(self.text) if end == -1 else end
        return self.text[start:end].rstrip("\r")

    def segments(self) -> Iterator[Segment]:
        for block in self.blocks:
            yield from block.segments

    @cached_property
    def _by_id(self) -> dict[str, Segment]:
        return {s.id: s for s in self.segments()}

    def segment_by_id(self, segment_id: str) -> Segment:
        return self._by_id[segment_id]

    def block_of(self, segment: Segment) -> Block:
        block_id = segment.id.split(".", 1)[0]
        for block in self.blocks:
            if block.id == block_id:
                return block
        raise KeyError(segment.id)

    @property
    def stem(self) -> str:
        return release_stem(self.path)


def release_stem(path: str) -> str:
    """The stem of a release's path: its file name without the last suffix (the name of
    its catalogs and pages)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
