"""Markdown releases, parsed by markdown-it-py (CommonMark plus tables).

markdown-it gives each block its source lines; the characters of each inline text
are then located in the source from there (skipping Markdown punctuation and
resolving entities), so every segment keeps exact offsets. Links, emphasis and code
stay in the segment as canonical inline markup with their targets.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from markdown_it import MarkdownIt
from markdown_it.token import Token

from prlocalize.document import BlockKind, LineIndex, Span
from prlocalize.errors import InputError
from prlocalize.readers._build import (
    DATE_LINE,
    Draft,
    PlainBuilder,
    align,
    ignore_codes,
)
from prlocalize.readers.front_matter import FRONT_MATTER, JSON_FRONT_MATTER
from prlocalize.readers.site_syntax import heading_anchor, indented_text, site_syntax
from prlocalize.readers.site_tags import merged, site_tags
from prlocalize.readers.suppression import HINT as SUPPRESSION_HINT
from prlocalize.readers.suppression import SuppressionError

_INLINE_TAGS = {"em": "em", "strong": "strong", "s": "s", "link": "a"}
_LONE_CR = re.compile(r"\r(?!\n)")
# "](destination "title")" or "][label]" after a link's text
_LINK_TAIL = re.compile(
    r"\]\s*(?:\(\s*(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)|\[[^\]]*\])?"
)


# a reference link whose label no definition gives ('[here][webinar]', '[the spec][]'):
# CommonMark leaves it as text, and the reader a link without a target
_UNDEFINED_REFERENCE = re.compile(r"\[([^\[\]\n]{1,300})\]\[([^\[\]\n]{0,300})\]")


@cache
def _parser() -> MarkdownIt:
    # one per process: making one costs more than parsing a short release, and parsing
    # keeps its state in the call, not in the parser
    return MarkdownIt("commonmark").enable("table")


@cache
def _unindented_parser() -> MarkdownIt:
    # for a release with MkDocs admonitions: their text is indented by four, which
    # CommonMark reads as code (never checked nor translated); fenced code stays code
    return MarkdownIt("commonmark").enable("table").disable("code")


def read_markdown(source: str, path: str = "<markdown>") -> list[Draft]:
    parser = _parser()
    # markdown-it also breaks lines at a lone \r; a same-length copy with \n there keeps
    # its line numbers and our offsets in step (the copy is what gets aligned)
    lined = _LONE_CR.sub("\n", source)
    drafts: list[Draft] = []
    front = FRONT_MATTER.match(lined)
    if front is not None and _settings(front["body"], toml=front["toml"] is not None):
        # a static site's front matter ('---' / 'title: …' / '---', or Hugo's TOML
        # '+++' / 'title = "…"' / '+++') is no text of the page: its title and
        # description are what a reader sees of it (as an HTML page's <title> and
        # <meta>); the rest is settings. CommonMark would read the block as a heading
        # underlined by its closing '---', or a paragraph of settings.
        drafts += _front_matter_drafts(
            lined, front.start("body"), front.end("body"), toml=front["toml"] is not None
        )
        lined = _blank(lined[: front.end()]) + lined[front.end() :]
    elif front is None and (json_front := _json_front_matter(lined)) is not None:
        # Hugo's third form: a JSON object, its text keys as the YAML's
        drafts += json_front[1]
        lined = _blank(lined[: json_front[0]]) + lined[json_front[0] :]
    tags: list[Draft] = []
    if "{{" in lined or "{%" in lined:
        # a site generator's shortcodes and Liquid tags are markup (their captions text)
        lined, tags = site_tags(lined)
    # heading anchors, MDX imports, containers' fences, footnote labels: markup too
    if indented_text(lined):
        parser = _unindented_parser()
    written = lined  # (a heading's anchor is read from it)
    lined, syntax = site_syntax(lined)
    if syntax:
        tags = sorted(tags + syntax, key=lambda draft: draft.start)
    tokens = parser.parse(lined)
    _refuse_truncated(tokens, parser.options["maxNesting"], path)
    lines = LineIndex(lined)
    containers: list[str] = []  # open list items / blockquotes
    lists: list[str] = []  # "ordered" / "bullet" for each open list
    row = 0  # table rows, counted through the document
    pending_ignore: frozenset[str] = frozenset()
    cursor = 0
    block: BlockKind | None = None
    attrs: tuple[tuple[str, str], ...] = ()
    for token in tokens:
        kind = token.type
        if kind in ("list_item_open", "blockquote_open"):
            containers.append(kind)
        elif kind in ("list_item_close", "blockquote_close"):
            containers.pop()
        elif kind == "heading_open":
            block, attrs = BlockKind.HEADING, (("level", token.tag[1:]),)
            if written is not lined and token.map and token.map[0] < len(lines):
                # its '{#id}': the page builder gives the heading that id, so links to it work
                at = lines.line_start(token.map[0] + 1)
                end = written.find("\n", at)
                anchor = heading_anchor(written[at : end if end != -1 else len(written)])
                if anchor is not None:
                    attrs += (("id", anchor),)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind.split("_", 1)[0])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "paragraph_open":
            block, attrs = _container_kind(containers), ()
            if block is BlockKind.LIST_ITEM and lists:
                attrs = (("list", lists[-1]),)
        elif kind == "tr_open":
            row += 1
        elif kind in ("th_open", "td_open"):
            block, attrs = BlockKind.TABLE_CELL, (("cell", token.tag), ("row", str(row)))
        elif kind in ("fence", "code_block") and token.map and token.map[0] < len(lines):
            # kept for the page builder, never translated: a block without segments
            start = lines.line_start(token.map[0] + 1)
            end = lines.line_start(token.map[1] + 1) if token.map[1] < len(lines) else len(lined)
            code_end = len(lined[start:end].rstrip()) + start
            drafts.append(Draft(BlockKind.CODE, "", start, Span(start, code_end)))
            cursor = max(cursor, end)
        elif kind == "html_block":
            line = token.map[0] + 1 if token.map else None
            try:
                codes = ignore_codes(_comment_body(token.content), line)
            except SuppressionError as exc:
                raise InputError(path, exc.line, exc.message, SUPPRESSION_HINT) from None
            if codes is not None:
                pending_ignore = codes
            elif token.map and token.map[0] < len(lines):
                # raw HTML with text in it ("<div>...</div>"): read it as HTML, lose nothing
                base = lines.line_start(token.map[0] + 1)
                found = _html_drafts(
                    lined[base : base + len(token.content)], base, path, token.map[0]
                )
                if found and pending_ignore:
                    found[0].ignore, pending_ignore = pending_ignore, frozenset()
                drafts += found
                cursor = max(cursor, base + len(token.content))
        elif kind == "inline" and block is not None:
            if token.map and token.map[0] < len(lines):
                cursor = max(cursor, lines.line_start(token.map[0] + 1))
            main, alts, cursor = _inline(lined, cursor, token)
            if main is None:
                # images with no text around them ('![Map](map.png)' on its line): the
                # page builder writes them where their descriptions stand
                for alt in alts:
                    alt.attrs += (("standalone", "yes"),)
            if main is not None:
                main.kind, main.attrs = block, attrs
                if (
                    block is BlockKind.PARAGRAPH
                    and not main.inlines
                    and DATE_LINE.match(main.plain)
                ):
                    main.kind = BlockKind.DATELINE
            for draft in ([main] if main is not None else []) + alts:
                if pending_ignore:
                    draft.ignore, pending_ignore = pending_ignore, frozenset()
                drafts.append(draft)
            block = None
    return merged(drafts, tags) if tags else drafts


# a key whose value is read as the page's title or description (the value is taken
# apart in Python: a pattern for quotes and a trailing comment would backtrack)
_FRONT_TEXT = re.compile(r"^(title|description|summary|subtitle)[ \t]*:[ \t]*([^\n]*)$", re.M)
_TOML_TEXT = re.compile(r"^(title|description|summary|subtitle)[ \t]*=[ \t]*([^\n]*)$", re.M)
# a key, at any depth, whose value describes an image to those who cannot see it or
# under it ('image:' / '  alt: …', '- caption: …', 'cover_alt: …', 'imageAlt = "…"'):
# text of the page as an image's alt is; every other nested key is a setting
_NESTED_TEXT = (
    r"^[ \t]*(?:-[ \t]+)?((?:[A-Za-z][\w-]*[_-])?(?:alt|caption)|[A-Za-z]\w*(?:Alt|Caption))"
)
_FRONT_NESTED = re.compile(_NESTED_TEXT + r"[ \t]*:[ \t]*([^\n]*)$", re.M)
_TOML_NESTED = re.compile(_NESTED_TEXT + r"[ \t]*=[ \t]*([^\n]*)$", re.M)
# a settings line: 'key: value', a list item, a comment, an indented continuation
_SETTING_LINE = re.compile(r"[ \t]+\S.*|[ \t]*|#.*|[\w.-]+[ \t]*:.*|-[ \t].*")
# TOML: 'key = value', a '[table]' header, a comment, an array's continuation
_TOML_LINE = re.compile(r"[ \t]*|[ \t]*#.*|[ \t]*[\w.\"'-]+[ \t]*=.*|[ \t]*\[.*|[ \t]+\S.*|[\]}].*")
# a TOML table header: keys after it are the table's, not the page's
_TOML_TABLE = re.compile(r"^[ \t]*\[", re.M)


def _settings(body: str, *, toml: bool = False) -> bool:
    """Whether the lines between two '---' (or '+++') at the start are settings ('key:
    value', 'key = value', list items, comments), not a page's text between two rules
    (which is kept)."""
    lines = body.splitlines()
    line = _TOML_LINE if toml else _SETTING_LINE
    return any(("=" if toml else ":") in text for text in lines) and all(
        line.fullmatch(text) for text in lines
    )


_JSON_TEXT = re.compile(
    r'^[ \t]*"(title|description|summary|subtitle)"[ \t]*:[ \t]*"([^"\\\n]*)"', re.M
)


def json_front_matter(text: str) -> tuple[re.Match[str], dict[str, object]] | None:
    """The JSON object a page opens with as Hugo's front matter, and what it holds; None
    when the page opens with no such object (a paragraph may open with '{')."""
    found = JSON_FRONT_MATTER.match(text)
    if found is None:
        return None
    import json

    try:
        settings = json.loads(found.group().lstrip("\ufeff"))
    except ValueError:
        return None
    return (found, settings) if isinstance(settings, dict) else None


def _json_front_matter(text: str) -> tuple[int, list[Draft]] | None:
    """Where JSON front matter ends, and its title and description as META blocks (a
    value with escapes is left as settings); None when the file opens with none."""
    front = json_front_matter(text)
    if front is None:
        return None
    found, settings = front
    drafts = []
    for match in _JSON_TEXT.finditer(text, 0, found.end()):
        value = match[2].strip()
        if not value or settings.get(match[1]) != match[2]:
            continue  # a nested object's key, or no text
        start = match.start(2) + match[2].index(value)
        element = "title" if match[1] == "title" else "meta"
        drafts.append(
            Draft(
                BlockKind.META,
                value,
                start,
                Span(start, start + len(value)),
                attrs=(("element", element),),
            )
        )
    return found.end(), drafts


def _front_matter_drafts(text: str, start: int, end: int, *, toml: bool = False) -> list[Draft]:
    """The title and description of front matter as META blocks, at their offsets: a
    value plain or quoted on its line (a block scalar, an escaped or a YAML-typed value
    is left as settings; in TOML only a quoted value is a string, and only the page's
    own keys, before any '[table]')."""
    drafts = []
    own_end = end
    if toml:
        table = _TOML_TABLE.search(text, start, end)
        own_end = table.start() if table is not None else end
    for match in (_TOML_TEXT if toml else _FRONT_TEXT).finditer(text, start, own_end):
        found = _front_value(text, match, toml=toml)
        if found is not None:
            element = "title" if match[1] == "title" else "meta"
            drafts.append(Draft(BlockKind.META, *found, attrs=(("element", element),)))
    for match in (_TOML_NESTED if toml else _FRONT_NESTED).finditer(text, start, end):
        found = _front_value(text, match, toml=toml)
        if found is not None:
            # an image's text, not the page's description: the page builder gives it
            # to no image of the body
            key = "caption" if match[1].casefold().endswith("caption") else "alt"
            attrs = (("attr", key), ("element", "front matter"))
            drafts.append(Draft(BlockKind.ATTRIBUTE, *found, attrs=attrs))
    drafts.sort(key=lambda draft: draft.start)
    return drafts


def _front_value(text: str, match: re.Match[str], *, toml: bool) -> tuple[str, int, Span] | None:
    """The text of a front matter key's value, where it starts and its span (None when the
    value is no one-line string)."""
    if toml and match[2][:1] not in ("'", '"'):
        return None  # in TOML only a quoted value is a string
    found = _scalar(match[2])
    if found is None:
        return None
    value_start = match.start(2) + found[0]
    value = text[value_start : value_start + found[1]]
    return value, value_start, Span(value_start, value_start + len(value))


def _scalar(raw: str) -> tuple[int, int] | None:
    """(offset, length) of the text of a one-line YAML value, or None."""
    if raw[:1] in ("'", '"'):
        close = raw.find(raw[0], 1)
        inner = raw[1:close] if close > 1 else ""
        if not inner.strip() or "\\" in inner or raw[close + 1 :].strip()[:1] not in ("", "#"):
            return None
        return 1, len(inner)
    if not raw or raw[0] in "|>#&*!%@`[{":
        return None
    comment = raw.find(" #")
    value = (raw[:comment] if comment != -1 else raw).rstrip()
    return (0, len(value)) if value else None


def _blank(text: str) -> str:
    """``text`` as spaces, its line breaks kept (so line numbers and offsets stay)."""
    return "".join(c if c == "\n" else " " for c in text)


def _html_drafts(fragment: str, base: int, path: str, lines_before: int) -> list[Draft]:
    from prlocalize.readers.html import read_html

    try:
        read = read_html(fragment, path)
    except InputError as exc:  # its line counts from the fragment: count from the file
        if exc.line is None:
            raise
        raise InputError(exc.path, exc.line + lines_before, exc.message, exc.hint) from None
    drafts = [d for d in read if d.kind is not BlockKind.META]
    for draft in drafts:  # offsets in the fragment → offsets in the Markdown source
        draft.start += base
        draft.span = Span(draft.span.start + base, draft.span.end + base)
        if draft.source is not None:
            draft.source = draft.source.shifted(base)
    return drafts


def _refuse_truncated(tokens: list[Token], max_nesting: int, path: str) -> None:
    """markdown-it silently drops what is nested deeper than ``maxNesting``: say so instead."""
    for token, after in pairwise(tokens):
        if token.nesting == 1 and token.level >= max_nesting - 1 and after.nesting == -1:
            line = token.map[0] + 1 if token.map else None
            raise InputError(
                path, line, f"Markdown nested more than {max_nesting} levels deep cannot be read "
                "without losing text", "flatten the nesting",
            )  # fmt: skip


def _container_kind(containers: list[str]) -> BlockKind:
    if not containers:
        return BlockKind.PARAGRAPH
    return BlockKind.LIST_ITEM if containers[-1] == "list_item_open" else BlockKind.QUOTE


def _comment_body(html: str) -> str:
    html = html.strip()
    if html.startswith("<!--") and html.endswith("-->"):
        return html[4:-3]
    return ""


def _text(source: str, cursor: int, content: str, out: PlainBuilder) -> int:
    """Align a text token's ``content``; a reference link left undefined in it is a link
    with no target (so `check` says so), its brackets and label markup."""
    done = 0
    for ref in _UNDEFINED_REFERENCE.finditer(content) if "][" in content else ():
        cursor = align(source, cursor, content[done : ref.start()], out, skip_tags=False)
        opening = source.find("[", cursor)
        if opening == -1 or source[opening - 1 : opening] == "\\":
            cursor = align(source, cursor, ref.group(), out, skip_tags=False)  # escaped
        else:
            out.open("a", ())
            cursor = align(source, opening + 1, ref.group(1), out, skip_tags=False)
            out.close()
            label = source.find("[", cursor)
            close = source.find("]", label + 1) if label != -1 else -1
            cursor = close + 1 if close != -1 else cursor
        done = ref.end()
    return align(source, cursor, content[done:], out, skip_tags=False)


# a ruby's tags: a reading (<rt>) or its brackets (<rp>) opens, any end tag closes it
_RUBY_TAG = re.compile(r"<(/?)(rt|rp|ruby)\b", re.IGNORECASE)


def _inline(source: str, cursor: int, token: Token) -> tuple[Draft | None, list[Draft], int]:
    """The block's own draft (kind fixed up by the caller), its image alt drafts, the cursor."""
    out = PlainBuilder()
    extra: list[Draft] = []
    reading = False  # inside a ruby's reading (<rt>) or its brackets (<rp>)
    for child in token.children or ():
        kind = child.type
        if kind == "text" and reading:
            at = source.find(child.content, cursor)  # passed over, as the HTML reader does
            if at != -1:
                cursor = at + len(child.content)
        elif kind == "text":
            cursor = _text(source, cursor, child.content, out)
        elif kind == "code_inline":
            out.open("code")
            cursor = align(source, cursor, child.content, out, skip_tags=False)
            out.close()
        elif kind in ("softbreak", "hardbreak"):
            if kind == "hardbreak":
                out.void("br")
            newline = source.find("\n", cursor)
            if newline != -1:
                out.add(" ", newline, newline + 1)
                cursor = newline + 1
        elif kind.endswith("_open") and kind[:-5] in _INLINE_TAGS:
            tag = _INLINE_TAGS[kind[:-5]]
            link_attrs = tuple(
                (k, str(v)) for k, v in sorted(child.attrs.items()) if k in ("href", "title")
            )
            out.open(tag, link_attrs)
        elif kind.endswith("_close") and kind[:-6] in _INLINE_TAGS:
            out.close()
            if kind == "link_close":
                tail = _LINK_TAIL.match(source, cursor)
                if tail:
                    cursor = tail.end()
        elif kind == "html_inline":
            at = source.find(child.content, cursor)
            if at != -1:
                cursor = at + len(child.content)
            if ruby := _RUBY_TAG.match(child.content):
                reading = not ruby.group(1) and ruby.group(2).lower() != "ruby"
        elif kind == "image":
            alt = PlainBuilder()
            start = source.find("![", cursor)
            if start != -1:
                cursor = align(source, start + 2, child.content, alt, skip_tags=False)
                tail = _LINK_TAIL.match(source, cursor)
                if tail:
                    cursor = tail.end()
            src = str(child.attrs.get("src", ""))
            out.void("img", (("src", src),), source[cursor : cursor + 1].isspace())
            draft = alt.draft(
                BlockKind.ATTRIBUTE, attrs=(("attr", "alt"), ("element", "img"), ("src", src))
            )
            if draft is not None:
                extra.append(draft)
    return out.draft(BlockKind.PARAGRAPH), extra, cursor
