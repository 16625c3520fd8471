"""prlocalize.render.inplace
~~~~~~~~~~~~~~~~~~~~~~~~~~

An HTML release localised in place: each translated segment replaces exactly the
source range it came from and every other byte stays as it was (comments,
scripts, attributes, indentation), which is what po2html cannot promise
(translate-toolkit #917, #3768). ``lang`` is set on ``<html>``, a
``<meta charset>`` added when missing, and ``<link rel="alternate" hreflang>``
written before ``</head>``.

Source positions of tags come from a real tokenizer (:mod:`html.parser`), never
from regular expressions over markup; the ranges are checked against the
segment's own words before anything is replaced.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from html import unescape
from html.parser import HTMLParser

from prlocalize.document import BlockKind, Document, LineIndex, Segment, Span
from prlocalize.locales import language
from prlocalize.render.dates import find_date, parse_date
from prlocalize.render.escaping import attribute, bcp47, direction, escape_text
from prlocalize.render.notes import footer_html
from prlocalize.render.page_urls import Declared, PageUrls, other_versions, published_urls
from prlocalize.render.resolve import Resolved, Resolver
from prlocalize.render.spacing import join

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
_SPACE = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]*>")  # on a slice the tokenizer already proved to be balanced
_PLACED_WHOLE = frozenset({BlockKind.ATTRIBUTE, BlockKind.META})  # value or <title> text
_UNKNOWN = Span(-1, -1)  # not looked up yet (None: looked up, cannot be placed)


@dataclass(slots=True)
class _Tag:
    name: str
    start: int
    end: int
    closing: bool
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    partner: int | None = None  # index of the matching start or end tag


class _Tokenizer(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.index = LineIndex(text)
        self.tags: list[_Tag] = []
        self._open: list[int] = []

    def _here(self) -> int:
        line, column = self.getpos()
        return self.index.line_start(line) + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._here()
        raw = self.get_starttag_text() or ""
        self.tags.append(_Tag(tag, start, start + len(raw), False, attrs))
        if tag not in _VOID:
            self._open.append(len(self.tags) - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._here()
        raw = self.get_starttag_text() or ""
        self.tags.append(_Tag(tag, start, start + len(raw), False, attrs))

    def handle_endtag(self, tag: str) -> None:
        start = self._here()
        end = self.text.find(">", start) + 1 or len(self.text)
        self.tags.append(_Tag(tag, start, end, True))
        me = len(self.tags) - 1
        for depth in range(len(self._open) - 1, -1, -1):
            if self.tags[self._open[depth]].name == tag:
                opener = self._open[depth]
                self.tags[opener].partner = me
                self.tags[me].partner = opener
                del self._open[depth:]  # anything left open inside was closed implicitly
                return


@dataclass(frozen=True)
class _Layout:
    tags: tuple[_Tag, ...]

    def first(self, name: str, *, closing: bool = False) -> _Tag | None:
        return next((t for t in self.tags if t.name == name and t.closing == closing), None)

    @cached_property
    def has_charset(self) -> bool:
        return any(
            t.name == "meta"
            and any(
                k == "charset" or (k == "http-equiv" and (v or "").lower() == "content-type")
                for k, v in t.attrs
            )
            for t in self.tags
        )

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.tags]

    @cached_property
    def ranges(self) -> dict[tuple[object, ...], Span | None]:
        """Memo of :func:`_segment_range` by everything it reads of a segment: the same
        answer serves every locale of a release."""
        return {}

    @cached_property
    def json_ld(self) -> tuple[_Tag, ...]:
        """The ``<script type="application/ld+json">`` elements that are closed."""
        return tuple(
            tag
            for tag in self.tags
            if tag.name == "script"
            and not tag.closing
            and tag.partner is not None
            and (dict(tag.attrs).get("type") or "").strip().lower() == "application/ld+json"
        )

    def within(self, start: int, end: int) -> list[_Tag]:
        """Tags lying wholly inside ``[start, end)`` (tags never overlap in the source)."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [t for t in self.tags[low:high] if t.end <= end]

    def ending_before(self, offset: int) -> _Tag | None:
        """The last tag that ends at or before ``offset``."""
        index = bisect.bisect_left(self.starts, offset) - 1
        while index >= 0 and self.tags[index].end > offset:
            index -= 1
        return self.tags[index] if index >= 0 else None


@lru_cache(maxsize=4)  # one tokenisation serves every locale of a release
def _layout(text: str) -> _Layout:
    tokenizer = _Tokenizer(text)
    tokenizer.feed(text)
    tokenizer.close()
    return _Layout(tuple(tokenizer.tags))


