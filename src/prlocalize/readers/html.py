"""HTML releases, parsed by lxml (which recovers from malformed markup).

Block elements become blocks; inline markup inside them stays in the segment as
canonical inline tags. ``<script>``, ``<style>`` and elements marked
``translate="no"`` or ``class="notranslate"`` are skipped; ``alt``/``title``
attributes, ``<title>``, ``<meta name="description">`` and the social cards' title and
description (``og:title``, ``twitter:description``…) become segments of their
own. lxml reports only line numbers, so each start tag and each character of text
is located in the source (entities such as ``&amp;`` included) to keep exact offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from html import unescape

from lxml import etree

from prlocalize.document import BlockKind, LineIndex, Span
from prlocalize.errors import InputError
from prlocalize.readers._build import (
    _WINDOW,
    DATE_LINE,
    Draft,
    PlainBuilder,
    SourceMap,
    align,
    ignore_codes,
)
from prlocalize.readers.suppression import HINT as SUPPRESSION_HINT
from prlocalize.readers.suppression import SuppressionError

# the <meta> whose content a reader sees: the description, and the title and description
# of the card a link to the page shows on social networks (Open Graph, Twitter)
_READ_META = frozenset(
    {
        "description",
        "og:title",
        "og:description",
        "og:image:alt",
        "twitter:title",
        "twitter:description",
        "twitter:image:alt",
    }
)


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
# a ruby's reading (<rt>) and the brackets shown where ruby is not supported (<rp>)
_RUBY_TEXT = frozenset({"rt", "rp"})
_INLINE_ATTRS = frozenset({"href", "lang", "dir", "src"})
_ATTRIBUTE_SEGMENTS = ("alt", "title")
_LET_GO = 64  # children walked that are taken out of the tree together
_TRIM_EVERY = 4 << 20  # characters of source walked between two returns of freed pages


@lru_cache(maxsize=128)
def _start_tag_pattern(tag: str) -> re.Pattern[str]:
    """``<tag`` and, when it is closed, the rest of the start tag (quoted values may hold ``>``).

    Possessive, so that an unclosed quote fails at once: the alternatives cannot overlap, so
    backtracking could not find another way through anyway.
    """
    return re.compile(
        rf"""<{re.escape(tag)}(?=[\s/>])(?:(?:[^>"']++|"[^"]*+"|'[^']*+')*+>)?""", re.IGNORECASE
    )


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


def read_html(source: str, path: str, emit: Callable[[Draft], None] | None = None) -> list[Draft]:
    """The drafts of an HTML release, in order; given ``emit``, each is handed to it as soon
    as it is made and none is kept (the list returned is empty): a huge release's drafts
    are then never all held at once beside its parsed tree."""
    if not source.strip():
        return []
    # etree's parser, not lxml.html's: the same tree, without a Python class lookup per element
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=False)
    try:
        root = etree.fromstring(source.encode("utf-8"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        if "empty" in str(exc).lower():
            return []
        raise InputError(path, None, f"cannot parse HTML: {exc}", "check the markup") from None
    if root is None:  # what lxml.html reports as "Document is empty"
        return []
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":  # libxml2 stops and drops the rest
            raise InputError(
                path,
                error.line,
                f"HTML nested too deeply to read whole ({error.message.split(',')[0]})",
                "flatten the markup",
            )
    try:
        return _Walker(source, emit).run(root)
    except SuppressionError as exc:
        raise InputError(
            path,
            exc.line,
            exc.message,
            SUPPRESSION_HINT,
        ) from None


_Get = Callable[[str], "str | None"]  # el.get, or the get of a dict of its attributes
_NO_ATTRIBUTES: _Get = dict[str, str]().get


class _Walker:
    def __init__(self, source: str, emit: Callable[[Draft], None] | None = None) -> None:
        self.source = source
        lines = LineIndex(source)
        self.line_start, self.line_count = lines.line_start, len(lines)
        self.cursor = 0
        self.drafts: list[Draft] = []
        # where a finished draft goes: the caller's emit, or the list run returns
        self.out: Callable[[Draft], None] = emit or self.drafts.append
        self.deferred: list[Draft] = []
        # where in the source the C heap's freed pages are next given back (see _let_go)
        self.trim_at = _TRIM_EVERY
        self.ignore: frozenset[str] = frozenset()
        self.run_: PlainBuilder = PlainBuilder()
        self.kind = BlockKind.PARAGRAPH
        self.attrs: tuple[tuple[str, str], ...] = ()
        # table row element → row number, for TABLE_CELL attrs. Keyed by the element, not by
        # id(): holding it keeps lxml's proxy alive, so a later row's proxy cannot reuse its id
        self.rows: dict[etree._Element, int] = {}
        # Word marks runs with the keyboard's language (<span lang=EN-US>, one every few
        # words, cut mid-word at each edit): in English, or in the page's own language,
        # that says nothing of the phrase, so on its pages such a span is not kept ('': a
        # page of another maker, where every language span is)
        self.word_languages: tuple[str, ...] = ()
        if any(page.search(source, 0, 8192) is not None for page in _WORD_PAGE):
            body = _BODY_LANG.search(source)
            self.word_languages = ("en", body.group(1).lower() if body else "en")

    def run(self, root: etree._Element) -> list[Draft]:
        head = root.find("head")
        if head is not None:
            self._head(head)
        body = root.find("body")
        self._block(body if body is not None else root, BlockKind.PARAGRAPH, ())
        self._flush()
        return self.drafts

    # -- head: <title>, <meta name="description"> and the social cards' ------------------
    def _head(self, head: etree._Element) -> None:
        for el in head.iter():
            if not isinstance(el.tag, str):
                continue
            tag = el.tag.lower()
            if tag == "title":
                self._block(el, BlockKind.META, (("element", "title"),))
            elif tag == "meta":
                # every <meta> moves the cursor, so that a description after
                # <meta charset> is looked for in its own tag
                start = self._start_tag(el, el.tag)
                said = (el.get("name") or el.get("property") or "").strip().lower()
                if start is not None and said in _READ_META:
                    self._attribute(start, "content", BlockKind.META, (("element", "meta"),))
            elif tag in ("script", "style"):
                self._skip(el, el.tag)

    # -- body ---------------------------------------------------------------------
    def _block(
        self,
        el: etree._Element,
        kind: BlockKind,
        attrs: tuple[tuple[str, str], ...],
        get: _Get | None = None,
        tag: str = "",
    ) -> None:
        """Walk a block element: its own text forms blocks of ``kind`` between nested blocks."""
        run = self.run_
        if run.size or run.inlines or run.opened or self.deferred:  # else _flush does nothing
            self._flush()
        outer_kind, outer_attrs = self.kind, self.attrs
        # a part declared in another language (<p lang="ja">) says so to the rules;
        # nested blocks inherit it, and <html lang> is the document's own language
        lang = (get or el.get)("lang") if (tag or el.tag) != "html" else None
        if lang is None:
            for key, value in outer_attrs:
                if key == "lang":
                    lang = value
                    break
        if lang and not any(k == "lang" for k, _ in attrs):
            attrs = (*attrs, ("lang", lang))
        self.kind, self.attrs = kind, attrs
        if len(el) or not self._leaf(el.text):
            self._content(el)
        run = self.run_
        if run.size or run.inlines or run.opened or self.deferred:
            self._flush()
        self.kind, self.attrs = outer_kind, outer_attrs

    def _leaf(self, text: str | None) -> bool:
        """Draft a block without children, when its text is in the source as it is with single
        spaces only (most blocks): one run, made without a builder. False: not done."""
        if not text:
            return True
        source, cursor = self.source, self.cursor
        found = source.find(text, cursor, cursor + len(text) + _WINDOW)
        if (
            found == -1
            or not text.isprintable()  # see PlainBuilder.add_run
            or "  " in text
            or (
                found != cursor
                and source.rfind("<", cursor, found) > source.rfind(">", cursor, found)
            )
        ):
            return False
        self.cursor = found + len(text)
        # what the (empty) builder makes of it: a leading and a trailing space dropped
        lead = 1 if text[0] == " " else 0
        stop = len(text) - 1 if text[-1] == " " else len(text)
        if stop > lead:
            start, end = found + lead, found + stop
            source_map = SourceMap([0], [start], [end], stop - lead)
            plain = text[lead:stop]
            draft = Draft(self.kind, plain, start, Span(start, end), source_map, [], self.attrs)
            draft.verbatim = True  # found as it is, with single spaces and no entity
            self._emit(draft)
        return True

    def _content(self, el: etree._Element) -> None:
        text = el.text
        if text:
            self._text(text)
        fallback = False
        walked: list[etree._Element] = []
        for child in el:
            if child.__class__ is not etree._Element and isinstance(child, etree._Comment):
                said = (child.text or "").strip().lower()
                if said in _WORD_FALLBACK or (fallback and said == "[endif]"):
                    fallback = said != "[endif]"
                    self._past(f"<!{child.text}>")
                    if not fallback and child.tail:
                        self._text(child.tail)
                    continue
            if fallback:
                # the bullet or number Word writes for browsers ('l' in Wingdings, '1.'
                # and spaces) before a list paragraph's text: no part of the text
                if isinstance(child.tag, str):
                    self._skip(child, child.tag)
                continue
            self._child(child)
            tail = child.tail
            if tail:
                self._text(tail)
            walked.append(child)
            if len(walked) >= _LET_GO:
                self._let_go(el, walked)
        if walked:
            self._let_go(el, walked)

    def _let_go(self, el: etree._Element, walked: list[etree._Element]) -> None:
        """Take the children walked out of the tree, which frees them (the walk never comes
        back to them): a huge release's tree shrinks as its document grows, instead of
        both being whole at the end; every few megabytes the C heap's freed pages are
        given back."""
        for child in walked:
            el.remove(child)
        walked.clear()
        if self.cursor >= self.trim_at:
            from prlocalize.readers import return_freed_pages

            return_freed_pages()
            self.trim_at = self.cursor + _TRIM_EVERY

    def _past(self, written: str) -> None:
        """Move the cursor past ``written`` (a Word conditional, '<![if !supportLists]>')."""
        at = self.source.find(written, self.cursor, self.cursor + len(written) + _WINDOW)
        if at != -1:
            self.cursor = at + len(written)

    def _text(self, text: str) -> None:
        """:func:`align` ``text`` into the block, its usual case (found as it is) done here."""
        source, cursor = self.source, self.cursor
        found = source.find(text, cursor, cursor + len(text) + _WINDOW)
        if found != -1 and (
            found == cursor or source.rfind("<", cursor, found) <= source.rfind(">", cursor, found)
        ):
            self.run_.add_run(text, found)
            self.cursor = found + len(text)
        else:
            self.cursor = align(source, cursor, text, self.run_, skip_tags=True)

    def _child(self, el: etree._Element) -> None:
        raw_tag = el.tag
        if raw_tag.__class__ is not str:  # comment or processing instruction
            if isinstance(el, etree._Comment):
                codes = ignore_codes(el.text or "", el.sourceline)
                if codes is not None:
                    if not self.run_.inside_inline:  # a comment inside <b> belongs to its block
                        self._flush()
                    self.ignore = codes
                self._skip_comment()
            return
        tag = raw_tag.lower()
        items = el.items()  # one call for the many elements without attributes
        get = dict(items).get if items else _NO_ATTRIBUTES
        if tag in _SKIP or (
            get is not _NO_ATTRIBUTES and (_untranslatable(get) or _our_note(tag, get))
        ):
            self._skip(el, raw_tag)
            return
        if tag in _RUBY_TEXT:
            self._pass_over(el, raw_tag)
            return
        if tag == "pre" and _is_code(el):
            self._flush()
            begin = self.cursor
            self._skip(el, raw_tag)  # code is kept as it is: a block without segments
            at = self.source.find("<", begin)
            if begin <= at < self.cursor:
                self.out(Draft(BlockKind.CODE, "", at, Span(at, self.cursor)))
            return
        start = self._start_tag(el, raw_tag)
        if start is not None and get is not _NO_ATTRIBUTES:
            for name in _ATTRIBUTE_SEGMENTS:
                if get(name):
                    self._attribute(
                        start, name, BlockKind.ATTRIBUTE, (("attr", name), ("element", tag))
                    )
        if tag in _BLOCKS:
            kind, attrs = self._kind_of(el, tag, get)
            self._block(el, kind, attrs, get, raw_tag)
        elif tag in ("br", "wbr"):
            if tag == "br":  # a line break separates words: a space standing for the tag
                self.run_.void("br")
                tag_at = start or (self.cursor, self.cursor)
                self.run_.add(" ", tag_at[0], tag_at[1])
            else:
                # libxml2's HTML parser does not know <wbr> is empty: it nests the text
                # after it, to the end of its parent, inside it ('出店<wbr>する' → wbr's text)
                self._content(el)
        elif tag == "img":
            tail = el.tail
            self.run_.void("img", (("src", get("src") or ""),), bool(tail) and tail[0].isspace())
        elif tag in _KEEP_INLINE or (tag == "span" and self._language_span(get)):
            # a span is kept only to say a phrase is in another language (or direction):
            # checks then leave that phrase alone, and translators and the build keep it
            kept = tuple(sorted((k, v) for k, v in el.items() if k in _INLINE_ATTRS))
            self.run_.open(tag, kept)
            self._content(el)
            self.run_.close()
        else:
            self._content(el)

    def _language_span(self, get: _Get) -> bool:
        """Whether a ``<span>`` says its phrase is in another language or direction (see
        ``word_languages``)."""
        lang, direction = get("lang"), get("dir")
        if not (lang or direction):
            return False
        if not self.word_languages or direction:
            return True
        return (lang or "").split("-")[0].lower() not in self.word_languages

    def _kind_of(
        self, el: etree._Element, tag: str, get: _Get
    ) -> tuple[BlockKind, tuple[tuple[str, str], ...]]:
        classes = (get("class") or "").lower()
        if "dateline" in classes:
            return BlockKind.DATELINE, ()
        if self.kind is BlockKind.BREADCRUMB and tag in ("li", "ol", "ul", "div", "span"):
            return BlockKind.BREADCRUMB, ()
        if tag in ("nav", "ol", "ul") and (
            "breadcrumb" in classes + (get("aria-label") or "").lower()
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

    def _flush(self) -> None:
        run = self.run_
        if not (run.size or run.inlines or run.opened):
            # nothing to draft, and a new builder would be the same (most calls)
            if self.deferred:
                self._release_deferred()
            return
        draft = run.draft(self.kind, attrs=self.attrs)
        self.run_ = PlainBuilder()
        if draft is not None:
            self._emit(draft)
        else:
            self._release_deferred()

    def _release_deferred(self) -> None:
        """Hand over the attribute drafts that waited for their block."""
        out = self.out
        for draft in self.deferred:
            out(draft)
        self.deferred = []

    def _emit(self, draft: Draft) -> None:
        """Add a block's draft, then the attribute drafts that wait for it."""
        if draft.kind is BlockKind.PARAGRAPH and not draft.inlines and DATE_LINE.match(draft.plain):
            draft.kind = BlockKind.DATELINE
        if self.ignore:
            draft.ignore, self.ignore = self.ignore, frozenset()
        self.out(draft)
        self._release_deferred()

    # -- locating things in the source ------------------------------------------------
    def _start_tag(self, el: etree._Element, tag: str) -> tuple[int, int] | None:
        """Find ``el``'s start tag at or after the cursor; move the cursor past it."""
        line = el.sourceline
        lo = self.cursor
        if line.__class__ is int and 1 <= line <= self.line_count:
            start = self.line_start(line)
            if start > lo:
                lo = start
        m = _start_tag_pattern(tag).search(self.source, lo)
        if m is None:
            return None  # an element the parser implied (no tag in the source)
        self.cursor = end = m.end()
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
            if kind is BlockKind.META:
                self.out(draft)
            else:
                self.deferred.append(draft)

    def _skip(self, el: etree._Element, tag: str) -> None:
        """Move the cursor past a skipped element and everything inside it."""
        start = self._start_tag(el, tag)
        if start is None or self.source[start[1] - 2 : start[1]] == "/>":
            return
        depth = 1
        for m in _end_pattern(tag).finditer(self.source, start[1]):
            depth += -1 if m.group(1) else 1
            if depth == 0:
                self.cursor = m.end()
                return

    def _pass_over(self, el: etree._Element, tag: str) -> None:
        """Move the cursor past ``el`` without taking its text: a ruby's reading and
        the brackets around it are no words of the sentence ('<ruby>神崎<rt>かんざき</rt>
        </ruby> 浩之' is '神崎 浩之'). Its end tag may be left out, so the cursor
        moves past the text only; the next text found steps over the tags."""
        if self._start_tag(el, tag) is None:
            return
        source = self.source
        for text in el.itertext():
            found = source.find(text, self.cursor, self.cursor + len(text) + _WINDOW)
            if found != -1:
                self.cursor = found + len(text)

    def _skip_comment(self) -> None:
        start = self.source.find("<!--", self.cursor)
        if start != -1:
            end = self.source.find("-->", start + 4)
            self.cursor = len(self.source) if end == -1 else end + 3


# a page Word saved ('Web Page', 'Web Page, Filtered'): its generator, or Word's namespace.
# Two patterns, each starting with a character that case leaves alone ('<', ':'), which
# the engine skips to in C: joined by '|', or starting with 'urn' under IGNORECASE, the
# pattern was tried at each of the first 8 KB's positions (a seventh of reading a release)
_WORD_PAGE = (
    re.compile(
        r"""<meta\s[^>]{0,80}content=["']?(?:Microsoft Word|Word\.Document)""", re.IGNORECASE
    ),
    re.compile(r":(?<=urn:)schemas-microsoft-com:office:word", re.IGNORECASE),
)
_BODY_LANG = re.compile(r"<body\b[^>]{0,200}?\blang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
# Word's 'Web Page' wraps what only other browsers should show in <![if !…]> … <![endif]>:
# a list paragraph's bullet or number (the list itself is in its mso-list style)
_WORD_FALLBACK = frozenset({"[if !supportlists]"})


def _untranslatable(get: _Get) -> bool:
    if (get("translate") or "").strip().lower() == "no":
        return True
    return "notranslate" in (get("class") or "").split()


def _our_note(tag: str, get: _Get) -> bool:
    """The note ``build`` writes at the foot of a page it built (how much is translated,
    a link to the original): no text of the release, where its pages come back as an
    archive to align or a release to check."""
    return tag == "footer" and "translation-note" in (get("class") or "").split()


def _is_code(pre: etree._Element) -> bool:
    """``<pre><code>…</code></pre>``: a code listing, not preformatted prose."""
    children = [c for c in pre if isinstance(c.tag, str)]
    return (
        bool(children)
        and all(c.tag.lower() == "code" for c in children)
        and not (pre.text or "").strip()
    )
