"""prlocalize.render.page_urls
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Where each page of a release is published, for its ``hreflang`` links, its canonical
URL and its ``og:url``.

Search engines want every language version of a page to list itself and every other
version, with fully-qualified URLs, and each version's canonical URL to be its own: a
translated page whose canonical names the original is taken for a duplicate of it and
dropped from the index (Google Search Central, "Tell Google about localized versions
of your page"). The URLs come from, first to last:

1. the ``page-url`` setting, a template such as
   ``https://news.example.com/{lang}/{stem}.html``;
2. what the original says of itself in its head: the other versions it already names
   (``<link rel="alternate" hreflang>``), and its own URL (canonical, else ``og:url``)
   with its language marker changed: ``/en/`` → ``/ja/``, ``en.`` → ``ja.``,
   ``?lang=en`` → ``?lang=ja``, ``news.en.html`` → ``news.ja.html``;
3. else the relative links between the pages of the build (``../ja/news.html``), and
   a translated page keeps no canonical or ``og:url`` naming the original.

URLs are known for every page or for none, so that a page never mixes the live
site's addresses with the build folder's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from prlocalize.locales import language
from prlocalize.urls import fill_page_url, localize_link


@dataclass(frozen=True)
class Declared:
    """What an HTML release's head says of where it and its other versions live."""

    url: str | None = None  # its canonical URL, else its og:url
    alternates: Mapping[str, str] = field(default_factory=dict)  # hreflang (lower) → href


@dataclass(frozen=True)
class PageUrls:
    hrefs: dict[str, str]  # every page's locale (and "x-default") → its URL
    known: bool  # URLs on the live site (else: relative links between built pages)


def published_urls(
    relative: Mapping[str, str],
    *,
    stem: str,
    source_lang: str,
    template: str | None = None,
    declared: Declared | None = None,
) -> PageUrls:
    """The URL of every page in ``relative`` (locale → the build's relative link, plus
    ``x-default``), from the template, else from what the original ``declared``."""
    locales = [locale for locale in relative if locale != "x-default"]
    declared = declared or Declared()
    if template is not None:
        urls = {locale: fill_page_url(template, locale, stem) for locale in locales}
    else:
        found = _from_declared(locales, source_lang, declared)
        if found is None:
            return PageUrls(dict(relative), False)
        urls = found
    original = next((u for loc, u in urls.items() if language(loc) == language(source_lang)), None)
    default = declared.alternates.get("x-default") if template is None else None
    if default is not None and declared.url:
        default = urljoin(declared.url, default)
    if default or original:
        urls["x-default"] = default or original or ""
    return PageUrls(urls, True)


def other_versions(declared: Declared, built: Sequence[str]) -> dict[str, str]:
    """The versions the original names that this build does not make (a French page
    of the live site): kept beside the build's own links."""
    made = {_tag(locale) for locale in built} | {language(locale) for locale in built}
    base = declared.url or ""
    return {
        hreflang: urljoin(base, href) if base else href
        for hreflang, href in declared.alternates.items()
        if hreflang not in made and hreflang != "x-default"
    }


def _from_declared(
    locales: Sequence[str], source_lang: str, declared: Declared
) -> dict[str, str] | None:
    base = declared.url
    named = {
        key: urljoin(base, href) if base else href for key, href in declared.alternates.items()
    }
    urls: dict[str, str] = {}
    for locale in locales:
        href = named.get(_tag(locale)) or named.get(language(locale))
        if href is None and base is not None:
            same = language(locale) == language(source_lang)
            href = base if same else localize_link(base, source_lang, locale)
        if href is None:
            return None
        urls[locale] = href
    return urls


def _tag(locale: str) -> str:
    return locale.replace("_", "-").lower()