# a ruby's reading (<rt>) and its fallback brackets (<rp>), whose end tags may be left
# out: no words of the sentence, as the readers read it
_RUBY_READING = re.compile(r"<r[tp]\b[^>]*>[^<]*", re.IGNORECASE)
# tags a sentence's range may take in whole although they are no inline markup of it:
# a ruby (the words with their reading), the spans Word cuts a sentence into at each
# edit ('<span lang=EN-US>…a c</span><span lang=EN-US>enter…</span>'), and the phrasing
# elements the reader reads through, which a CMS puts around part of a sentence (a
# dateline's '<time datetime>October 28, 2026</time>'). Taken in only where the range
# then holds the sentence's words and nothing else (see _words below)
_WRAPPING_TAGS = frozenset({"ruby", "rb", "rt", "rp", "rtc", "span", "font", "time", "data", "bdi"})
# a line break separates words as a space does (the reader reads it so: 'Rail<br>Phone'
# is 'Rail Phone'); every other tag joins the words on either side
_LINE_BREAK = re.compile(r"<br\b[^>]*>", re.IGNORECASE)


def _words(html_text: str) -> str:
    if "<r" in html_text or "<R" in html_text:
        html_text = _RUBY_READING.sub("", html_text)
    html_text = _LINE_BREAK.sub(" ", html_text)
    return _SPACE.sub(" ", unescape(_TAGS.sub("", html_text))).strip()


def _take_in(
    layout: _Layout, inside: list[_Tag], start: int, end: int, allowed: Collection[str]
) -> tuple[int, int] | None:
    """[start, end) widened to hold the partners of the tags ``inside`` it that open or
    close outside it, or None when one of those is no element of ``allowed``."""
    for tag in inside:
        if tag.partner is None or tag.name in _VOID:
            continue
        partner = layout.tags[tag.partner]
        if tag.closing and partner.start < start:
            if tag.name not in allowed:
                return None
            start = partner.start
        elif not tag.closing and partner.end > end:
            if tag.name not in allowed:
                return None
            end = partner.end
    return start, end


def _segment_range(layout: _Layout, text: str, segment: Segment) -> Span | None:
    """The source range holding ``segment`` and all its inline tags, or None if unsure."""
    start, end = segment.span.start, segment.span.end
    inline_tags = {i.tag.lower() for i in segment.inlines} | _WRAPPING_TAGS
    needed = sum(1 for i in segment.inlines if i.start != i.end)
    for _ in range(8):  # each pass takes in one more level of wrapping tags
        inside = layout.within(start, end)
        taken = _take_in(layout, inside, start, end, inline_tags)
        if taken is None:
            return None
        changed = taken != (start, end)
        start, end = taken
        opened = sum(1 for t in inside if not t.closing and t.name not in _VOID)
        if not changed and opened < needed:
            wrapper = layout.ending_before(start)
            if (
                wrapper is not None
                and not text[wrapper.end : start].strip()
                and not wrapper.closing
                and wrapper.name in inline_tags
                and wrapper.partner is not None
                and not text[end : layout.tags[wrapper.partner].start].strip()
            ):
                start, end = wrapper.start, layout.tags[wrapper.partner].end
                changed = True
        if not changed:
            break
    raw, plain = text[start:end], segment.plain or segment.text
    if raw == plain and "<" not in raw and "&" not in raw:
        return Span(start, end)  # the words as they stand: nothing to normalise
    if _words(raw) != _SPACE.sub(" ", plain).strip():
        return None
    return Span(start, end)


