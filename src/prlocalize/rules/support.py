"""prlocalize.rules.support
~~~~~~~~~~~~~~~~~~~~~~~~~

Helpers the source rules share: the glossary matches of a segment (computed once
per run), the spans of URLs and e-mail addresses, and turning a range of a
segment's ``plain`` text into a finding with a fix that edits the original file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from prlocalize.document import Block, BlockKind, Segment
from prlocalize.findings import Applicability, Edit, Finding, Fix
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import FormKind, TermMatch

# Blocks whose text is not prose: nothing there is checked.
SKIPPED_KINDS = frozenset({BlockKind.CODE})

# Addresses are looked for only inside tokens that can hold one (ASCII classes, so
# that a URL glued to Japanese text ends where the Japanese starts). The e-mail and
# bare-domain alternatives start only where their first part can start (look-behinds):
# tried inside a long unspaced run they rescanned it from every position (quadratic).
URL_RE = lazy_compile(
    r"(?:https?://|ftp://|www\.)[!#-;=?-~]+"
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|(?<![A-Za-z0-9-])(?<![A-Za-z0-9-]\.)(?:[A-Za-z0-9-]+\.)+(?:com|org|net|jp|kr|co|io|info|biz|gov|edu|int"
    # link shorteners (bit.ly, goo.gl) and common domains that are no English word
    r"|ly|gl|tv|ai|app|dev|uk|cn|eu|sg|hk|tw|news)\b(?:/[!#-;=?-~]*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?"
_ADDRESS_HINT = lazy_compile(r"[.@][A-Za-z0-9]|://")


def prose_segments(ctx: CheckContext) -> list[tuple[Block, Segment]]:
    """Every (block, segment) of the document that holds prose (listed once per run)."""
    found: list[tuple[Block, Segment]] | None = ctx.cache.get("prose_segments")
    if found is None:
        found = [
            (block, segment)
            for block in ctx.document.blocks
            if block.kind not in SKIPPED_KINDS
            for segment in block.segments
            if segment.plain
        ]
        ctx.cache["prose_segments"] = found
    return found


def prose_paragraphs(ctx: CheckContext) -> Iterator[tuple[Block, list[Segment]]]:
    """Each block of :func:`prose_segments` with its prose segments, in order, one block at
    a time (a block's segments are consecutive there): a rule that reads a paragraph
    whole holds one, not a table of every paragraph of the release."""
    block: Block | None = None
    segments: list[Segment] = []
    for this, segment in prose_segments(ctx):
        if this is not block:
            if block is not None:
                yield block, segments
            block, segments = this, []
        segments.append(segment)
    if block is not None:
        yield block, segments


def term_matches(ctx: CheckContext, segment: Segment) -> tuple[TermMatch, ...]:
    """The glossary matches of ``segment.plain`` (memoised for the whole run, as tuples:
    the memo holds an entry for every segment of the release, most of them no match,
    and an empty tuple is one shared object where an empty list was one a segment)."""
    memo: dict[str, tuple[TermMatch, ...]] = ctx.cache.setdefault("term_matches", {})
    found = memo.get(segment.id)
    if found is None:
        found = tuple(ctx.matcher.find(_marks_raised(segment))) if ctx.matcher is not None else ()
        memo[segment.id] = found
    return found


_RAISED = {"sup": str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")}
_RAISED["sub"] = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _marks_raised(segment: Segment) -> str:
    """``segment.plain`` with the digits of its ``<sup>`` and ``<sub>`` elements written
    as superscript and subscript digits (one character for one), as plain text writes
    them: an affiliation mark set on a name ('Inoue<sup>1</sup>') is then no letter of
    the name for the matcher, as 'Inoue¹' is not."""
    text = segment.plain
    for inline in segment.inlines:
        table = _RAISED.get(inline.tag)
        if table is not None:
            raised = text[inline.start : inline.end].translate(table)
            text = text[: inline.start] + raised + text[inline.end :]
    return text


def prose_matches(ctx: CheckContext, segment: Segment, kind: FormKind) -> Iterator[TermMatch]:
    """The glossary matches of ``kind`` in ``segment`` that lie outside addresses and inline
    code ('youtube.com/@Youtube' is spelt as it works, not as the release spells it)."""
    addresses: list[tuple[int, int]] | None = None
    for m in term_matches(ctx, segment):
        if m.kind is not kind:
            continue
        if addresses is None:  # looked for only once a match of the kind turns up
            addresses = protected_spans(segment)
        if not inside(m.start, m.end, addresses):
            yield m


# the characters of a token that may hold an address: anything but spaces and these
_TOKEN_CHARS = lazy_compile(r"[^\s<>\"'“”‘’()（）「」『』、。，]*")


@lru_cache(maxsize=8192)
def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, domain names and e-mail addresses in ``text`` (do not mutate)."""
    spans: list[tuple[int, int]] = []
    hint = _ADDRESS_HINT.search(text)
    if hint is None:
        return spans
    # the token around each hint, found by matching token characters from the hint on,
    # rightwards in the text and leftwards in the reversed text (no walk in Python)
    backwards = text[::-1]
    size = len(text)
    while hint is not None:
        at = hint.start()
        back = _TOKEN_CHARS.match(backwards, size - at)
        ahead = _TOKEN_CHARS.match(text, hint.end())
        if back is None or ahead is None:  # cannot happen: the pattern matches ""
            raise AssertionError("_TOKEN_CHARS must match the empty string")
        left = at - (back.end() - (size - at))
        right = ahead.end()
        word = text[left:right]
        for m in URL_RE.finditer(word):
            end = m.end()
            while end > m.start() and word[end - 1] in _TRAILING:
                end -= 1
            spans.append((left + m.start(), left + end))
        hint = _ADDRESS_HINT.search(text, right)  # the next token holding a hint
    return spans


_CODE_TAGS = frozenset({"code", "kbd", "samp", "var"})
# a hashtag or a handle, in any script: spelt as its owner set it up ('#애플크런치', '@민지')
_TAG = lazy_compile(r"(?<![\w/])[#＃@＠]\w+")


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the hashtags and handles of ``text`` (the sign with the tag)."""
    if "#" not in text and "@" not in text and "＃" not in text and "＠" not in text:
        return []
    return [(m.start(), m.end()) for m in _TAG.finditer(text)]


# code set in backticks where the release's format has no markup for it (a plain-text
# release written as a chat or a README writes it: 'run `flowdesk login`')
_BACKTICKED = lazy_compile(r"`[^`\n]+`")


def protected_spans(segment: Segment) -> list[tuple[int, int]]:
    """Spans of ``segment.plain`` that are not prose: addresses and inline code."""
    spans = list(url_spans(segment.plain))
    spans += [(i.start, i.end) for i in segment.inlines if i.tag in _CODE_TAGS]
    if "`" in segment.plain:
        spans += [m.span() for m in _BACKTICKED.finditer(segment.plain)]
    return spans


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps any of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def covered(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """A mask of ``length`` offsets, 1 where one of ``spans`` covers the offset."""
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (min(end, length) - start)
    return mask


def source_edit(ctx: CheckContext, segment: Segment, start: int, end: int, new: str) -> Edit | None:
    """An edit of the original file replacing ``plain[start:end]`` with ``new``.

    None when the original at that place is not the plain text itself (an escaped
    character or markup lies inside it), because then the replacement would have to
    be re-encoded and the fix is no longer certain.
    """
    span = segment.source_span(start, end)
    if ctx.document.text[span.start : span.end] != segment.plain[start:end]:
        return None
    return Edit(span, new)


def report(
    rule: Rule,
    ctx: CheckContext,
    segment: Segment,
    start: int,
    end: int,
    message: str,
    *,
    suggestion: str | None = None,
    replacement: str | None = None,
    fix_title: str | None = None,
    safe: bool = False,
) -> Finding:
    """A finding over ``segment.plain[start:end]``, with a fix when one is given and possible."""
    fix = None
    if replacement is not None and fix_title is not None:
        edit = source_edit(ctx, segment, start, end, replacement)
        if edit is not None:
            fix = Fix((edit,), Applicability.SAFE if safe else Applicability.SUGGESTED, fix_title)
    return rule.finding(
        ctx.document.path,
        segment.source_span(start, end),
        message,
        found=segment.plain[start:end],
        suggestion=suggestion,
        fix=fix,
    )
