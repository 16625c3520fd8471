"""prlocalize.render.html
~~~~~~~~~~~~~~~~~~~~~~~

The HTML builder: a :class:`~prlocalize.document.Document` plus its translations
for one locale → the page published for that locale.

* HTML input: the same document, every translated segment put in its place and
  everything else kept byte for byte; ``lang`` on ``<html>`` and
  ``<link rel="alternate" hreflang>`` for the other locales (see :mod:`.inplace`).
* Text and Markdown input: a generated semantic HTML5 page (see :mod:`.page`).

Translations are looked up by ``(block.context, segment.text)`` (msgctxt, msgid)
and are untrusted (see :mod:`.sanitize`). Output is deterministic: building twice
gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from prlocalize.document import Document, Segment
from prlocalize.findings import Finding
from prlocalize.render.resolve import Resolver, Translations, Withheld

__all__ = ["RenderResult", "build_html", "render_document"]


@dataclass(frozen=True)
class RenderResult:
    html: bytes
    segments: int
    translated: int  # segments published in the target language
    missing: tuple[Segment, ...]  # no translation: the source stands in
    refused: tuple[Finding, ...]  # translations the sanitizer turned down
    withheld: tuple[Finding, ...] = ()  # error-level translation findings: source published


def render_document(
    document: Document,
    translations: Translations,
    locale: str,
    *,
    alternates: Mapping[str, str] | None = None,
    places: Mapping[str, str] | None = None,
    withheld: Withheld | None = None,
    any_target: frozenset[tuple[str | None, str]] = frozenset(),
    page_url: str | None = None,
) -> RenderResult:
    """Build ``document``'s page for ``locale`` and say what was translated.

    ``alternates`` maps each locale (and ``"x-default"``) to the URL of its page;
    the page links to every one but its own, and a translated page links visibly to
    the original (``alternates[document.lang]``) in a note that says how much of it
    is translated. ``places`` localises the place of a dateline (the glossary's
    places, source form → approved form); ``withheld`` names translations that must
    not be published (error-level PR4xx findings): the source stands in for them;
    ``any_target`` names the entries whose catalog suppresses PR406, so that their
    links may point anywhere `check` lets them (never at a script). ``page_url``, a
    template of the pages' URLs on the live site (``https://…/{lang}/{stem}.html``),
    makes those links absolute and gives each page its canonical URL (see
    :mod:`.page_urls`).
    """
    resolver = Resolver(
        document, translations, locale, places=places, withheld=withheld, any_target=any_target
    )
    alternates = alternates or {}
    if document.format == "html":
        from prlocalize.render.inplace import build_in_place

        data = build_in_place(document, resolver, locale, alternates, page_url)
    else:
        from prlocalize.render.page import PageBuilder

        data = PageBuilder(document, resolver, locale, alternates, page_url).build()
    result = resolver.result
    return RenderResult(
        html=data,
        segments=sum(len(block.segments) for block in document.blocks),
        translated=result.translated,
        missing=tuple(result.missing),
        refused=tuple(result.refused),
        withheld=tuple(result.withheld),
    )


def build_html(
    document: Document,
    translations: Translations,
    locale: str,
    *,
    alternates: Mapping[str, str] | None = None,
) -> bytes:
    """The page for ``locale`` as UTF-8 bytes (see :func:`render_document`)."""
    return render_document(document, translations, locale, alternates=alternates).html