def build_in_place(
    document: Document,
    resolver: Resolver,
    locale: str,
    alternates: Mapping[str, str],
    page_url: str | None = None,
) -> bytes:
    """The page of ``document`` for ``locale``: the release's bytes with each translated
    segment in place. ``alternates`` are the build's relative links between the pages of
    the release; ``page_url`` (a template) or what the release's head declares gives
    their URLs on the live site instead (see :mod:`.page_urls`)."""
    text = document.text
    layout = _layout(text)
    edits: list[tuple[Span, str]] = []
    attribute_edits: dict[Span, list[tuple[Span, str]]] = {}
    # ranges written once every attribute is known: an attribute inside a sentence's
    # range (a link's title) is translated in what replaces the range
    stand_ins: list[Span] = []
    placings: list[tuple[Span, Segment, str]] = []
    joined: list[tuple[Span, list[Resolved]]] = []
    source_lang = bcp47(document.lang)
    # a stand-in written the other way from the page (English in an Arabic page) says so
    way = direction(document.lang)
    turn = f' dir="{way}"' if way != direction(locale) else ""
    mark_source = not resolver.original
    said: dict[str, str] = {}  # source sentence → its translation, for structured data
    # (the original's own page keeps every sentence as written)
    for block in () if resolver.original else document.blocks:
        whole = block.kind in _PLACED_WHOLE
        previous: tuple[Span, str] | None = None  # the last placed translation in this block
        crossing = None if whole else _crossing_block(layout, text, block.segments)
        if crossing is not None:
            # bold or a link running from one sentence into the next: the sentences cannot
            # be placed one by one, so the block's words are written again, each sentence
            # with its own copy of the markup
            resolved_all = [resolver.resolve(block, segment) for segment in block.segments]
            if any(r.translated for r in resolved_all):
                joined.append((crossing, resolved_all))
                for r in resolved_all if layout.json_ld else ():
                    if r.translated:
                        said[_SPACE.sub(" ", r.segment.plain or r.segment.text).strip()] = r.text
                continue
        for segment in block.segments:
            resolved = resolver.resolve(block, segment)
            if resolved.translated and layout.json_ld:
                said[_SPACE.sub(" ", segment.plain or segment.text).strip()] = resolved.text
            if whole and not segment.inlines:
                if not resolved.translated:
                    previous = None
                    continue
                value = _attribute_value(layout, text, segment.span)
                if value is not None:  # rewritten whole, quoted, once the block is done
                    attribute_edits.setdefault(value, []).append((segment.span, resolved.text))
                    previous = None
                    continue
                # <title> text: escaping is all it needs, and its sentences the locale's
                # space between them (a Japanese title's two sentences have none)
                if previous is not None:
                    gap = text[previous[0].end : segment.span.start]
                    joint = join(locale, previous[1], gap, left_translated=True)
                    if joint != gap and (not joint or not gap):
                        edits.append((Span(previous[0].end, segment.span.start), joint))
                edits.append((segment.span, escape_text(resolved.text)))
                previous = (segment.span, resolved.text)
                continue
            span = _range(layout, text, segment)
            if not resolved.translated:
                if span is not None and mark_source and not whole:
                    # the source stands in: say which language it is, for screen readers,
                    # fonts and search engines
                    stand_ins.append(span)
                previous = None
                continue
            if span is None:
                resolver.result.translated -= 1  # could not be placed safely: source stays
                resolver.result.missing.append(segment)
                previous = None
                continue
            if previous is not None:
                gap = text[previous[0].end : span.start]
                joint = join(locale, previous[1], gap, left_translated=True)
                if joint != gap and (not joint or not gap):
                    edits.append((Span(previous[0].end, span.start), joint))
            placings.append((span, segment, resolved.html))
            previous = (span, resolved.text)
    values = {v: _new_value(text, v, parts, locale) for v, parts in attribute_edits.items()}
    edits.extend((v, attribute(value)) for v, value in values.items())
    ordered = sorted(values, key=lambda v: v.start)
    starts = [v.start for v in ordered]
    for span in stand_ins:
        # the source stands in: say which language it is, for screen readers, fonts and
        # search engines
        low = bisect.bisect_left(starts, span.start)
        high = bisect.bisect_left(starts, span.end)
        inner = [(v, attribute(values[v])) for v in ordered[low:high] if v.end <= span.end]
        raw = _apply(text, inner, span)
        edits.append((span, f'<span lang="{source_lang}"{turn}>{raw}</span>'))
    for span, segment, html in placings:
        placed = _without_clipped_elements(layout, span, segment, html)
        placed = _with_source_attributes(layout, text, span, placed, values)
        edits.append((span, _with_time_elements(layout, text, span, placed)))
    for span, resolved_all in joined:
        parts: list[str] = []
        for i, r in enumerate(resolved_all):
            if i:  # the source's space between the sentences, as the locale joins them
                left = resolved_all[i - 1]
                parts.append(join(locale, left.text, " ", left_translated=left.translated))
            if r.translated or not mark_source:
                parts.append(r.html)
            else:
                parts.append(f'<span lang="{source_lang}"{turn}>{r.html}</span>')
        html = _with_source_attributes(layout, text, span, "".join(parts), values, copies=True)
        edits.append((span, _with_time_elements(layout, text, span, html)))
    declared = _declared(layout)
    urls = published_urls(
        alternates,
        stem=document.stem,
        source_lang=document.lang,
        template=page_url,
        declared=declared,
    )
    built = [other for other in alternates if other != "x-default"]
    links = {**other_versions(declared, built), **urls.hrefs}
    edits.extend(_document_edits(layout, text, locale, links, document.lang))
    if not resolver.original:
        edits.extend(_own_address(layout, text, locale, urls))
        own = urls.hrefs.get(locale) if urls.known else None
        addresses = {declared.url: own} if declared.url and own else {}
        edits.extend(_structured_data(layout, text, locale, document.lang, said, addresses))
        edits.append(_note(layout, text, document, resolver, locale, urls.hrefs))
    page = _apply(text, edits)
    original = _original_url(urls, document.lang)
    if original is not None:
        page = absolute_references(page, original)
    return page.encode("utf-8")


