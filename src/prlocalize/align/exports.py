"""prlocalize.align.exports
~~~~~~~~~~~~~~~~~~~~~~~~~

Releases a CMS keeps in one export file, each version an item that says its language
and which release it translates:

* a WordPress export (WXR, ``<rss>`` with ``wp:`` elements): Polylang gives each post
  a ``<category domain="language">`` and a ``<category domain="post_translations">``
  shared by its versions; WPML's export gives them as post meta
  (``_wpml_import_language_code``, ``_wpml_import_translation_group``);
* a headless CMS's JSON export: a list of entries (at the top or under a key such as
  ``entries``, ``data``, ``items``), each with its ``locale`` (``lang``, ``language``),
  its text (``body``, ``content``, ``html``, ``text``) and the entry it translates
  (``translationOf``, ``translation_of``, ``sourceId``) or its ``localizations``.

:func:`read_export` gives each version as an :class:`Exported` item: its release, its
language, and its page (the title as a heading, then the body as HTML), with the lines
of the export file. Newswire feeds (RSS, Atom) hold one language each and name no
translation: :func:`export_kind` only says what such a file is, so that ``align`` can
say it was not read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from prlocalize.glossary.values import normalise_locale

EXPORT_SUFFIXES = (".xml", ".json", ".rss", ".atom")
_MAX_BYTES = 64 * 1024 * 1024  # a site's whole export, not one release
_WP_NS = re.compile(r"^http://wordpress\.org/export/")
_BLOCK_TAG = re.compile(r"<(?:p|h[1-6]|li|div|table|br)\b", re.IGNORECASE)
_BLANK_LINES = re.compile(r"(\n[ \t]*\n)")


@dataclass(frozen=True, slots=True)
class Exported:
    key: str  # the item's id in the export
    release: str  # the id its versions share
    lang: str
    html: str  # the page: its title as a heading, then its body
    line: int  # the export's line its body starts on


def export_kind(path: Path) -> str | None:
    """What an export or feed file is ('a WordPress export', 'an RSS feed', 'an Atom
    feed', 'a CMS export'), or None for any other file."""
    if path.suffix.lower() not in EXPORT_SUFFIXES:
        return None
    if path.suffix.lower() == ".json":
        return "a CMS export" if _json_entries(path) else None
    root = _xml_root(path)
    if root is None:
        return None
    name, namespaces = root
    if name == "rss":
        return "a WordPress export" if any(_WP_NS.match(n) for n in namespaces) else "an RSS feed"
    if name == "feed":
        return "an Atom feed"
    return None


def read_export(path: Path) -> list[Exported]:
    """The release versions a CMS export holds (an empty list for a feed or any other
    file, or an item without a language)."""
    kind = export_kind(path)
    if kind == "a WordPress export":
        return _wxr_items(path)
    if kind == "a CMS export":
        return _json_items(path)
    return []


def _xml_root(path: Path) -> tuple[str, list[str]] | None:
    """The root element's local name and the namespaces declared on it."""
    from lxml import etree

    try:
        if path.stat().st_size > _MAX_BYTES:
            return None
        for _event, element in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, no_network=True
        ):
            return etree.QName(element).localname, [n for n in element.nsmap.values() if n]
    except (etree.XMLSyntaxError, OSError):
        return None
    return None


