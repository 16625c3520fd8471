"""HTML releases, parsed by lxml (which recovers from malformed markup).

Block elements become blocks; inline markup inside them stays in the segment as
canonical inline tags. ``<script>``, ``<style>`` and elements marked
``translate="no"`` or ``class="notranslate"`` are skipped; ``alt``/``title``
attributes, ``<title>`` and ``<meta name="description">`` become segments of their
own. lxml reports only line numbers, so each start tag and each character of text
is located in the source (entities such as ``&amp;`` included) to keep exact offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

from lxml import etree
from lxml import html as lxml_html

from prlocalize.document import BlockKind, LineIndex, Span
from prlocalize.errors import InputError
from prlocalize.readers._build import DATE_LINE, Draft, PlainBuilder, align, ignore_codes


def _words(text: str) -> list[str]:
    return text.split()


_BLOCKS = {
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
    "p": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL,
    "blockquote": BlockKind.QUOTE,
    "address": BlockKind.LINE,
    "title": BlockKind.META,
    **dict.fromkeys(
        _words(
            "div section article header footer main nav aside body html ul ol dl dt dd table "
            "thead tbody tfoot tr caption figure figcaption form fieldset legend details summary "
            "hgroup center label button option pre"
        ),
        BlockKind.PARAGRAPH,
    ),
}
_SKIP = frozenset(_words("script style noscript template svg math iframe object canvas head"))
_KEEP_INLINE = frozenset(
    _words("a em strong b i u code sup sub small mark abbr cite q s del ins kbd")
)
_INLINE_ATTRS = frozenset({"href", "lang", "dir", "src"})
_ATTRIBUTE_SEGMENTS = ("alt", "title")
_START_TAG_REST = re.compile(r"""(?:[^>"']|"[^"]*"|'[^']*')*>""")


@lru_cache(maxsize=128)
def _tag_pattern(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<{re.escape(tag)}(?=[\s/>])", re.IGNORECASE)


@lru_cache(maxsize=128)
def _end_pattern(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){re.escape(tag)}(?=[\s/>])[^>]*>", re.IGNORECASE)


@lru_cache(maxsize=16)
def _attr_pattern(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"""\s{name}\s*=\s*(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)'|(?P<u>[^\s"'>]+))""", re.IGNORECASE
    )


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][\w-]*)?", re.I)


def declared_lang(source: str) -> str | None:
    """The primary language subtag of ``<html lang>``, which beats guessing from the text."""
    found = _HTML_LANG.search(source, 0, 8192)
    return found.group(1).lower() if found else None


def read_html(source: str, path: str) -> list[Draft]:
    if not source.strip():
        return []
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=False)
    try:
        root = lxml_html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        if "empty" in str(exc).lower():
            return []
        raise InputError(path, None, f"cannot parse HTML: {exc}", "check the markup") from None
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":  # libxml2 stops and drops the rest
            raise InputError(
                path,
                error.line,
                f"HTML nested too deeply to read whole ({error.message.split(',')[0]})",
                "flatten the markup",
            )
    return _Walker(source).run(root)