def _note(
    layout: _Layout,
    text: str,
    document: Document,
    resolver: Resolver,
    locale: str,
    alternates: Mapping[str, str],
) -> tuple[Span, str]:
    """The translation note, last in ``<body>``."""
    total = sum(len(block.segments) for block in document.blocks)
    note = footer_html(
        locale, document.lang, resolver.result.translated, total, alternates.get(document.lang)
    )
    nl = "\r\n" if "\r\n" in text else "\n"
    closing = layout.first("body", closing=True) or layout.first("html", closing=True)
    at = closing.start if closing is not None else len(text.rstrip())
    return Span(at, at), f"{note}{nl}" if closing is not None else f"{nl}{note}"


def _range(layout: _Layout, text: str, segment: Segment) -> Span | None:
    key = (segment.span, segment.inlines, segment.plain or segment.text)
    span = layout.ranges.get(key, _UNKNOWN)
    if span is _UNKNOWN:
        span = layout.ranges[key] = _segment_range(layout, text, segment)
    return span


def _crossing_block(layout: _Layout, text: str, segments: tuple[Segment, ...]) -> Span | None:
    """The source range of ``segments`` (a block's sentences), when an inline element runs
    from one of them into the next ('is <strong>brighter. And cheaper.</strong>'), so that
    none can be placed alone, and the range holds their words and nothing else."""
    if len(segments) < 2 or not any(s.inlines for s in segments):
        return None
    if all(_range(layout, text, s) is not None for s in segments):
        return None
    start, end = segments[0].span.start, segments[-1].span.end
    for _ in range(8):  # take in the elements around the range, as for one sentence
        taken = _take_in(layout, layout.within(start, end), start, end, _INLINE_CROSSING)
        if taken is None:
            return None
        if taken == (start, end):
            break
        start, end = taken
    plains = " ".join(_SPACE.sub(" ", s.plain or s.text).strip() for s in segments)
    if _words(text[start:end]) != plains:
        return None
    return Span(start, end)


# the elements that may run from one sentence into the next and be given to each
_INLINE_CROSSING = frozenset(
    {"a", "b", "strong", "em", "i", "u", "s", "mark", "small", "span", "sup", "sub", "cite", "q"}
)


def _without_clipped_elements(layout: _Layout, span: Span, segment: Segment, html: str) -> str:
    """``html`` without the elements the page already has around the segment's place.

    An element holding several sentences ('<a href=…>Read the report. It has 40
    pages.</a>') gives each of them its own copy in the catalog, and each translation
    brings it back; the source element stays on the page around the translated words,
    so written again it would nest (a link inside a link, bold inside bold). Its content
    is kept; the outermost copies go first."""
    if "<" not in html:
        return html
    inside = Counter(
        t.name for t in layout.within(span.start, span.end) if not t.closing and t.name not in _VOID
    )
    wanted = Counter(i.tag.lower() for i in segment.inlines if i.start != i.end)
    clipped = wanted - inside
    if not clipped:
        return html
    from lxml import etree
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(html, create_parent="div")
    for tag, count in clipped.items():
        copies = sorted(root.iter(tag), key=lambda e: sum(1 for _ in e.iterancestors()))
        for element in copies[:count]:
            element.drop_tag()
    parts = [escape_text(root.text or "")]
    parts += [etree.tostring(c, encoding="unicode", method="html", with_tail=True) for c in root]
    return "".join(parts)


# attributes a published inline element never takes from its source: script and styling
# that a translated sentence must not carry along (and a CSP may forbid)
_DROPPED_ATTRIBUTE = re.compile(r"on|style$", re.IGNORECASE)


def _with_source_attributes(
    layout: _Layout,
    text: str,
    span: Span,
    html: str,
    values: Mapping[Span, str],
    *,
    copies: bool = False,
) -> str:
    """``html`` with each inline element given the attributes its source element had
    (``class``, ``rel``, ``id``, ``target``, ``data-*``): the catalog carries only the
    link target, so without this they would vanish from every translated sentence. An
    attribute translated on its own (``title``, from ``values``: value span → new
    value) takes its translation. With ``copies``, ``html`` may hold several copies of
    one source element (one per sentence it ran over), and each takes its attributes
    (an ``id`` only the first: it names one element of the page)."""
    if "<" not in html:
        return html
    sources = [
        t
        for t in layout.within(span.start, span.end)
        if not t.closing and any(k != "href" for k, _ in t.attrs)
    ]
    if not sources:
        return html
    from lxml import etree
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(html, create_parent="div")
    given: list[_Tag] = []
    for element in root.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        href = element.get("href")
        match = next(
            (t for t in sources if t.name == element.tag and dict(t.attrs).get("href") == href),
            None,
        ) or next((t for t in sources if t.name == element.tag), None)
        if match is None:
            continue
        again = any(t is match for t in given)  # a later copy: the page has its id already
        given.append(match)
        if not copies:
            sources.remove(match)
        written = _value_spans(text, match)
        kept = dict(element.attrib)
        element.attrib.clear()
        for name, value in match.attrs:
            if again and name == "id":
                continue
            if name == "href" and "href" in kept:
                value = kept.pop("href")  # the translation's (checked) target
            elif name in written and written[name] in values:
                value = values[written[name]]
            if not _DROPPED_ATTRIBUTE.match(name):
                try:
                    element.set(name, value if value is not None else "")
                except ValueError:  # a name lxml cannot hold (xml:lang): the source keeps it
                    continue
        for name, value in kept.items():
            element.set(name, value)
    parts = [escape_text(root.text or "")]
    parts += [etree.tostring(c, encoding="unicode", method="html", with_tail=True) for c in root]
    return "".join(parts)