def _page(title: str, title_line: int, body: str, line: int) -> str:
    """The version as a page whose title and body stand on their lines of the export
    (``title_line``, ``line``), so that the lines aligned point into the export. A body
    without block tags (WordPress's classic editor keeps paragraphs apart by blank
    lines) gets a paragraph each."""
    if not _BLOCK_TAG.search(body):  # (the blank lines kept: each line stays the export's)
        parts = _BLANK_LINES.split(body)
        body = "".join(f"<p>{part}</p>" if part.strip() else part for part in parts)
    if not title.strip():
        return "\n" * max(line - 1, 0) + body
    title_line = min(max(title_line, 1), max(line, 1))
    heading = "\n" * (title_line - 1) + f"<h1>{_escape(title)}</h1>"
    return heading + "\n" * max(line - title_line, 0) + body


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def _language(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    locale = normalise_locale(value.strip())
    return locale.partition("_")[0] if locale else None


# ------------------------------------------------------------------ WordPress (WXR)


def _wxr_items(path: Path) -> list[Exported]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (etree.XMLSyntaxError, OSError):
        return []
    found = []
    for item in root.iter("item"):
        fields = {etree.QName(child).localname: child for child in item}
        content = next(
            (c for c in item if etree.QName(c).localname == "encoded" and "content" in c.tag),
            None,
        )
        key = (fields["post_id"].text or "").strip() if "post_id" in fields else ""
        if content is None or not (content.text or "").strip() or not key:
            continue
        lang, group = _wxr_language(item)
        if lang is None:
            continue
        title = fields["title"].text or "" if "title" in fields else ""
        title_line = fields["title"].sourceline or 1 if "title" in fields else 1
        line = content.sourceline or 1
        page = _page(title, title_line, content.text or "", line)
        found.append(Exported(key, group or key, lang, page, line))
    return found


def _wxr_language(item: object) -> tuple[str | None, str | None]:
    """(language, translation group) of a WXR item: Polylang's categories, or WPML's
    post meta."""
    from lxml import etree

    assert isinstance(item, etree._Element)
    lang = group = None
    for category in item.iter("category"):
        domain = category.get("domain")
        if domain == "language":
            lang = _language(category.get("nicename"))
        elif domain == "post_translations":
            group = category.get("nicename")
    for meta in item:
        if etree.QName(meta).localname != "postmeta":
            continue
        values = {etree.QName(c).localname: (c.text or "").strip() for c in meta}
        name, value = values.get("meta_key", ""), values.get("meta_value", "")
        if name in ("_wpml_import_language_code", "_wpml_language") and lang is None:
            lang = _language(value)
        elif name == "_wpml_import_translation_group" and value:
            group = f"wpml-{value}"
    return lang, group


# ------------------------------------------------------------------ headless CMS (JSON)

_LANG_FIELDS = ("locale", "lang", "language")
_TEXT_FIELDS = ("body", "content", "html", "text")
_TITLE_FIELDS = ("title", "headline", "name")
_ID_FIELDS = ("id", "_id", "uid", "documentId")
_ORIGINAL_FIELDS = ("translationOf", "translation_of", "sourceId", "source_id", "original")


def _json_entries(path: Path) -> list[dict[str, object]]:
    """The entries of a JSON export: a list of objects that give a language and a text,
    at the top or under one key."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            return []
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    lists = [data] if isinstance(data, list) else []
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
    for entries in lists:
        objects = [e for e in entries if isinstance(e, dict)]
        if objects and all(_field(e, _LANG_FIELDS) and _field(e, _TEXT_FIELDS) for e in objects):
            return objects
    return []


def _field(entry: dict[str, object], names: tuple[str, ...]) -> object:
    return next((entry[name] for name in names if entry.get(name) not in (None, "")), None)


def _json_items(path: Path) -> list[Exported]:
    text = path.read_text(encoding="utf-8-sig")
    found = []
    at = 0
    for entry in _json_entries(path):
        key = str(_field(entry, _ID_FIELDS) or "")
        lang = _language(_field(entry, _LANG_FIELDS))
        body = _field(entry, _TEXT_FIELDS)
        if not key or lang is None or not isinstance(body, str):
            continue
        original = _field(entry, _ORIGINAL_FIELDS)
        if isinstance(original, dict):  # {"id": …} of a linked entry
            original = _field(original, _ID_FIELDS)
        release = str(original) if original not in (None, "") else _localised_group(entry, key)
        # the lines of the entry's title and text: the first after the last entry's
        title = str(_field(entry, _TITLE_FIELDS) or "")
        title_at = _line_start(text, title, at) if title else at
        at = _line_start(text, body, at)
        line = text.count("\n", 0, at) + 1
        title_line = text.count("\n", 0, title_at) + 1
        page = _page(title, title_line, body, line)
        found.append(Exported(key, release, lang, page, line))
    return found


def _localised_group(entry: dict[str, object], key: str) -> str:
    """Strapi's ``localizations`` (the other versions, each with its id): the versions
    share the smallest id among them; else the entry is its own release."""
    others = entry.get("localizations")
    if isinstance(others, dict):  # Strapi 4's {"data": [...]}
        others = others.get("data")
    ids = [key]
    if isinstance(others, list):
        ids += [str(o.get("id")) for o in others if isinstance(o, dict) and o.get("id") is not None]
    return min(ids, key=lambda i: (len(i), i))


def _line_start(text: str, body: str, after: int) -> int:
    """Where ``body``'s JSON string starts in the export's ``text``, from ``after`` on."""
    for encoded in (json.dumps(body, ensure_ascii=False), json.dumps(body)):
        found = text.find(encoded[:60], after)
        if found >= 0:
            return found
    return after
