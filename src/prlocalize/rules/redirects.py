"""prlocalize.rules.redirects
~~~~~~~~~~~~~~~~~~~~~~~~~~

For PR205 and PR206 (links readers cannot follow as published: through another
service's redirect, or to the author's own computer or network): the addresses a
release links to or writes out, what a finding says, and where in the release file (an
HTML attribute, a Markdown link target) a link's target is written, for its fix.
"""

from __future__ import annotations

import re
from html import escape, unescape
from typing import NamedTuple

from prlocalize.document import Inline, Segment, Span
from prlocalize.findings import Edit
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.base import CheckContext
from prlocalize.rules.support import inside, prose_segments, url_spans
from prlocalize.urls import Redirect

_HREF = lazy_compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_A_START = lazy_compile(r"<a[\s>]", re.IGNORECASE)
_MARKDOWN_TARGET = lazy_compile(r"\]\(\s{0,3}<?([^\s<>()]+)")
_TAG_REACH = 4096  # a start tag longer than this is not looked into for its href


class Address(NamedTuple):
    """An address of a segment: a link's target (``link``, over its text) or an address
    written out in the text (``link`` None, over the address)."""

    segment: Segment
    start: int
    end: int
    url: str
    link: Inline | None


def addresses(ctx: CheckContext) -> list[Address]:
    """Every link target and every address written out (not a link's text) of the
    release's prose, listed once per run."""
    found: list[Address] | None = ctx.cache.get("addresses")
    if found is not None:
        return found
    found = []
    for _block, segment in prose_segments(ctx):
        links = [i for i in segment.inlines if i.tag == "a" and i.end > i.start]
        found += [Address(segment, i.start, i.end, i.attr("href") or "", i) for i in links]
        if "://" not in segment.plain:
            continue
        linked = [(i.start, i.end) for i in links]
        for start, end in url_spans(segment.plain):
            if not inside(start, end, linked):
                found.append(Address(segment, start, end, segment.plain[start:end], None))
    ctx.cache["addresses"] = found
    return found


def redirect_message(what: str, found: Redirect) -> str:
    where = (
        f"; link to {found.target} directly"
        if found.target
        else "; follow it once and link to the address it ends at"
    )
    return f"{what} goes through the {found.service} redirect{where}"


def shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def autolink(ctx: CheckContext, segment: Segment, link: Inline) -> bool:
    """Whether ``link`` is a Markdown autolink (``<https://…>``), written once."""
    span = segment.source_span(link.start, link.end)
    text = ctx.document.text
    return (
        ctx.document.format == "markdown"
        and text[span.start - 1 : span.start] == "<"
        and text[span.end : span.end + 1] == ">"
    )


def target_edit(
    ctx: CheckContext, segment: Segment, link: Inline, href: str, target: str
) -> Edit | None:
    """The edit that writes ``target`` as the link's target in the release file, or None
    when the target cannot be found there as written (the fix is then left out)."""
    document = ctx.document
    text = document.text
    at = segment.source_span(link.start, link.end).start
    if document.format == "html":
        start = _start_tag_before(text, at)
        if start is None:
            return None
        found = _HREF.search(text, start, at)
        if found is None:
            return None
        group = next(n for n in (1, 2, 3) if found.group(n) is not None)
        if unescape(found.group(group)) != href:
            return None
        value = escape(target, quote=True)
        if group == 3:  # unquoted: quoted now, so that nothing in it can end the tag
            value = f'"{value}"'
        return Edit(Span(found.start(group), found.end(group)), value)
    if document.format == "markdown":
        end = segment.source_span(link.start, link.end).end
        found = _MARKDOWN_TARGET.match(text, end)
        if found is None or found.group(1) != href or re.search(r"[\s()<>]", target):
            return None
        return Edit(Span(found.start(1), found.end(1)), target)
    return None


def _start_tag_before(text: str, at: int) -> int | None:
    """Where the ``<a`` start tag that ends before ``at`` begins (None: not within reach)."""
    lo = max(0, at - _TAG_REACH)
    last = None
    for found in _A_START.finditer(text, lo, at):
        last = found.start()
    if last is None or ">" not in text[last:at]:
        return None
    return last