def _with_time_elements(layout: _Layout, text: str, span: Span, html: str) -> str:
    """``html`` with each ``<time>`` of the source range that holds a date put back
    around that date as the translation writes it ('2026年10月28日'): the catalog carries
    no ``<time>``, and without this the page would lose its machine-readable date. A
    date the translation does not write exactly once stays unwrapped."""
    for tag in layout.within(span.start, span.end):
        if tag.name != "time" or tag.closing or tag.partner is None:
            continue
        date = parse_date(_words(text[tag.end : layout.tags[tag.partner].start]))
        at = find_date(html, date) if date is not None else None
        if at is None or html.rfind("<", 0, at[0]) > html.rfind(">", 0, at[0]):
            continue  # no date, or one inside a tag's attributes
        attrs = "".join(
            f" {k}={attribute(v)}" if v is not None else f" {k}"
            for k, v in tag.attrs
            if not _DROPPED_ATTRIBUTE.match(k)
        )
        html = f"{html[: at[0]]}<time{attrs}>{html[at[0] : at[1]]}</time>{html[at[1] :]}"
    return html


# One attribute of a start tag as the HTML tokenizer reads it: a name, then optionally
# ``=`` and a double-quoted, single-quoted or unquoted value (up to whitespace or ``>``).
_ATTRIBUTE = re.compile(
    r"""(?P<name>[^\s"'>/=]+)(?:\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?""",
)


def _attribute_value(layout: _Layout, text: str, span: Span) -> Span | None:
    """The whole written value of the attribute holding ``span``, quotes included, or
    None when ``span`` is not inside an attribute of a start tag (``<title>`` text)."""
    index = bisect.bisect_right(layout.starts, span.start) - 1
    if index < 0:
        return None
    tag = layout.tags[index]
    if tag.closing or not tag.start < span.start < tag.end:
        return None
    pos = tag.start + 1 + len(tag.name)
    while pos < tag.end:
        found = _ATTRIBUTE.search(text, pos, tag.end)
        if found is None:
            return None
        if found.group("value") is not None:
            start, end = found.span("value")
            if start <= span.start and span.end <= end:
                return Span(start, end)
        pos = found.end()
    return None


def _value_spans(text: str, tag: _Tag) -> dict[str, Span]:
    """Each attribute of ``tag`` with the span of its written value, quotes included."""
    spans: dict[str, Span] = {}
    pos = tag.start + 1 + len(tag.name)
    while (found := _ATTRIBUTE.search(text, pos, tag.end)) is not None:
        if found.group("value") is not None:
            spans.setdefault(found.group("name").lower(), Span(*found.span("value")))
        pos = found.end()
    return spans


def _new_value(text: str, value: Span, parts: list[tuple[Span, str]], locale: str) -> str:
    """The attribute value with its translated sentences, to be written by one rule
    whatever the source did (:func:`attribute`: double quotes, and every character that
    could end or leave them escaped). Concatenating a translation into an unquoted value
    (``alt=Logo``) would let ``x onerror=alert(1)`` become an attribute of its own.
    Two translated sentences are joined as ``locale`` joins them (a Japanese meta
    description's sentences have no space between them, an English one's need one)."""
    raw = text[value.start : value.end]
    quoted = raw[:1] in {'"', "'"}
    start, end = (value.start + 1, value.end - 1) if quoted else (value.start, value.end)
    pieces: list[str] = []
    cursor = start
    left: str | None = None  # the translated sentence just before, if nothing came between
    for span, translated in sorted(parts, key=lambda p: p[0].start):
        gap = unescape(text[cursor : span.start])
        if left is not None:
            gap = join(locale, left, gap, left_translated=True)
        pieces.append(gap)
        pieces.append(translated)
        cursor = span.end
        left = translated
    pieces.append(unescape(text[cursor:end]))
    return "".join(pieces)


