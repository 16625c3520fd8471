"""Markdown syntax of site generators and docs platforms that CommonMark reads as text.

A heading's anchor (``## Key figures {#figures}``, Hugo, kramdown, Pandoc), MDX's
``import``/``export`` lines (Docusaurus, Astro), a container's fences (``:::tip Title``
… ``:::``, Docusaurus, VitePress), an admonition's marker (``!!! note "Title"``, MkDocs)
and a footnote definition's label (``[^1]: …``) are the
site's markup: a translator must not be offered them, a rule must not read them as prose,
and a built page must not show them. The reader parses a copy of the release with them
blanked out (same length, so offsets stay); a container's title, which a reader of the
page sees, becomes an attribute block as a shortcode's caption does.

A footnote's label is blanked for another reason too: CommonMark takes '[^1]: 詳細は…'
(a destination without a space, as Japanese and Korean text is) for a link reference
definition, so the note's text vanished and every '[^1]' became a link to it.
"""

from __future__ import annotations

import re

from prlocalize.document import BlockKind, Span
from prlocalize.readers._build import Draft

# the tail of an ATX heading: '{#id}', '{#id .class key=value}', kramdown's '{: #id}'
_ANCHOR = re.compile(r"[ \t]+\{:?[ \t]*#[\w:.-]+(?:[ \t]+[^{}\n]*)?\}[ \t]*")
_ANCHOR_ID = re.compile(r"#([\w:.-]+)")
_HEADING = re.compile(r" {0,3}#{1,6}[ \t]")
_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})")
# ':::tip', ':::note Title', ':::tip[Title]', ':::' (a container's closing)
_CONTAINER = re.compile(r" {0,3}:{3,}[ \t]*(?:([A-Za-z][\w-]*)[ \t]*(.*))?")
# MkDocs' (Python-Markdown's) admonition and collapsible block: '!!! note "Title"',
# '??? tip', '???+ warning ""'; its text is indented by four below it
_ADMONITION = re.compile(r"(?:!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)(?:[ \t]+(\"[^\"\n]*\"))?[ \t]*")
# a footnote definition's label: '[^1]:', '[^note]:'
_FOOTNOTE = re.compile(r" {0,3}\[\^[^\]\s]{1,100}\]:")
# MDX: 'import X from "…"', "import '…'", 'export const meta = …'
_IMPORT = re.compile(r"import[ \t]+(?:[\w*{}, \t$]+?[ \t]+from[ \t]+)?(['\"])[^'\"\n]+\1;?[ \t]*")
_EXPORT = re.compile(r"export[ \t]+(?:const|let|var|function|default|\{)")
# lines that may hold any of these, found with one search before any line is looked at
_ANY = re.compile(r"\{:?[ \t]*#|:::|\[\^|^import[ \t]|^export[ \t]|^!!!|^\?\?\?", re.M)


def site_syntax(text: str) -> tuple[str, list[Draft]]:
    """``text`` with site-generator syntax blanked out, and the drafts of containers' titles.

    An admonition's text is indented as a code block is: a release that has one is
    to be parsed with indented code off (:func:`indented_text`)."""
    if _ANY.search(text) is None:
        return text, []
    drafts: list[Draft] = []
    out: list[str] = []
    fence: str | None = None  # the opening of the code block the line is in
    at = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        opening = _FENCE.match(body)
        if fence is not None:
            if opening is not None and opening.group().strip().startswith(fence):
                fence = None
            out.append(line)
        elif opening is not None:
            fence = opening.group().strip()[:3]
            out.append(line)
        else:
            out.append(_blank_line(line, body, at, drafts))
        at += len(line)
    return "".join(out), drafts


def heading_anchor(line: str) -> str | None:
    """The id an ATX heading's line gives its heading ('## Figures {#figures}'), or None."""
    body = line.rstrip("\r")
    found = _anchor_start(body)
    if found is None:
        return None
    match = _ANCHOR_ID.search(body, found)
    return match[1] if match is not None else None


def _anchor_start(body: str) -> int | None:
    """Where an ATX heading's trailing anchor ('{#id}') starts, with its spaces, or None."""
    if not _HEADING.match(body) or "{" not in body:
        return None
    start = brace = body.rfind("{")
    while start > 0 and body[start - 1] in " \t":
        start -= 1
    return start if start < brace and _ANCHOR.fullmatch(body, start) else None


def _blank_line(line: str, body: str, at: int, drafts: list[Draft]) -> str:
    """The line with its site syntax as spaces; a container's title added to ``drafts``."""
    if (anchor := _anchor_start(body)) is not None:
        return _spaces(line, anchor, len(body))
    if (footnote := _FOOTNOTE.match(body)) is not None:
        # no-break spaces, which a paragraph's text is stripped of: spaces would indent
        # the note's text by four or more, and CommonMark would read it as code
        start = footnote.end() - len(footnote.group().lstrip(" "))
        return line[:start] + "\u00a0" * (footnote.end() - start) + line[footnote.end() :]
    container: re.Match[str] | None = None
    if body[:1] in "!?":
        container = _ADMONITION.fullmatch(body)
    elif body.lstrip(" ").startswith(":::"):
        container = _CONTAINER.fullmatch(body)
    if container is not None:
        if container[2] and (title := _title(body, container.start(2), container.end(2))):
            start, end = title
            drafts.append(
                Draft(
                    BlockKind.ATTRIBUTE,
                    body[start:end],
                    at + start,
                    Span(at + start, at + end),
                    attrs=(("attr", "title"), ("shortcode", container[1])),
                )
            )
        return _spaces(line, 0, len(body))
    if _IMPORT.fullmatch(body) or _EXPORT.match(body):
        return _spaces(line, 0, len(body))
    return line


def _title(body: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a container's title is: 'Title', '[Title]' or '"Title"' after its type."""
    while end > start and body[end - 1] in " \t":
        end -= 1
    if end - start >= 2 and (body[start], body[end - 1]) in (("[", "]"), ('"', '"')):
        start, end = start + 1, end - 1
    while start < end and body[start] in " \t":
        start += 1
    if start >= end or body[start] == "{":  # '{title="…"}' attributes: left as they are
        return None
    return start, end


def indented_text(text: str) -> bool:
    """Whether ``text`` (a release) holds an admonition, whose text is indented by four."""
    for start in _ADMONITION_START.finditer(text):
        end = text.find("\n", start.start())
        line = text[start.start() : end if end != -1 else len(text)].rstrip("\r")
        if _ADMONITION.fullmatch(line):
            return True
    return False


_ADMONITION_START = re.compile(r"^(?:!!!|\?\?\?)", re.M)


def _spaces(line: str, start: int, end: int) -> str:
    return line[:start] + " " * (end - start) + line[end:]
