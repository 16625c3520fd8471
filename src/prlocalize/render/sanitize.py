"""prlocalize.render.sanitize
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Translations are untrusted input: anyone who can edit a PO file (or any machine
translation engine) writes into the published page. A msgstr is let through only
in the shape of its source segment:

* a segment without inline markup is plain text: the msgstr is escaped, and one
  that carries HTML tags or a ``javascript:`` URL the source did not have is
  refused (it is either an attack or a broken translation);
* a segment with inline markup admits exactly the source's inline elements, each
  with exactly the attributes one of the source's elements of that tag had (so a
  link keeps its target). Anything else — ``<script>``, ``onclick``, a changed or
  ``javascript:`` ``href``, a comment — refuses the whole msgstr;
* a direction override, embedding or isolate (U+202A–U+202E, U+2066–U+2069) that the
  source does not have, in text of no right-to-left script, refuses it too: it makes a
  browser show the words in another order than they are stored ('Trojan Source'), so a
  reader, a reviewer's diff and a search each see a different sentence;
* the other invisible characters a paste brings (a zero-width space, a soft hyphen, a
  byte order mark, a direction mark: those PR412 reports) are left out of the page
  where the source does not have them, so that a published name is found by a search.

A refused msgstr is never partially published: the caller falls back to the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape

from lxml import etree
from lxml import html as lxml_html

from prlocalize.document import Segment
from prlocalize.invisible import direction_controls, invisible_replacement, stray_invisibles
from prlocalize.render.escaping import control_character, escape_text
from prlocalize.urls import localized_link

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_DANGEROUS_SCHEME = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
_SCHEME_IN_TEXT = re.compile(r"(?:javascript|vbscript)\s*:", re.IGNORECASE)
_URL_ATTRS = frozenset({"href", "src", "action", "formaction", "xlink:href", "srcset"})


@dataclass(frozen=True, slots=True)
class SafeFragment:
    """A msgstr that passed: ``html`` is safe to place where the source segment was."""

    html: str  # serialised, escaped HTML (plain text escaped, allowed tags kept)
    text: str  # the words only, for titles and attributes


@dataclass(frozen=True, slots=True)
class Refusal:
    """A msgstr that must not be published, and why (shown to the translator)."""

    reason: str


def sanitize(
    segment: Segment, msgstr: str, *, locale: str | None = None, any_target: bool = False
) -> SafeFragment | Refusal:
    """Check ``msgstr`` against ``segment`` and return it made safe, or a :class:`Refusal`.

    A link may point where the source's does, or to the same page in ``locale``'s
    language on the same site (``/en/`` → ``/ja/``, ``?lang=ja``); with ``any_target``
    (the catalog suppresses PR406 for this entry) to any other address that is not a
    script. Elements, event handlers and script URLs are never negotiable.
    """
    control = control_character(msgstr)
    if control is not None:  # (a PO file or an MT answer can hold \v, \f, \x01 …)
        return Refusal(f"control character U+{ord(control[1]):04X} in the translation")
    if not msgstr.isascii():
        added = direction_controls(msgstr) - set(segment.text)
        if added:
            first = next(char for char in msgstr if char in added)
            return Refusal(
                f"direction control U+{ord(first):04X} that the source does not have "
                "(it shows the words in another order than they are written)"
            )
        msgstr = _without_stray_invisibles(segment.text, msgstr)
    if not segment.inlines:
        return _sanitize_plain(segment.text, msgstr)
    return _sanitize_markup(segment, msgstr, locale, any_target)


def _without_stray_invisibles(source: str, msgstr: str) -> str:
    """``msgstr`` without the invisible characters PR412 reports that ``source`` does
    not have (a line separator between spaced words becomes a space)."""
    runs = list(stray_invisibles(msgstr))
    if not runs:
        return msgstr
    parts: list[str] = []
    last = 0
    for start, end in runs:
        run = msgstr[start:end]
        parts.append(msgstr[last:start])
        if all(char in source for char in run):
            parts.append(run)  # the source's own (a soft hyphen it breaks a word at)
        else:
            parts.append(invisible_replacement(msgstr, start, end))
        last = end
    parts.append(msgstr[last:])
    return "".join(parts)


def _known_tags() -> frozenset[str]:
    from lxml.html import defs

    return frozenset(defs.tags)


_KNOWN_TAGS = _known_tags()


# a character reference: "&amp;", "&nbsp;", "&#12539;", "&#x30FB;"
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _references_decoded(source: str, msgstr: str) -> str:
    """``msgstr`` with the character references its source does not write decoded.

    Translators see markup in the msgids of an HTML release and write "&amp;" or
    "&nbsp;" in any msgstr, as they would in HTML; in a sentence without markup that was
    escaped again and published as the text "&amp;". A reference the source itself
    writes is text the sentence is about, and stays."""
    if "&" not in msgstr:
        return msgstr
    return _CHAR_REF.sub(lambda m: m[0] if m[0] in source else unescape(m[0]), msgstr)


def _sanitize_plain(source: str, msgstr: str) -> SafeFragment | Refusal:
    if "<" in msgstr:  # (most translations have no tag at all)
        source_lower = source.lower()
        for match in _TAG.finditer(msgstr):
            name = match.group(1).lower()
            # "<Japan>" in a roster heading is text; "<script" or "<img" is markup
            if name in _KNOWN_TAGS and match.group(0).lower() not in source_lower:
                return Refusal(f"markup <{name}> in a translation of plain text")
    # (a script URL needs its colon; most translations have none, and the case-insensitive
    # pattern would otherwise be tried at every position)
    if ":" in msgstr and _SCHEME_IN_TEXT.search(msgstr) and not _SCHEME_IN_TEXT.search(source):
        return Refusal("script URL in a translation of plain text")
    # decoded as the markup of a linked sentence is: what it decodes to is text, escaped
    # again (a reference to a control character decodes to nothing, as in a browser)
    msgstr = _references_decoded(source, msgstr)
    # element content: '<' and '&' escaped, quotes left as they are (an attribute's value
    # is written from the text, quoted and escaped, by escaping.attribute)
    return SafeFragment(escape_text(msgstr), msgstr)


def _allowed(segment: Segment) -> dict[str, set[frozenset[tuple[str, str]]]]:
    allowed: dict[str, set[frozenset[tuple[str, str]]]] = {}
    for inline in segment.inlines:
        allowed.setdefault(inline.tag.lower(), set()).add(_untitled(inline.attrs))
    return allowed


def _untitled(attrs: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The attributes with a title's text left out: a title (a link's tooltip, written in
    a Markdown link's markup) is text the translator translates; that it has one stays."""
    return frozenset((k, "" if k == "title" else v) for k, v in attrs)