def _document_edits(
    layout: _Layout, text: str, locale: str, alternates: Mapping[str, str], source_lang: str
) -> list[tuple[Span, str]]:
    edits: list[tuple[Span, str]] = []
    lang = bcp47(locale)
    nl = "\r\n" if "\r\n" in text else "\n"  # added lines end the way the file's lines do
    html_tag = layout.first("html")
    if html_tag is not None:
        # the page's direction, where it is right to left or the release said its own
        said_dir = any(k == "dir" for k, _ in html_tag.attrs)
        way = f' dir="{direction(locale)}"' if said_dir or direction(locale) == "rtl" else ""
        attrs = [(k, v) for k, v in html_tag.attrs if k not in {"lang", "xml:lang", "dir"}]
        written = "".join(f" {k}={attribute(v)}" if v is not None else f" {k}" for k, v in attrs)
        edits.append((Span(html_tag.start, html_tag.end), f'<html lang="{lang}"{way}{written}>'))
    else:
        doctype_end = text.find(">") + 1 if text.lstrip().lower().startswith("<!doctype") else 0
        way = ' dir="rtl"' if direction(locale) == "rtl" else ""
        edits.append((Span(doctype_end, doctype_end), f'{nl}<html lang="{lang}"{way}>'))
    # every version, this one too, as search engines ask; the release's own alternate
    # links give way to this complete set
    head = [
        f'<link rel="alternate" hreflang="{bcp47(other)}" href={attribute(href)}>'
        for other, href in sorted(alternates.items())
    ]
    head_open = layout.first("head")
    edits.extend(_utf8_declarations(layout, text))
    for tag in layout.tags:
        value = _language_said(tag, locale, source_lang, layout)
        if value is not None:
            edits.append((Span(tag.start, tag.end), _with_value(text, tag, "content", value)))
        elif _names_alternate(tag):
            edits.append((_removal(text, tag), ""))
    if not layout.has_charset:
        at = head_open.end if head_open is not None else _after(html_tag, edits)
        edits.append((Span(at, at), f'{nl}<meta charset="utf-8">'))
    if head:
        head_close = layout.first("head", closing=True)
        if head_close is not None:
            at, block = head_close.start, "".join(f"{link}{nl}" for link in head)
        else:
            at = head_open.end if head_open is not None else _after(html_tag, edits)
            block = "".join(f"{nl}{link}" for link in head)
        edits.append((Span(at, at), block))
    return edits


def _language_said(tag: _Tag, locale: str, source_lang: str, layout: _Layout) -> str | None:
    """The new content of a ``<meta>`` that names the page's language, or None: the
    card's (og:locale, 'en_US') is the page's, as ``<html lang>`` is; among the card's
    other languages (og:locale:alternate) the page's own gives way to the original's;
    the legacy ``http-equiv="content-language"`` is the page's. A value already in the
    page's language stays as written ('en_GB' on the original's own page)."""
    if tag.name != "meta" or tag.closing:
        return None
    attrs = dict(tag.attrs)
    said = (attrs.get("property") or attrs.get("http-equiv") or "").lower()
    content = attrs.get("content") or ""
    same = language(content) == language(locale)
    if said == "og:locale":
        return None if same else og_locale(locale)
    if said == "og:locale:alternate" and same and language(locale) != language(source_lang):
        return _card_locale(layout) or og_locale(source_lang)
    if said == "content-language" and not same:
        return bcp47(locale)
    return None


def _card_locale(layout: _Layout) -> str | None:
    """The release's own og:locale."""
    for tag in layout.tags:
        attrs = dict(tag.attrs)
        if tag.name == "meta" and (attrs.get("property") or "").lower() == "og:locale":
            return attrs.get("content") or None
    return None


def _declared(layout: _Layout) -> Declared:
    """Where the release says it lives (its canonical URL, else its og:url) and where
    its other versions are (``<link rel="alternate" hreflang>``)."""
    canonical = og_url = None
    alternates: dict[str, str] = {}
    for tag in layout.tags:
        if tag.closing:
            continue
        attrs = dict(tag.attrs)
        if tag.name == "link" and attrs.get("href"):
            if "canonical" in _rels(tag) and canonical is None:
                canonical = attrs["href"]
            elif _names_alternate(tag):
                alternates.setdefault((attrs.get("hreflang") or "").lower(), attrs["href"] or "")
        elif _is_own_url(tag) and og_url is None:
            og_url = attrs.get("content") or None
    return Declared(canonical or og_url, alternates)


def _rels(tag: _Tag) -> set[str]:
    """The link types of a ``<link>`` (``rel="Alternate stylesheet"``: both, any case)."""
    return set((dict(tag.attrs).get("rel") or "").lower().split()) if tag.name == "link" else set()


