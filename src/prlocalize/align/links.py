"""prlocalize.align.links
~~~~~~~~~~~~~~~~~~~~~~~

The other-language version a web page links to. A site saved to disk often names a
release's versions differently in each language (``press/2024/20240422001.html`` and
``english/press/2024/0422_001.html``), but each page says where its translation is: a
``<link rel="alternate" hreflang="en">`` in its head, or a language switch
(``<a href="…">English</a>``, ``<a hreflang="ja">``). :func:`linked_versions` reads
those links and keeps the ones that lead, one to one, to another page of the archive.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MAX_BYTES = 2 * 1024 * 1024

# an <a> with its text, a <link>, either with its attributes; a page is read as text:
# only these tags matter, and a broken page must not stop an archive
# (an anchor's text is read up to 300 characters: a switch is short, and a page of
# unclosed anchors must not cost a scan to its end from each one)
_ANCHOR = re.compile(r"<a\b([^>]*)>(.{0,300}?)</a\s*>", re.IGNORECASE | re.DOTALL)
_LINK = re.compile(r"<link\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""(?<![\w:-])([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_MARKUP = re.compile(r"<[^>]*>")
# what a language switch says around the language's name ("English version", "英語版",
# "영문 보기", "[EN]", "日本語ページ")
_DECORATION = re.compile(
    r"^[\s\[(（【]*|[\s\])）】]*$|\s*(?:version|site|page|ver\.?)$|(?:版|ページ|サイト|페이지|보기)$",
    re.IGNORECASE,
)
_SWITCH_WORDS = frozenset(
    {
        *("en", "eng", "english", "英語", "英文", "영어", "영문"),
        *("ja", "jp", "japanese", "日本語", "和文", "일본어", "일문"),
        *("ko", "kr", "korean", "韓国語", "한국어", "국문", "한글"),
        *("zh", "cn", "chinese", "中文", "中国語", "중국어", "简体中文", "繁體中文"),
    }
)


def switch_targets(text: str) -> list[str]:
    """The hrefs of ``text``'s alternates and language switches, in page order."""
    found: list[tuple[int, str]] = []
    for match in _LINK.finditer(text):
        attributes = _attributes(match[1])
        rel = attributes.get("rel", "").casefold().split()
        if "alternate" in rel and attributes.get("hreflang") and attributes.get("href"):
            found.append((match.start(), attributes["href"]))
    for match in _ANCHOR.finditer(text):
        attributes = _attributes(match[1])
        href = attributes.get("href")
        if not href:
            continue
        if attributes.get("hreflang") or _says_a_language(match[2]):
            found.append((match.start(), href))
    return [href for _, href in sorted(found)]


def _attributes(raw: str) -> dict[str, str]:
    import html

    return {
        m[1].casefold(): html.unescape(next(v for v in m.groups()[1:] if v is not None))
        for m in _ATTRIBUTE.finditer(raw)
    }


def _says_a_language(inner: str) -> bool:
    import html

    words = html.unescape(_MARKUP.sub(" ", inner)).strip()
    if not words or len(words) > 40:
        return False
    previous = None
    while previous != words:  # "[English version]": brackets, then the word "version"
        previous, words = words, _DECORATION.sub("", words).strip()
    return words.casefold() in _SWITCH_WORDS