class _Walker:
    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = LineIndex(source)
        self.cursor = 0
        self.drafts: list[Draft] = []
        self.deferred: list[Draft] = []
        self.ignore: frozenset[str] = frozenset()
        self.run_: PlainBuilder = PlainBuilder()
        self.kind = BlockKind.PARAGRAPH
        self.attrs: tuple[tuple[str, str], ...] = ()
        # table row element → row number, for TABLE_CELL attrs. Keyed by the element, not by
        # id(): holding it keeps lxml's proxy alive, so a later row's proxy cannot reuse its id
        self.rows: dict[etree._Element, int] = {}

    def run(self, root: etree._Element) -> list[Draft]:
        head = root.find("head")
        if head is not None:
            self._head(head)
        body = root.find("body")
        self._block(body if body is not None else root, BlockKind.PARAGRAPH, ())
        self._flush()
        return self.drafts

    # -- head: <title> and <meta name="description"> ---------------------------------
    def _head(self, head: etree._Element) -> None:
        for el in head.iter():
            if not isinstance(el.tag, str):
                continue
            tag = el.tag.lower()
            if tag == "title":
                self._block(el, BlockKind.META, (("element", "title"),))
            elif tag == "meta" and (el.get("name") or "").lower() == "description":
                start = self._start_tag(el)
                if start is not None:
                    self._attribute(start, "content", BlockKind.META, (("element", "meta"),))
            elif tag in ("script", "style"):
                self._skip(el)

    # -- body ---------------------------------------------------------------------
    def _block(
        self, el: etree._Element, kind: BlockKind, attrs: tuple[tuple[str, str], ...]
    ) -> None:
        """Walk a block element: its own text forms blocks of ``kind`` between nested blocks."""
        self._flush()
        outer = (self.kind, self.attrs)
        # a part declared in another language (<p lang="ja">) says so to the rules;
        # nested blocks inherit it, and <html lang> is the document's own language
        lang = el.get("lang") if el.tag != "html" else None
        if lang is None:
            lang = next((v for k, v in self.attrs if k == "lang"), None)
        if lang and all(k != "lang" for k, _ in attrs):
            attrs = (*attrs, ("lang", lang))
        self.kind, self.attrs = kind, attrs
        self._content(el)
        self._flush()
        self.kind, self.attrs = outer

    def _content(self, el: etree._Element) -> None:
        if el.text:
            self._text(el.text)
        for child in el:
            self._child(child)
            if child.tail:
                self._text(child.tail)

    def _child(self, el: etree._Element) -> None:
        if not isinstance(el.tag, str):  # comment or processing instruction
            if isinstance(el, etree._Comment):
                codes = ignore_codes(el.text or "")
                if codes is not None:
                    if not self.run_.inside_inline:  # a comment inside <b> belongs to its block
                        self._flush()
                    self.ignore = codes
                self._skip_comment()
            return
        tag = el.tag.lower()
        if tag in _SKIP or _untranslatable(el):
            self._skip(el)
            return
        if tag == "pre" and _is_code(el):
            self._flush()
            begin = self.cursor
            self._skip(el)  # code is kept as it is: a block without segments
            at = self.source.find("<", begin)
            if begin <= at < self.cursor:
                self.drafts.append(Draft(BlockKind.CODE, "", at, Span(at, self.cursor)))
            return
        start = self._start_tag(el)
        if start is not None:
            for name in _ATTRIBUTE_SEGMENTS:
                if el.get(name):
                    self._attribute(
                        start, name, BlockKind.ATTRIBUTE, (("attr", name), ("element", tag))
                    )
        if tag in _BLOCKS:
            self._block(el, *self._kind_of(el, tag))
        elif tag in ("br", "wbr"):
            if tag == "br":  # a line break separates words: a space standing for the tag
                self.run_.void("br")
                at = start or (self.cursor, self.cursor)
                self.run_.add(" ", at[0], at[1])
        elif tag == "img":
            self.run_.void("img", (("src", el.get("src") or ""),))
        elif tag in _KEEP_INLINE:
            kept = tuple(sorted((k, v) for k, v in el.attrib.items() if k in _INLINE_ATTRS))
            self.run_.open(tag, kept)
            self._content(el)
            self.run_.close()
        else:
            self._content(el)

    def _kind_of(
        self, el: etree._Element, tag: str
    ) -> tuple[BlockKind, tuple[tuple[str, str], ...]]:
        classes = (el.get("class") or "").lower()
        if "dateline" in classes:
            return BlockKind.DATELINE, ()
        if self.kind is BlockKind.BREADCRUMB and tag in ("li", "ol", "ul", "div", "span"):
            return BlockKind.BREADCRUMB, ()
        if (
            tag in ("nav", "ol", "ul")
            and "breadcrumb" in classes + (el.get("aria-label") or "").lower()
        ):
            return BlockKind.BREADCRUMB, ()
        kind = _BLOCKS[tag]
        if kind is BlockKind.HEADING:
            return kind, (("level", tag[1]),)
        if kind is BlockKind.TABLE_CELL:
            row = self.rows.setdefault(el.getparent(), len(self.rows) + 1)
            return kind, (("cell", tag), ("row", str(row)))
        if kind is BlockKind.LIST_ITEM:
            parent = el.getparent()
            ordered = parent is not None and str(parent.tag).lower() == "ol"
            return kind, (("list", "ordered" if ordered else "bullet"),)
        return kind, ()

    def _text(self, text: str) -> None:
        self.cursor = align(self.source, self.cursor, text, self.run_, skip_tags=True)

    def _flush(self) -> None:
        kind = self.kind
        draft = self.run_.draft(kind, attrs=self.attrs)
        self.run_ = PlainBuilder()
        if draft is not None:
            if kind is BlockKind.PARAGRAPH and not draft.inlines and DATE_LINE.match(draft.plain):
                draft.kind = BlockKind.DATELINE
            if self.ignore:
                draft.ignore, self.ignore = self.ignore, frozenset()
            self.drafts.append(draft)
        self.drafts += self.deferred
        self.deferred = []

    # -- locating things in the source ------------------------------------------------
    def _start_tag(self, el: etree._Element) -> tuple[int, int] | None:
        """Find ``el``'s start tag at or after the cursor; move the cursor past it."""
        line = el.sourceline
        lo = self.cursor
        if isinstance(line, int) and 1 <= line <= len(self.lines):
            lo = max(lo, self.lines.line_start(line))
        m = _tag_pattern(el.tag).search(self.source, lo)
        if m is None:
            return None  # an element the parser implied (no tag in the source)
        rest = _START_TAG_REST.match(self.source, m.end())
        end = rest.end() if rest else m.end()
        self.cursor = end
        return m.start(), end

    def _attribute(
        self,
        tag_span: tuple[int, int],
        name: str,
        kind: BlockKind,
        attrs: tuple[tuple[str, str], ...],
    ) -> None:
        m = _attr_pattern(name).search(self.source, tag_span[0], tag_span[1])
        if m is None:
            return
        group = "d" if m.group("d") is not None else "s" if m.group("s") is not None else "u"
        out = PlainBuilder()
        align(self.source, m.start(group), unescape(m.group(group)), out, skip_tags=False)
        draft = out.draft(kind, attrs=attrs)
        if draft is not None:
            (self.drafts if kind is BlockKind.META else self.deferred).append(draft)

    def _skip(self, el: etree._Element) -> None:
        """Move the cursor past a skipped element and everything inside it."""
        start = self._start_tag(el)
        if start is None or self.source[start[1] - 2 : start[1]] == "/>":
            return
        depth = 1
        for m in _end_pattern(el.tag).finditer(self.source, start[1]):
            depth += -1 if m.group(1) else 1
            if depth == 0:
                self.cursor = m.end()
                return

    def _skip_comment(self) -> None:
        start = self.source.find("<!--", self.cursor)
        if start != -1:
            end = self.source.find("-->", start + 4)
            self.cursor = len(self.source) if end == -1 else end + 3


def _untranslatable(el: etree._Element) -> bool:
    if (el.get("translate") or "").strip().lower() == "no":
        return True
    return "notranslate" in (el.get("class") or "").split()


def _is_code(pre: etree._Element) -> bool:
    """``<pre><code>…</code></pre>``: a code listing, not preformatted prose."""
    children = [c for c in pre if isinstance(c.tag, str)]
    return (
        bool(children)
        and all(c.tag.lower() == "code" for c in children)
        and not (pre.text or "").strip()
    )