def _names_alternate(tag: _Tag) -> bool:
    attrs = dict(tag.attrs)
    return (
        not tag.closing
        and "alternate" in _rels(tag)
        and bool(attrs.get("hreflang"))
        and bool(attrs.get("href"))
    )


def _is_own_url(tag: _Tag) -> bool:
    """``<meta property="og:url">`` (or twitter:url): the page's own address for cards."""
    attrs = dict(tag.attrs)
    said = (attrs.get("property") or attrs.get("name") or "").lower()
    return tag.name == "meta" and not tag.closing and said in {"og:url", "twitter:url"}


def _own_address(layout: _Layout, text: str, locale: str, urls: PageUrls) -> list[tuple[Span, str]]:
    """A translated page's canonical link and og:url name the page itself when its URL is
    known; else they go (one naming the original would take this page for a duplicate
    of it, and no canonical means the page is its own)."""
    edits: list[tuple[Span, str]] = []
    for tag in layout.tags:
        canonical = "canonical" in _rels(tag)
        if not (canonical or _is_own_url(tag)) or tag.closing:
            continue
        if urls.known and locale in urls.hrefs:
            value = _with_value(text, tag, "href" if canonical else "content", urls.hrefs[locale])
            edits.append((Span(tag.start, tag.end), value))
        else:
            edits.append((_removal(text, tag), ""))
    return edits


def _structured_data(
    layout: _Layout,
    text: str,
    locale: str,
    source_lang: str,
    sentences: Mapping[str, str],
    addresses: Mapping[str, str],
) -> list[tuple[Span, str]]:
    """Each JSON-LD block in the page's language (see :mod:`.structured_data`)."""
    from prlocalize.render.structured_data import localise_json_ld

    edits: list[tuple[Span, str]] = []
    for tag in layout.json_ld:
        assert tag.partner is not None  # (json_ld holds closed elements only)
        body = Span(tag.end, layout.tags[tag.partner].start)
        new = localise_json_ld(
            text[body.start : body.end],
            locale=locale,
            source_lang=source_lang,
            sentences=sentences,
            addresses=addresses,
        )
        if new is not None:
            edits.append((body, new))
    return edits


def _original_url(urls: PageUrls, source_lang: str) -> str | None:
    """The original's URL on the site, when it is known and a base others can join to."""
    if not urls.known:
        return None
    for locale, url in urls.hrefs.items():
        if locale != "x-default" and language(locale) == language(source_lang):
            return url if url.startswith(("http://", "https://", "/")) else None
    return None


# -- the original's files, named from wherever the page is published -----------------------

# the attributes that name a file the page shows or loads
_FILE_ATTRIBUTES = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "iframe": ("src",),
    "script": ("src",),
    "input": ("src",),
    "object": ("data",),
    "link": ("href",),
    "a": ("href",),
    "meta": ("content",),
}
_CARD_FILES = frozenset(
    {"og:image", "og:image:url", "og:image:secure_url", "og:video", "og:audio", "twitter:image"}
)
# a link to a page (another release, a section) rather than a file stays relative, so
# that it names the page in the same language beside this one
_PAGE_SUFFIXES = frozenset({"", "html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp"})


def absolute_references(page: str, base: str) -> str:
    """``page`` with every file it names relative to its original (``img/plant.jpg``,
    ``../css/site.css``, a ``fact-sheet.pdf`` link) named from the original's URL
    ``base``. A page is published elsewhere than its source (``dist/ja/``), where such a
    name would find nothing. Links to pages, fragments, other schemes and URLs from the
    site's root stay as written."""
    tokenizer = _Tokenizer(page)  # (not the cached _layout: the page is made once)
    tokenizer.feed(page)
    tokenizer.close()
    edits: list[tuple[Span, str]] = []
    for tag in tokenizer.tags:
        names = _FILE_ATTRIBUTES.get(tag.name)
        if names is None or tag.closing:
            continue
        attrs = dict(tag.attrs)
        if {"alternate", "canonical"} & _rels(tag):
            continue
        said = (attrs.get("property") or attrs.get("name") or "").lower()
        if tag.name == "meta" and said not in _CARD_FILES:
            continue
        for found in _ATTRIBUTE.finditer(page, tag.start + 1 + len(tag.name), tag.end):
            if found["name"].lower() not in names or found["value"] is None:
                continue
            raw = found["value"]
            value = unescape(raw[1:-1] if raw[:1] in {'"', "'"} else raw)
            if found["name"].lower() == "srcset":
                new = ", ".join(_joined(c.strip(), base, False) for c in value.split(","))
            else:
                new = _joined(value, base, tag.name == "a")
            if new != value:
                edits.append((Span(*found.span("value")), attribute(new)))
    return _apply(page, edits) if edits else page