def _sanitize_markup(
    segment: Segment, msgstr: str, locale: str | None, any_target: bool
) -> SafeFragment | Refusal:
    allowed = _allowed(segment)
    for match in _TAG.finditer(msgstr):
        name = match.group(1).lower()
        # caught before parsing: the HTML parser would silently drop <html>, <body onload>
        if name in _KNOWN_TAGS and name not in allowed:
            return Refusal(f"element <{name}> that the source segment does not have")
    try:
        root = lxml_html.fragment_fromstring(msgstr, create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        return Refusal(f"translation is not well-formed markup ({exc})")
    for node in root.iterdescendants():
        if not isinstance(node.tag, str):  # comment or processing instruction
            return Refusal("comment or processing instruction in a translation")
        tag = node.tag.lower()
        attrs = {str(k).lower(): str(v) for k, v in node.attrib.items()}
        for name, value in attrs.items():
            if name.startswith("on"):
                return Refusal(f"event handler '{name}' on <{tag}>")
            if name in _URL_ATTRS and _DANGEROUS_SCHEME.match(value):
                return Refusal(f"script URL in '{name}' of <{tag}>")
        if tag not in allowed:
            return Refusal(f"element <{tag}> that the source segment does not have")
        if _untitled(attrs.items()) not in allowed[tag]:
            if _link_accepted(attrs, allowed[tag], locale, any_target):
                continue
            known_hrefs = {dict(a).get("href") for a in allowed[tag]}
            if "href" in attrs and attrs["href"] not in known_hrefs:
                return Refusal(f"link target '{attrs['href']}' differs from the source")
            return Refusal(f"attributes of <{tag}> differ from the source")
    return SafeFragment(_inner_html(root), root.text_content())


def _link_accepted(
    attrs: dict[str, str],
    allowed: set[frozenset[tuple[str, str]]],
    locale: str | None,
    any_target: bool,
) -> bool:
    """A link whose only change is its target: localised, or let through by the catalog."""
    if "href" not in attrs:
        return False
    rest = frozenset((k, v) for k, v in _untitled(attrs.items()) if k != "href")
    for known in allowed:  # (titles already without their text)
        source = dict(known)
        if "href" not in source or frozenset((k, v) for k, v in known if k != "href") != rest:
            continue
        if any_target:
            return True
        if locale is not None and localized_link(source["href"], attrs["href"], locale):
            return True
    return False


def _inner_html(root: lxml_html.HtmlElement) -> str:
    parts = [escape_text(root.text or "")]
    for child in root:
        parts.append(etree.tostring(child, encoding="unicode", method="html", with_tail=True))
    return "".join(parts)