def resolve(href: str, page: str, files: Mapping[str, Path]) -> str | None:
    """The archive file (its path relative to the archive, posix) ``href`` on the page
    at ``page`` points to, or None. A site-absolute or full URL is matched by the
    longest end of its path that names a file of the archive (the archive may be any
    folder of the site, or hold the site in a folder of its own, as ``wget -m`` saves
    it under the host's name), and never by its file name alone. A path without a
    suffix is also the page saved with one (``wget -E``: ``/ja/press/launch`` as
    ``ja/press/launch.html``). A full URL looks first in its host's folder: a site
    whose languages are subdomains is saved as ``ja.example.com/…`` beside
    ``www.example.com/…``, the same path in each."""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("", "http", "https"):
        return None
    path = unquote(parts.path)
    if not path:
        return None
    if path.endswith("/"):
        path += "index.html"
    if parts.scheme or parts.netloc or path.startswith("/"):
        pieces = [p for p in path.split("/") if p]
        roots = _site_roots(page)
        host = parts.hostname
        if host:  # 'https://ja.example.com/news/…' from www.example.com's page
            for candidate in _saved_as("/".join([host, *pieces])):
                for root in roots:
                    if root + candidate in files:
                        return root + candidate
        for start in range(len(pieces) - 1 if len(pieces) > 1 else 1):
            for candidate in _saved_as("/".join(pieces[start:])):
                for root in roots:
                    if root + candidate in files:
                        return root + candidate
        return None
    candidate = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    return next((name for name in _saved_as(candidate) if name in files), None)


def _site_roots(page: str) -> list[str]:
    """The folders of ``page``'s path the site it belongs to may be saved in, the
    archive's own first ('', 'mirror/', 'mirror/www.example.com/', ...)."""
    folders = page.split("/")[:-1]
    return ["".join(f"{folder}/" for folder in folders[:i]) for i in range(len(folders) + 1)]


def _saved_as(path: str) -> list[str]:
    """``path`` and, when its last part has no suffix, the names a saved page has."""
    if "." in path.rpartition("/")[2]:
        return [path]
    return [path, *(path + suffix for suffix in HTML_SUFFIXES)]


def linked_versions(
    pages: Iterable[str],
    files: Mapping[str, Path],
    read: Mapping[str, str] | None = None,
    alternates: Mapping[str, list[str]] | None = None,
) -> list[tuple[str, str]]:
    """(page, a page it names as its other-language version) for ``pages`` (archive
    paths of HTML pages, posix): each page's first switch that leads to another file of
    ``files`` that no other page's first switch leads to (a switch to a site's home page
    is on every page: it names no version), and every pair of pages whose switches name
    each other (a release in three languages: its Japanese and its Korean page both
    lead to its English one, which leads to both). ``read`` gives a page's text when
    the caller has it; otherwise it is read here (pages over 2 MB are left out).
    ``alternates`` gives the pages a site's sitemap names as each page's versions (see
    :mod:`prlocalize.align.sitemaps`): they count as the page's own switches after them."""
    named: dict[str, list[str]] = {}
    for page in pages:
        text = read.get(page) if read is not None else None
        if text is None:
            text = _read(files[page])
        targets = _switch_files(text, page, files) if text is not None else []
        if alternates is not None:
            targets += [t for t in alternates.get(page, ()) if t not in targets and t in files]
        if targets:
            named[page] = targets
    counts: dict[str, int] = {}
    for targets in named.values():
        counts[targets[0]] = counts.get(targets[0], 0) + 1
    linked = []
    for page, targets in named.items():
        for i, target in enumerate(targets):
            mutual = page in named.get(target, ())
            if mutual or (i == 0 and counts[target] == 1):
                linked.append((page, target))
    return linked


def _switch_files(text: str, page: str, files: Mapping[str, Path]) -> list[str]:
    """The archive files ``page``'s switches lead to, once each, in page order."""
    targets: list[str] = []
    for href in switch_targets(text):
        target = resolve(href, page, files)
        # a switch to a home page ('/en/') names no release but on a home page
        if target is None or target == page or target in targets:
            continue
        if _home(target) <= _home(page):
            targets.append(target)
    return targets


def _home(path: str) -> bool:
    return posixpath.basename(path).split(".")[0].casefold() in ("index", "default", "top")


def _read(path: Path) -> str | None:
    from prlocalize.errors import PrlocalizeError
    from prlocalize.readers import decode_source

    try:
        if path.stat().st_size > _MAX_BYTES:
            return None
        return decode_source(path.read_bytes(), path)
    except (OSError, PrlocalizeError):
        return None
