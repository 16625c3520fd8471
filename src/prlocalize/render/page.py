"""prlocalize.render.page
~~~~~~~~~~~~~~~~~~~~~~~

A clean, semantic HTML5 page for a text or Markdown release: the headline as
``<h1>``, the dateline as ``<time datetime>``, paragraphs, lists, the participant
roster as a list, links kept; the stylesheet is inlined so that the page stands
alone. The tree is built with lxml, which escapes every text node it writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import groupby, takewhile

from lxml import etree
from lxml import html as lxml_html

from prlocalize.document import Block, BlockKind, Document, LineIndex
from prlocalize.errors import InputError
from prlocalize.render.autolink import link_addresses
from prlocalize.render.dates import parse_date
from prlocalize.render.escaping import bcp47, control_character, direction
from prlocalize.render.linebreak import add_phrase_breaks, serialized
from prlocalize.render.notes import footer_html
from prlocalize.render.resolve import Resolved, Resolver
from prlocalize.render.spacing import join

_NUMBER_MARKER = re.compile(r"\s*(\d{1,9})[.)]\s+")


@cache
def stylesheet() -> str:
    return resources.files("prlocalize.render").joinpath("style.css").read_text(encoding="utf-8")


def _append_html(parent: etree._Element, html: str) -> None:
    """Append already-safe HTML (escaped text and allowed inline tags) to ``parent``."""
    if "<" not in html and "&" not in html:
        _append_text(parent, html)
        return
    holder = lxml_html.fragment_fromstring(html, create_parent="span")
    _append_text(parent, holder.text or "")
    for child in list(holder):
        parent.append(child)


def _append_text(parent: etree._Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class PageBuilder:
    def __init__(
        self,
        document: Document,
        resolver: Resolver,
        locale: str,
        alternates: Mapping[str, str],
        page_url: str | None = None,
    ) -> None:
        from prlocalize.render.page_urls import published_urls

        self.document = document
        self.resolver = resolver
        self.locale = locale
        # the build's relative links, or with ``page_url`` the pages' URLs on the site
        self.urls = published_urls(
            alternates, stem=document.stem, source_lang=document.lang, template=page_url
        )
        self.alternates = self.urls.hrefs
        self.headline: str | None = None
        self.page_title: str | None = None  # front matter's, over the headline
        self.description: str | None = None
        self.alts: list[str] = []  # image descriptions, in document order

    # -- segments -------------------------------------------------------------

    def fill(self, element: etree._Element, block: Block) -> None:
        """Write ``block``'s segments into ``element``, marking source-language stand-ins."""
        resolved = [self.resolver.resolve(block, s) for s in block.segments]
        whole_fallback = bool(resolved) and not any(r.translated for r in resolved)
        if whole_fallback and self.document.lang != self.locale:
            element.set("lang", bcp47(self.document.lang))
            self._turn(element)
        # text is gathered and set once: each lxml .text/.tail access costs a conversion
        pending: list[str] = []
        previous: Resolved | None = None
        for item in resolved:
            if previous is not None:
                pending.append(self._separator(previous, item))
            html = item.html
            inline = item.translated or whole_fallback or self.document.lang == self.locale
            if inline and "<" not in html and "&" not in html:
                pending.append(html)
            else:
                _append_text(element, "".join(pending))
                pending.clear()
                if inline:
                    _append_html(element, html)
                else:
                    span = etree.SubElement(element, "span", lang=bcp47(self.document.lang))
                    self._turn(span)
                    _append_html(span, html)
            previous = item
        _append_text(element, "".join(pending))

    def _turn(self, element: etree._Element) -> None:
        """A stand-in written the other way from the page (English in an Arabic page)."""
        way = direction(self.document.lang)
        if way != direction(self.locale):
            element.set("dir", way)

    def _separator(self, previous: Resolved, item: Resolved) -> str:
        gap = self.document.text[previous.segment.span.end : item.segment.span.start]
        return join(self.locale, previous.text, gap, left_translated=previous.translated)

    def plain(self, block: Block) -> str:
        return " ".join(self.resolver.resolve(block, s).text for s in block.segments)

    # -- page -----------------------------------------------------------------

    def build(self) -> bytes:
        self._refuse_control_characters()
        root = etree.Element("html", lang=bcp47(self.locale))
        if direction(self.locale) == "rtl":
            root.set("dir", "rtl")
        head = etree.SubElement(root, "head")
        body = etree.SubElement(root, "body")
        main = etree.SubElement(body, "main")
        article = etree.SubElement(main, "article")
        for kind, group in groupby(self._body_blocks(), key=self._group_key):
            self._emit(body if kind == "nav" else article, kind, list(group), main)
        self._head(head)
        link_addresses(body, self.document.text)
        add_phrase_breaks(body, self.locale)
        self._note(body)
        for element in root.iter():
            if element.tag in _BLOCK_TAGS and len(element):
                element.text = element.text or "\n"
        self._describe_images(body)
        _indent_blocks(root)
        return serialized(
            lxml_html.tostring(root, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")
        )

    def _refuse_control_characters(self) -> None:
        """A page cannot carry \\v, \\f, \\x01 …: say where, instead of lxml's traceback."""
        found = control_character(self.document.text)
        if found is None:
            return
        offset, char = found
        where = LineIndex(self.document.text).position(offset)
        raise InputError(
            self.document.path,
            where.line,
            f"control character U+{ord(char):04X} at column {where.column}: "
            "an HTML page cannot carry it",
            "remove it from the release",
        )

    def _body_blocks(self) -> Iterator[Block]:
        for block in self.document.blocks:
            if block.kind is BlockKind.META:
                # a Markdown release's front matter: its title names the page
                if block.segments and block.attr("element") == "title":
                    self.page_title = self.page_title or self.plain(block)
                elif block.segments and self.description is None:
                    self.description = self.plain(block)
                continue
            if block.kind is BlockKind.ATTRIBUTE:
                # an image's alt (a shortcode's, a component's or the front matter's
                # alt belongs to no image of the body)
                if block.attr("attr") == "alt" and block.attr("element") == "img":
                    if block.attr("standalone") and block.attr("src") is not None:
                        yield block  # an image on its own: written where it stands
                    else:
                        self.alts.append(self.plain(block))
                continue
            if block.segments or block.kind is BlockKind.CODE:
                if self.description is None and block.kind is BlockKind.PARAGRAPH:
                    # the lead's first sentence, as search engines show it
                    text = self.resolver.resolve(block, block.segments[0]).text
                    # an image inside the sentence leaves its two spaces behind as text
                    self.description = _SPACES.sub(" ", text)
                yield block

    def _note(self, body: etree._Element) -> None:
        """How much is translated, and a link to the original, at the foot of the page."""
        if self.resolver.original:
            return
        total = sum(len(block.segments) for block in self.document.blocks)
        note = footer_html(
            self.locale,
            self.document.lang,
            self.resolver.result.translated,
            total,
            self.alternates.get(self.document.lang),
        )
        body.append(lxml_html.fragment_fromstring(note))

    def _describe_images(self, body: etree._Element) -> None:
        """Give each image its (translated) description; an image without one is decorative."""
        alts = iter(self.alts)
        for image in body.iter("img"):
            if image.get("alt") is None:  # (an image on its own has its own)
                image.set("alt", next(alts, ""))

    def _head(self, head: etree._Element) -> None:
        etree.SubElement(head, "meta", charset="utf-8")
        etree.SubElement(
            head, "meta", name="viewport", content="width=device-width, initial-scale=1"
        )
        title = etree.SubElement(head, "title")
        title.text = self.page_title or self.headline or self.document.stem
        if self.description:
            etree.SubElement(head, "meta", name="description", content=self.description)
        if self.urls.known and self.locale in self.alternates:
            etree.SubElement(head, "link", rel="canonical", href=self.alternates[self.locale])
        # every version, this one too, as search engines ask
        for other, href in sorted(self.alternates.items()):
            etree.SubElement(head, "link", rel="alternate", hreflang=bcp47(other), href=href)
        style = etree.SubElement(head, "style")
        style.text = "\n" + stylesheet()

    def _emit(
        self, parent: etree._Element, kind: str, blocks: Sequence[Block], main: etree._Element
    ) -> None:
        if kind == "nav":
            nav = etree.Element("nav", **{"class": "breadcrumb"})
            main.addprevious(nav)
            self._list(nav, "ol", blocks)
        elif kind in ("ol", "ul"):
            self._list(parent, kind, blocks)
        elif kind == "roster":
            self._list(parent, "ul", blocks, css_class="roster")
        elif kind == "lines":
            p = etree.SubElement(parent, "p", **{"class": "lines"})
            for i, block in enumerate(blocks):
                if i:
                    etree.SubElement(p, "br").tail = "\n"
                self.fill(p, block)
        elif kind == "table":
            self._table(parent, blocks)
        else:
            for block in blocks:
                self._single(parent, block)

    def _group_key(self, block: Block) -> str:
        """Blocks with the same key in a row go into one container."""
        if block.kind is BlockKind.LIST_ITEM:
            return "ol" if self._ordered(block) else "ul"
        return _GROUPS.get(block.kind, "single")

    def _ordered(self, item: Block) -> bool:
        """Is the list numbered? The reader's attribute, else the marker before the item."""
        if item.attr("ordered") in {"true", "1", "yes"} or item.attr("list") in {"ordered", "ol"}:
            return True
        return self._number(item) is not None

    def _number(self, item: Block) -> int | None:
        """The number the source wrote before a list item ("3." / "3)"), if any."""
        text = self.document.text
        line_start = text.rfind("\n", 0, item.span.start) + 1
        marker = _NUMBER_MARKER.fullmatch(text[line_start : item.span.start])
        return int(marker.group(1)) if marker else None

    def _single(self, parent: etree._Element, block: Block) -> None:
        kind = block.kind
        if kind is BlockKind.HEADING:
            level = _heading_level(block, self.headline is None)
            heading = etree.SubElement(parent, f"h{level}")
            if anchor := block.attr("id"):  # a Markdown heading's '{#id}': links to it work
                heading.set("id", anchor)
            self.fill(heading, block)
            if self.headline is None:
                self.headline = "".join(heading.itertext()).strip() or None
        elif kind is BlockKind.DATELINE:
            p = etree.SubElement(parent, "p", **{"class": "dateline"})
            date = parse_date(" ".join(s.plain or s.text for s in block.segments))
            target = p
            if date is not None:
                target = etree.SubElement(p, "time", datetime=date.isoformat())
            self.fill(target, block)
        elif kind is BlockKind.QUOTE:
            quote = etree.SubElement(parent, "blockquote")
            self.fill(etree.SubElement(quote, "p"), block)
        elif kind is BlockKind.ATTRIBUTE:  # an image with no text around it
            p = etree.SubElement(parent, "p")
            etree.SubElement(p, "img", src=block.attr("src") or "", alt=self.plain(block))
        elif kind is BlockKind.CODE:
            pre = etree.SubElement(parent, "pre")
            code = etree.SubElement(pre, "code", translate="no")
            code.text = self.document.text[block.span.start : block.span.end]
        else:
            self.fill(etree.SubElement(parent, "p"), block)

    def _list(
        self,
        parent: etree._Element,
        tag: str,
        blocks: Sequence[Block],
        css_class: str | None = None,
    ) -> None:
        attrs = {"class": css_class} if css_class else {}
        if tag == "ol" and (first := self._number(blocks[0])) not in (None, 1):
            attrs["start"] = str(first)  # "3." after a paragraph goes on from 2, not from 1
        container = etree.SubElement(parent, tag, **attrs)
        for block in blocks:
            self.fill(etree.SubElement(container, "li"), block)

    def _table(self, parent: etree._Element, blocks: Sequence[Block]) -> None:
        """Rows from the reader's ``row`` attribute, else from the header's width."""
        table = etree.SubElement(parent, "table")
        if any(b.attr("row") for b in blocks):
            rows = [list(cells) for _, cells in groupby(blocks, key=lambda b: b.attr("row"))]
        else:
            header = list(takewhile(lambda b: b.attr("cell") == "th", blocks))
            width = len(header) or 1
            body = list(blocks[len(header) :])
            rows = ([header] if header else []) + [
                body[i : i + width] for i in range(0, len(body), width)
            ]
        section = None
        for row_cells in rows:
            is_header = all(c.attr("cell") == "th" for c in row_cells)
            wanted = "thead" if is_header and section is None else "tbody"
            if section is None or section.tag != wanted:
                section = etree.SubElement(table, wanted)
            row = etree.SubElement(section, "tr")
            for cell in row_cells:
                tag = "th" if cell.attr("cell") == "th" else "td"
                self.fill(etree.SubElement(row, tag), cell)


_SPACES = re.compile(r"  +")
_INLINE = frozenset({"a", "em", "strong", "code", "span", "time", "b", "i", "br", "title"})
_BLOCK_TAGS = frozenset(
    {
        "head", "body", "main", "article", "nav", "ul", "ol", "table", "thead", "tbody", "tr",
        "blockquote",
    }
)  # fmt: skip


_GROUPS = {
    BlockKind.BREADCRUMB: "nav",
    BlockKind.ROSTER_LINE: "roster",
    BlockKind.LINE: "lines",
    BlockKind.TABLE_CELL: "table",
}


def _heading_level(block: Block, first: bool) -> int:
    if block.attr("role") == "roster-group" and not first:
        return 3  # "<Japan>" under "Roundtable participants"
    try:
        level = int(block.attr("level") or 0)
    except ValueError:
        level = 0
    if first:
        return 1
    return min(max(level, 2), 6)


def _indent_blocks(root: etree._Element) -> None:
    """A newline after every block-level element, so the page reads well as source."""
    for element in root.iter():
        if element.tag in _INLINE or not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        if parent is not None and parent.tag not in _INLINE and not (element.tail or "").strip():
            element.tail = "\n"
