"""What every reader shares: block drafts, source alignment, and the Document builder.

A reader turns its input into :class:`Draft` blocks (kind, plain text, where each
character of the plain text sits in the source, inline markup); :func:`build_document`
segments them into sentences and assigns the stable ids ``b{n}`` / ``b{n}.s{m}``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import unescape

from prlocalize.document import (
    Block,
    BlockKind,
    Document,
    Inline,
    Offsets,
    Segment,
    Span,
    canonical_markup,
)
from prlocalize.readers.suppression import parse_codes
from prlocalize.scripts import japanese_han
from prlocalize.segment import sentence_bounds

IGNORE_COMMENT = re.compile(
    r"\s*prlocalize:\s*ignore\b\s*[:=]?([^>]*?)\s*(?:-->)?\s*\Z", re.IGNORECASE
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
DATE_LINE = re.compile(
    rf"\s*(?:[A-Z][\w .,'-]{{0,40}}[,–—-]\s*)?"  # optional place: "TOKYO, "
    rf"(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(][^）)]{1,3}[）)])?"
    r"|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)"
    r"\s*[–—-]?\s*\Z"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_CJK_OR_HANGUL = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
# several whitespace characters, or one that is not " " (as ``\s{2,}|[^\S ]``, but led by a
# class, which the engine scans for instead of trying the alternation at every position)
_IRREGULAR_SPACE = re.compile(r"\s(?:\s+|(?<=[^\S ]))")
_LABELS = (BlockKind.HEADING, BlockKind.BREADCRUMB)
_ONE_ITEM = frozenset({BlockKind.DATELINE, BlockKind.BREADCRUMB, BlockKind.ROSTER_LINE})
_CODE_KIND = BlockKind.CODE  # an enum member looked up once (a class attribute lookup is slow)
_WINDOW = 4096  # how far to look for a character before giving up on it
_TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!?][^<>]*>", re.DOTALL)


def ignore_codes(comment: str, line: int | None = None) -> frozenset[str] | None:
    """Codes named by a ``prlocalize: ignore PR203 PR201`` comment (None when it is not one).

    Raises :class:`SuppressionError` (with ``line``) when a token is not shaped as a code.
    """
    m = IGNORE_COMMENT.match(comment)
    if m is None:
        return None
    return parse_codes(m.group(1), line)


class SourceMap:
    """Where each character of a draft's plain text sits in the source, kept as runs.

    Piece ``i`` covers ``plain[marks[i]:next mark]``: its characters sit one after another
    from ``starts[i]``, each one character wide, except the last, which ends at ``ends[i]``
    (an entity, a collapsed line break, a character placed zero-width at the cursor). Runs
    instead of one entry a character: a segment's offsets are then a few ranges.
    """

    __slots__ = ("ends", "marks", "size", "starts")

    def __init__(self, marks: list[int], starts: list[int], ends: list[int], size: int) -> None:
        self.marks = marks
        self.starts = starts
        self.ends = ends
        self.size = size

    def offsets(self, lo: int, hi: int) -> Offsets:
        """Source offset of each of ``plain[lo:hi]`` (``hi > lo``), then the end of the last."""
        marks, starts = self.marks, self.starts
        if len(marks) == 1:  # one run (most blocks): no search
            i = j = 0
        else:
            i = bisect_right(marks, lo) - 1
            j = bisect_right(marks, hi - 1, i) - 1
        mark = marks[j]
        last_end = marks[j + 1] if j + 1 < len(marks) else self.size
        end = self.ends[j] if hi == last_end else starts[j] + hi - mark
        first = starts[i] + lo - marks[i]
        if i == j:
            return Offsets(first, hi - lo, end)
        # the runs from i to j, relative to lo; a run that goes on where the last one
        # stopped (a one-character run after a verbatim one) joins it
        run_marks, run_starts = [0], [first]
        for k in range(i + 1, j + 1):
            at, start = marks[k] - lo, starts[k]
            if start != run_starts[-1] + at - run_marks[-1]:
                run_marks.append(at)
                run_starts.append(start)
        if len(run_marks) == 1:
            return Offsets(first, hi - lo, end)
        return Offsets(first, hi - lo, end, tuple(run_marks), tuple(run_starts))

    def shifted(self, base: int) -> SourceMap:
        return SourceMap(
            self.marks, [s + base for s in self.starts], [e + base for e in self.ends], self.size
        )


@dataclass(slots=True)
class Draft:
    """A block before segmentation. ``source`` maps each character of ``plain`` to the source.

    When ``source`` is None the plain text is ``source[start:start + len(plain)]``.
    """

    kind: BlockKind
    plain: str
    start: int
    span: Span
    source: SourceMap | None = None
    inlines: list[Inline] = field(default_factory=list)
    attrs: tuple[tuple[str, str], ...] = ()
    ignore: frozenset[str] = frozenset()
    # ``plain`` is the source's own text from ``start`` (one run, every character as it is
    # written): its segments keep no offsets, as plain text's do not (see Segment.offsets)
    verbatim: bool = False


class PlainBuilder:
    """Collects text with its source ranges, collapsing runs of whitespace.

    Text is kept as chunks and its positions as runs (see :class:`SourceMap`); a
    character added right where the previous run ends extends that run.
    """

    __slots__ = ("_space", "chunks", "ends", "inlines", "marks", "opened", "size", "starts")

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.marks: list[int] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.size = 0
        self._space = True  # empty, or the last character is a space: a space adds nothing
        self.inlines: list[Inline] = []
        # inline elements open: (tag, attributes, where they start)
        self.opened: list[tuple[str, tuple[tuple[str, str], ...], int]] = []

    def _append(self, text: str, start: int, end: int) -> None:
        ends = self.ends
        size = self.size
        n = len(text)
        self.chunks.append(text)
        if (
            ends
            and ends[-1] == start
            and end - start == n
            and start - self.starts[-1] == size - self.marks[-1]  # the last run is verbatim
        ):
            ends[-1] = end
        else:
            self.marks.append(size)
            self.starts.append(start)
            ends.append(end)
        self.size = size + n
        self._space = text[-1] == " "

    def add(self, char: str, start: int, end: int) -> None:
        if char.isspace():
            if self._space:
                return
            char = " "
        self._append(char, start, end)

    def add_run(self, text: str, start: int) -> None:
        """Add ``text`` found verbatim at ``source[start:]`` (fast path of :func:`align`).

        Runs of single spaces are copied in bulk; only irregular whitespace (line
        breaks, tabs, several spaces) is looked at, and it becomes one space.
        """
        if text.isprintable() and "  " not in text:
            # no irregular whitespace: every whitespace character but " " is unprintable, and
            # both tests run in C far faster than the pattern below. _bulk, inlined (most text)
            if text[0] == " " and self._space:
                if len(text) == 1:
                    return
                text, start = text[1:], start + 1
            self._append(text, start, start + len(text))
            return
        if self._space and text.isspace():
            return  # the line breaks between blocks: nothing to add
        search = _IRREGULAR_SPACE.search
        m = search(text)
        last = 0
        while m is not None:
            at, last_end = m.span()
            if last < at:
                self._bulk(text[last:at], start + last)
            if not self._space:
                self._append(" ", start + at, start + at + 1)
            last = last_end
            m = search(text, last)
        if last < len(text):
            self._bulk(text[last:], start + last)

    def _bulk(self, text: str, at: int) -> None:
        if text[0] == " " and self._space:
            if len(text) == 1:
                return
            text, at = text[1:], at + 1
        self._append(text, at, at + len(text))

    def open(self, tag: str, attrs: tuple[tuple[str, str], ...] = ()) -> None:
        self.opened.append((tag, attrs, self.size))

    @property
    def inside_inline(self) -> bool:
        return bool(self.opened)

    def close(self) -> None:
        if not self.opened:
            return
        tag, attrs, start = self.opened.pop()
        self.inlines.append(Inline(tag, attrs, start, self.size))

    def void(
        self, tag: str, attrs: tuple[tuple[str, str], ...] = (), followed_by_space: bool = False
    ) -> None:
        """A void element here; ``followed_by_space``: the source has whitespace after it."""
        spaced = followed_by_space and self._space and self.size > 0
        self.inlines.append(Inline(tag, attrs, self.size, self.size, spaced))

    def draft(self, kind: BlockKind, span: Span | None = None, **extra: object) -> Draft | None:
        while self.opened:
            self.close()
        self._strip_end()
        size = self.size
        if not size:
            return None
        starts, ends = self.starts, self.ends
        if span is None:
            span = Span(starts[0], max(starts[0], ends[-1]))
        inlines = [
            Inline(i.tag, i.attrs, min(i.start, size), min(i.end, size), i.space_after)
            for i in self.inlines
            if i.start < size or (i.start == i.end and i.start <= size)
        ]
        return Draft(
            kind,
            "".join(self.chunks),
            starts[0],
            span,
            SourceMap(self.marks, starts, ends, size),
            inlines,
            **extra,  # type: ignore[arg-type]
        )

    def _strip_end(self) -> None:
        """Drop trailing spaces (at most one: a space never follows a space)."""
        chunks = self.chunks
        while self.size:
            last = chunks[-1]
            if not last:
                chunks.pop()
                continue
            if last[-1] != " ":
                return
            chunks[-1] = last[:-1]
            self.size -= 1
            if self.size == self.marks[-1]:  # the run was that space alone
                self.marks.pop()
                self.starts.pop()
                self.ends.pop()
            else:  # a verbatim run (only runs of one character are not): one shorter
                self.ends[-1] = self.starts[-1] + self.size - self.marks[-1]


def align(source: str, cursor: int, text: str, out: PlainBuilder, *, skip_tags: bool) -> int:
    """Feed ``text`` (parser output) into ``out``, locating each character in ``source``.

    Markup between characters (tags and comments when ``skip_tags``, Markdown
    punctuation, backslashes) is skipped; entities such as ``&amp;`` are matched to
    the character they stand for. A character that cannot be found nearby is placed,
    zero-width, at the cursor. Returns the new cursor.
    """
    if not text:
        return cursor
    found_at = source.find(text, cursor, cursor + len(text) + _WINDOW)
    if found_at != -1 and (
        found_at == cursor  # not inside a tag's attributes:
        or source.rfind("<", cursor, found_at) <= source.rfind(">", cursor, found_at)
    ):
        out.add_run(text, found_at)
        return found_at + len(text)
    index = 0
    while index < len(text):
        # the characters that follow in the source as they are (most of them) in one go
        same = _common_prefix(source, cursor, text, index)
        if same:
            out.add_run(text[index : index + same], cursor)
            cursor += same
            index += same
            if index == len(text):
                break
        char = text[index]
        index += 1
        pos = cursor
        found = False
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
            elif c == "<" and skip_tags:
                m = _TAG.match(source, pos)
                if m:
                    pos = m.end()
                    continue
            pos += 1
        if not found:
            out.add(char, cursor, cursor)
    return cursor


def _common_prefix(source: str, at: int, text: str, index: int) -> int:
    """Length of the longest prefix of ``text[index:]`` that ``source`` has at ``at``."""
    if not source.startswith(text[index], at):
        return 0  # an entity, markup, a changed character: the usual reason to be here
    lo, hi = 1, min(len(text) - index, len(source) - at)
    while lo < hi:  # binary search with startswith: each step runs in C
        mid = (lo + hi + 1) // 2
        if source.startswith(text[index : index + mid], at):
            lo = mid
        else:
            hi = mid - 1
    return lo


def build_document(
    path: str, source: str, drafts: Iterable[Draft], fmt: str, lang: str | None
) -> Document:
    builder = DocumentBuilder(lang)
    add = builder.add
    for draft in drafts:
        add(draft)
    del drafts  # the reader's list (the caller keeps none): its drafts live on in blocks only
    return builder.document(path, source, fmt)


class DocumentBuilder:
    """Blocks built from drafts as a reader hands them over, each draft (its source map,
    its plain text's pieces) let go once its block is built: a reader that streams its
    drafts (:func:`read_html` given ``emit``) never holds them all at once, which on a
    huge release were as large as its document.

    Without a language, drafts wait until the text :func:`_detect` samples is in (the
    first 4,000 characters of prose), then are built in order with the one it finds.
    """

    __slots__ = ("_lang", "_sampled", "_waiting", "blocks")

    def __init__(self, lang: str | None) -> None:
        self._lang = lang
        self._waiting: list[Draft] = []
        self._sampled = 0
        self.blocks: list[Block] = []

    def add(self, draft: Draft) -> None:
        if not (draft.plain.strip() or draft.kind is _CODE_KIND):
            return
        lang = self._lang
        if lang is not None:
            blocks = self.blocks
            blocks.append(_build_block(f"b{len(blocks) + 1}", draft, lang))
            return
        self._waiting.append(draft)
        if draft.kind is not _CODE_KIND:
            self._sampled += len(draft.plain)
            if self._sampled > 4000:  # what _detect reads, the draft past its limit included
                self._settle()

    def _settle(self) -> None:
        waiting, self._waiting = self._waiting, []
        lang = self._lang = _detect(waiting)
        waiting.reverse()
        blocks = self.blocks
        while waiting:
            blocks.append(_build_block(f"b{len(blocks) + 1}", waiting.pop(), lang))

    def document(self, path: str, source: str, fmt: str) -> Document:
        """The document of the drafts added (the builder is done with then)."""
        if self._lang is None:
            self._settle()
        blocks, self.blocks = self.blocks, []
        lang = self._lang or "en"
        blocks_ = tuple(_contexts(blocks))
        return Document(path=path, text=source, blocks=blocks_, lang=lang, format=fmt)


def _detect(drafts: list[Draft]) -> str:
    sample_parts: list[str] = []
    size = 0
    for draft in drafts:
        if draft.kind is _CODE_KIND:
            continue
        sample_parts.append(draft.plain)
        size += len(draft.plain)
        if size > 4000:
            break
    sample = " ".join(sample_parts)
    if _CJK_OR_HANGUL.search(sample) is None:
        return "en"  # what detect_language answers without kana, Han or Hangul, minus its loop
    # addresses are Latin whatever the release's language: they must not outvote it
    return detect_language_fast(_ADDRESSES.sub(" ", sample[:4000]))


_ADDRESSES = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


_ASCII_WORDS = re.compile(r"[A-Za-z]+")
# scripts.script_of's ranges as character classes, so that counting runs in C
_SCRIPT_CLASSES = {
    "latin": re.compile(r"[\u00c0-\u024f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a]"),
    "kana": re.compile(r"[\u3041-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "han": re.compile(
        r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\u3005-\u3007]"
    ),
    "hangul": re.compile(
        r"[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uffa0-\uffdc]"
    ),
}


def detect_language_fast(text: str) -> str:
    """:func:`prlocalize.scripts.detect_language`, counting with regular expressions.

    Same scores, same answer (a test compares them); the original walks the text
    character by character, which is most of the cost of reading a short release.
    """
    count = {name: pattern.subn("", text)[1] for name, pattern in _SCRIPT_CLASSES.items()}
    count["latin"] += sum(map(len, _ASCII_WORDS.findall(text)))  # runs, not one match a letter
    kana, han = count["kana"], count["han"]
    japanese = japanese_han(text, kana) if han else bool(kana)
    scores = {
        "en": count["latin"],
        "ko": count["hangul"] * 3,
        "ja": (kana + han) * 3 if japanese else 0,
        "zh": han * 3 if not japanese else 0,
    }
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else "en"


def _build_block(block_id: str, draft: Draft, lang: str) -> Block:
    plain = draft.plain
    segments: list[Segment] = []
    kind = draft.kind
    if kind is _CODE_KIND:
        bounds = []  # code is kept as it is, never translated: a block without segments
    elif kind in _ONE_ITEM and draft.source is None:
        bounds = [(0, len(plain))]  # a dateline, a breadcrumb, a roster line: one item each
    else:
        bounds = sentence_bounds(plain, lang)
    source = draft.source
    if source is None:  # plain text: each segment is source[start + lo:start + hi]
        base = draft.start
        block_span = draft.span
        for m, (lo, hi) in enumerate(bounds, 1):
            seg_plain = plain[lo:hi]
            if base + lo == block_span.start and base + hi == block_span.end:
                span = block_span  # a one-line item: share the block's (immutable) span
            else:
                span = Span(base + lo, base + hi)
            segments.append(Segment(f"{block_id}.s{m}", seg_plain, span, lang, seg_plain))
        return Block(block_id, kind, block_span, tuple(segments), draft.attrs, None, draft.ignore)
    all_inlines = draft.inlines
    # one run (most blocks): the offsets of plain[lo:hi] are a range, computed right here
    single = len(source.marks) == 1
    first, last_end, size = source.starts[0], source.ends[0], source.size
    block_span = draft.span
    verbatim = draft.verbatim
    for m, (lo, hi) in enumerate(bounds, 1):
        seg_plain = plain[lo:hi]
        if single:
            at = first + lo
            end = last_end if hi == size else first + hi
            # (a verbatim block's segment is Document.text[span]: no object a segment for
            # what its span says, 70 bytes of each of a huge release's half million)
            offsets = None if verbatim else Offsets(at, hi - lo, end)
        else:
            offsets = source.offsets(lo, hi)
            at, end = offsets[0], offsets[-1]
        if all_inlines:
            inlines = _clip(all_inlines, lo, hi)
            text = canonical_markup(seg_plain, inlines)
        else:
            inlines, text = (), seg_plain
        if end < at:
            end = at
        if lo == 0 and hi == size and block_span.start == at and block_span.end == end:
            span = block_span  # the whole block: share its (immutable) span, one object less
        else:
            span = Span(at, end)
        segments.append(Segment(f"{block_id}.s{m}", text, span, lang, seg_plain, offsets, inlines))
    return Block(block_id, draft.kind, block_span, tuple(segments), draft.attrs, None, draft.ignore)


def _clip(inlines: list[Inline], start: int, end: int) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for inline in inlines:
        if inline.start == inline.end:  # void element (br, img): keep when inside
            if start <= inline.start <= end and not (inline.start == end and end != start):
                at = inline.start - start
                out.append(Inline(inline.tag, inline.attrs, at, at, inline.space_after))
            continue
        lo, hi = max(inline.start, start), min(inline.end, end)
        if lo < hi:
            out.append(Inline(inline.tag, inline.attrs, lo - start, hi - start))
    return tuple(out)


def _contexts(blocks: list[Block]) -> list[Block]:
    """Give a one-word heading a msgctxt only when the same word also plays another role.

    "Contact" as a heading and "Contact" as a line may need different translations;
    the same heading repeated needs none (one catalog entry serves all).
    """
    # only a text that some one-word label has can need a context: find those first (few)
    labels: set[str] = set()
    for block in blocks:
        if block.kind in _LABELS and len(block.segments) == 1:
            text = block.segments[0].text
            if _one_word(text):
                labels.add(text)
    if not labels:
        return blocks
    # the blocks of one segment with one of those texts
    single: dict[str, list[int]] = {}
    for n, block in enumerate(blocks):
        if len(block.segments) == 1 and block.segments[0].text in labels:
            single.setdefault(block.segments[0].text, []).append(n)
    for text, indexes in single.items():
        if len(indexes) < 2 or not _one_word(text):
            continue
        kinds = {blocks[n].kind for n in indexes}
        if len(kinds) < 2 or kinds.isdisjoint(_LABELS):
            continue
        for n in indexes:
            block = blocks[n]
            if block.kind in _LABELS:
                blocks[n] = Block(
                    block.id, block.kind, block.span, block.segments, block.attrs,
                    block.kind.value, block.ignore,
                )  # fmt: skip
    return blocks


def _one_word(text: str) -> bool:
    return " " not in text.strip()