def _joined(reference: str, base: str, link: bool) -> str:
    """``reference`` (a srcset candidate may add ' 2x') joined to ``base`` when it names
    a file relative to the original."""
    url, _, descriptor = reference.strip().partition(" ")
    if not url or url.startswith(("#", "/", "?", "{")) or ":" in url.split("/")[0]:
        return reference  # a fragment, the site's root, a template, a scheme (data:, mailto:)
    last = url.split("#")[0].split("?")[0].rsplit("/", 1)[-1]
    if link and (last.rpartition(".")[2].lower() if "." in last else "") in _PAGE_SUFFIXES:
        return reference
    from urllib.parse import urljoin

    joined = urljoin(base, url)
    return f"{joined} {descriptor}".rstrip() if descriptor else joined


def _with_value(text: str, tag: _Tag, name: str, value: str) -> str:
    """``tag`` (a void element) written again with attribute ``name`` set to ``value``,
    closed as the source closed it (``/>`` in XHTML)."""
    written = "".join(
        f" {k}={attribute(value if k == name else v)}" if v is not None else f" {k}"
        for k, v in tag.attrs
    )
    closing = " />" if text[tag.start : tag.end].endswith("/>") else ">"
    return f"<{tag.name}{written}{closing}"


def _removal(text: str, tag: _Tag) -> Span:
    """The span that removes ``tag``: its whole line when it stands alone on one."""
    line_start = text.rfind("\n", 0, tag.start) + 1
    line_end = text.find("\n", tag.end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start : tag.start].strip() and not text[tag.end : line_end].strip():
        return Span(line_start, min(line_end + 1, len(text)))
    return Span(tag.start, tag.end)


@functools.lru_cache(maxsize=64)  # one answer per locale, asked for every page
def og_locale(locale: str) -> str:
    """Open Graph's form of ``locale``: language_TERRITORY ('ja' → 'ja_JP'), the
    territory the language is most likely written in when the locale names none."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return locale.replace("-", "_")
    territory: str | None = parsed.territory
    if territory is None:
        key = f"{parsed.language}_{parsed.script}" if parsed.script else parsed.language
        table = get_global("likely_subtags")
        likely = str(table.get(key) or table.get(parsed.language) or "")
        territory = likely.split("_")[-1] if "_" in likely else None
    return f"{parsed.language}_{territory}" if territory else str(parsed.language)


_CHARSET_PARAM = re.compile(r"(charset\s*=\s*)([^\s;]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(r"""\A\ufeff?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")


def _utf8_declarations(layout: _Layout, text: str) -> list[tuple[Span, str]]:
    """Every declared encoding rewritten to UTF-8, which is what the page is written in:
    a source that said ``iso-8859-1`` would otherwise label Japanese UTF-8 as Latin-1."""
    edits: list[tuple[Span, str]] = []
    for tag in layout.tags:
        if tag.name != "meta" or tag.closing:
            continue
        attrs = dict(tag.attrs)
        charset = attrs.get("charset")
        content = attrs.get("content") or ""
        if charset is not None and charset.strip().lower() != "utf-8":
            new = [(k, "utf-8" if k == "charset" else v) for k, v in tag.attrs]
        elif (attrs.get("http-equiv") or "").lower() == "content-type" and (
            found := _CHARSET_PARAM.search(content)
        ):
            if found.group(2).strip("'\"").lower() == "utf-8":
                continue
            value = _CHARSET_PARAM.sub(r"\g<1>utf-8", content, count=1)
            new = [(k, value if k == "content" else v) for k, v in tag.attrs]
        else:
            continue
        written = "".join(f" {k}={attribute(v)}" if v is not None else f" {k}" for k, v in new)
        edits.append((Span(tag.start, tag.end), f"<meta{written}>"))
    declaration = _XML_ENCODING.match(text)
    if declaration is not None and declaration.group(1).lower() != "utf-8":
        edits.append((Span(*declaration.span(1)), "utf-8"))
    return edits


def _after(html_tag: _Tag | None, edits: list[tuple[Span, str]]) -> int:
    return html_tag.end if html_tag is not None else edits[0][0].end


def _apply(text: str, edits: list[tuple[Span, str]], within: Span | None = None) -> str:
    """Apply non-overlapping edits (an overlapping one keeps the source there) to
    ``text``, or to its part ``within`` (which holds every edit)."""
    out: list[str] = []
    cursor, stop = (within.start, within.end) if within is not None else (0, len(text))
    for span, replacement in sorted(edits, key=lambda e: (e[0].start, e[0].end)):
        if span.start < cursor:
            continue
        out.append(text[cursor : span.start])
        out.append(replacement)
        cursor = span.end
    out.append(text[cursor:stop])
    return "".join(out)
