"""prlocalize.align.sitemaps
~~~~~~~~~~~~~~~~~~~~~~~~~~

The other-language versions a site's sitemap names. A multilingual site's
``sitemap.xml`` gives each page's translations as ``<xhtml:link rel="alternate"
hreflang="ja" href="…">`` beside its ``<loc>`` (what search engines are told instead of
a link in each page's head); saved beside the site's pages, it says which page is which
release's translation where the pages themselves name none and each language names
its pages by its own slug. :func:`sitemap_alternates` reads every sitemap of an
archive into the archive pages each page's entry names.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from prlocalize.align.links import resolve

_MAX_BYTES = 50 * 1024 * 1024  # the sitemaps protocol's limit for one file
_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
_XHTML_NS = "http://www.w3.org/1999/xhtml"


def sitemap_alternates(root: Path, files: Mapping[str, Path]) -> dict[str, list[str]]:
    """Archive page (posix path relative to ``root``) → the archive pages its sitemap
    entry names as its alternates, in the sitemap's order, for every sitemap below
    ``root`` (an XML file whose root element is a sitemap's ``urlset``; hidden folders
    are skipped). Addresses are matched to saved pages as a page's links are (see
    :func:`prlocalize.align.links.resolve`)."""
    found: dict[str, list[str]] = {}
    for sitemap in _sitemaps(root):
        where = sitemap.relative_to(root).as_posix()
        for loc, hrefs in _entries(sitemap):
            page = resolve(loc, where, files)
            if page is None:
                continue
            named = found.setdefault(page, [])
            for href in hrefs:
                other = resolve(href, where, files)
                if other is not None and other != page and other not in named:
                    named.append(other)
    return {page: named for page, named in found.items() if named}


def _sitemaps(root: Path) -> Iterator[Path]:
    from lxml import etree

    for path in sorted(root.rglob("*.xml")):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not path.is_file():
            continue
        try:
            if path.stat().st_size > _MAX_BYTES:
                continue
            for _event, element in etree.iterparse(
                str(path), events=("start",), resolve_entities=False, no_network=True
            ):
                if etree.QName(element).localname == "urlset":
                    yield path
                break
        except (etree.XMLSyntaxError, OSError):
            continue


def _entries(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(loc, alternate hrefs) of each ``<url>`` of the sitemap at ``path``."""
    from lxml import etree

    try:
        for _event, url in etree.iterparse(
            str(path),
            events=("end",),
            tag=f"{{{_SITEMAP_NS}}}url",
            resolve_entities=False,
            no_network=True,
        ):
            loc = url.findtext(f"{{{_SITEMAP_NS}}}loc")
            hrefs = [
                link.get("href", "")
                for link in url.iter(f"{{{_XHTML_NS}}}link")
                if "alternate" in link.get("rel", "").split()
                and link.get("hreflang")
                and link.get("href")
            ]
            url.clear()
            if loc and loc.strip() and hrefs:
                yield loc.strip(), hrefs
    except (etree.XMLSyntaxError, OSError):
        return
