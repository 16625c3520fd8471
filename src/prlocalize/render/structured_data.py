"""prlocalize.render.structured_data
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A translated page's structured data (``<script type="application/ld+json">``, the
NewsArticle or PressRelease search engines read): its ``inLanguage`` is the page's
language, a text field that says exactly what a translated sentence of the page says
(``headline`` is usually the ``<h1>``) says it in the page's language, and its own
address (``url``, ``mainEntityOfPage``, ``@id``) is the page's when that is known.
Everything else (dates, names, images, the publisher) stays as written.

The block is written again only when something changed, as JSON in which ``<`` is
escaped (``\\u003c``): a translation can never close the script element.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# the schema.org text properties a release's sentences appear in
_TEXT_KEYS = frozenset(
    {"headline", "alternativeHeadline", "description", "abstract", "name", "caption"}
)
_ADDRESS_KEYS = frozenset({"url", "mainEntityOfPage", "@id"})
_SPACE = re.compile(r"\s+")


def localise_json_ld(
    raw: str,
    *,
    locale: str,
    source_lang: str,
    sentences: Mapping[str, str],
    addresses: Mapping[str, str],
) -> str | None:
    """``raw`` (a script element's JSON) for the page in ``locale``, or None when it is
    not JSON or nothing in it changes. ``sentences``: the page's source sentences
    (spaces collapsed) → their published translations; ``addresses``: the original's
    URL → this page's."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None  # not ours to mend: published as written
    changed = _walk(data, locale, source_lang, sentences, addresses)
    if not changed:
        return None
    text = json.dumps(data, ensure_ascii=False, indent=2 if "\n" in raw.strip() else None)
    lead = raw[: len(raw) - len(raw.lstrip())]
    tail = raw[len(raw.rstrip()) :]
    return lead + text.replace("<", "\\u003c") + tail


def _walk(
    node: Any,
    locale: str,
    source_lang: str,
    sentences: Mapping[str, str],
    addresses: Mapping[str, str],
) -> bool:
    changed = False
    if isinstance(node, list):
        for item in node:
            changed |= _walk(item, locale, source_lang, sentences, addresses)
        return changed
    if not isinstance(node, dict):
        return False
    for key, value in node.items():
        new = value
        if isinstance(value, str):
            if key == "inLanguage" and _language(value) == _language(source_lang):
                new = locale.replace("_", "-")
            elif key in _TEXT_KEYS:
                new = sentences.get(_SPACE.sub(" ", value).strip(), value)
            elif key in _ADDRESS_KEYS:
                new = addresses.get(value, value)
        else:
            changed |= _walk(value, locale, source_lang, sentences, addresses)
        if new != value:
            node[key] = new
            changed = True
    return changed


def _language(code: str) -> str:
    return code.replace("_", "-").split("-")[0].lower()
