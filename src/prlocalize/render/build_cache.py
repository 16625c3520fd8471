"""prlocalize.render.build_cache
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The pages of unchanged releases, remembered between builds (as make remembers its
targets): a release whose text and catalogs are what the last build read, built with the
same glossaries, settings, options and prlocalize, and whose pages still hold exactly the
bytes that build wrote, is not read, checked or rendered again. What its pages published
(counts, withheld and refused translations) is reported as it was then, so a repeated
build says the same as a full one.

The records live in the check cache's database (:mod:`prlocalize.check_cache`), under a
fingerprint of their own, and are trusted no more than it: an entry is used only when
the digest of the inputs matches, every page holds the bytes recorded, and every field is
what :meth:`BuildCache.put` writes (a planted or damaged entry is a miss, and the release
is built).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prlocalize.document import release_stem

if TYPE_CHECKING:
    from prlocalize.check_cache import CheckCache
    from prlocalize.document import Document
    from prlocalize.render.batch import PageResult, ReleaseBuilder

_MAX_CATALOG = 64 * 1024 * 1024  # a catalog larger than this is not hashed: the build reads it


def package_data_digest() -> str:
    """The digest of prlocalize's files that are not code but go into pages (the style
    sheet): the check cache's fingerprint covers the code alone."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(__file__).resolve().parent.glob("*.css")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class BuildInputs:
    """What one release's pages are made from, besides the fingerprint: its text and the
    bytes of its catalog in every locale (None: no catalog)."""

    path: str
    stem: str
    digest: str
    text_size: int  # characters of the release's text (refused findings point into it)
    catalog_size: int  # bytes of its largest catalog (withheld findings point into one)


def _catalog_bytes(path: Path) -> bytes | None:
    from prlocalize.fsutil import read_regular

    if not path.is_file():
        return None
    return read_regular(path, limit=_MAX_CATALOG, what="catalog")


@dataclass
class BuildCache:
    """The build records of one fingerprint (settings, rules, glossaries, prlocalize's
    code) and one set of build options (``options``: locales, folders, fuzzy, language)."""

    store: CheckCache
    locales_dir: Path
    locales: tuple[str, ...]
    out: Path
    options: str

    def inputs(self, path: str, stem: str, text: str) -> BuildInputs | None:
        """The inputs of the release at ``path`` whose decoded text is ``text`` (None when
        a catalog cannot be read: the build reports why)."""
        from prlocalize.catalog import po_path
        from prlocalize.errors import InputError

        digest = hashlib.blake2b(digest_size=16)
        digest.update(self.options.encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
        largest = 0
        for locale in self.locales:
            try:
                data = _catalog_bytes(po_path(self.locales_dir, locale, stem))
            except (OSError, InputError):
                return None
            digest.update(b"\0" + locale.encode() + b"\0")
            if data is None:
                digest.update(b"-")
            else:
                digest.update(hashlib.blake2b(data, digest_size=16).digest())
                largest = max(largest, len(data))
        return BuildInputs(path, stem, digest.hexdigest(), len(text), largest)

    def lookup(self, inputs: BuildInputs) -> list[PageResult] | None:
        """The pages of an unchanged release, as the build that wrote them recorded them
        (``written`` False: nothing is written again); None when anything differs."""
        from prlocalize.fsutil import content_digest

        found = self.store.record(inputs.path)
        if found is None or found[0] != inputs.digest:
            return None
        pages = _pages(found[1], inputs, self.locales_dir, self.out)
        if pages is None:
            return None
        for page in pages:
            try:
                if content_digest(page.path) != page.digest:
                    return None
            except OSError:  # (WriteError: a special file there; the build says so)
                return None
        return pages

    def put(self, pages: Sequence[PageResult]) -> None:
        """Remember the pages of one release (built from ``pages[0].inputs``)."""
        if not pages or any(p.inputs is None or p.digest is None for p in pages):
            return
        inputs = pages[0].inputs
        if inputs is None or any(p.inputs != inputs for p in pages):
            return
        record = json.dumps([_page_record(p) for p in pages], ensure_ascii=False)
        self.store.put_record(pages[0].source, inputs, record)


def _page_record(page: PageResult) -> list[Any]:
    from prlocalize.check_cache import finding_record

    return [
        page.locale,
        page.original,
        page.digest,
        page.segments,
        page.translated,
        page.fuzzy_skipped,
        page.missing,
        page.catalog is not None,
        [finding_record(f) for f in page.refused],
        list(page.refused_lines),
        [finding_record(f) for f in page.withheld],
        list(page.withheld_lines),
    ]


def _count(value: Any) -> bool:
    return type(value) is int and value >= 0


def _lines(value: Any, size: int) -> bool:
    return (
        isinstance(value, list)
        and len(value) == size
        and all(v is None or (type(v) is int and v >= 1) for v in value)
    )


def _pages(
    record: str, inputs: BuildInputs, locales_dir: Path, out: Path
) -> list[PageResult] | None:
    """The pages of a stored ``record``, or None when it is not one :meth:`BuildCache.put`
    could have written for these locales."""
    from prlocalize.catalog import po_path
    from prlocalize.check_cache import finding_from_record, valid_finding_record
    from prlocalize.render.batch import PageResult, page_path

    try:
        rows = json.loads(record)
    except (ValueError, RecursionError):
        return None
    if not isinstance(rows, list) or not rows:
        return None
    pages: list[PageResult] = []
    for n, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != 12:
            return None
        locale, original, digest, segments, translated, fuzzy, missing, has_catalog = row[:8]
        refused, refused_lines, withheld, withheld_lines = row[8:]
        if not isinstance(locale, str) or original is not (n == 0) or not isinstance(digest, str):
            return None
        if not all(_count(v) for v in (segments, translated, fuzzy, missing)):
            return None
        if type(has_catalog) is not bool or not isinstance(refused, list):
            return None
        if not isinstance(withheld, list) or not _lines(refused_lines, len(refused)):
            return None
        if not _lines(withheld_lines, len(withheld)) or (withheld and not has_catalog):
            return None
        if not all(valid_finding_record(raw, inputs.text_size) for raw in refused):
            return None
        if not all(valid_finding_record(raw, inputs.catalog_size) for raw in withheld):
            return None
        target = page_path(out, locale, inputs.stem)
        if target.parent.name != locale:  # a locale with a separator in it: not ours
            return None
        catalog = po_path(locales_dir, locale, inputs.stem) if has_catalog else None
        pages.append(
            PageResult(
                source=inputs.path,
                locale=locale,
                path=target,
                written=False,
                segments=segments,
                translated=translated,
                fuzzy_skipped=fuzzy,
                missing=missing,
                refused=tuple(finding_from_record(inputs.path, raw) for raw in refused),
                catalog=catalog,
                withheld=tuple(finding_from_record(str(catalog), raw) for raw in withheld),
                original=original,
                refused_lines=tuple(refused_lines),
                withheld_lines=tuple(withheld_lines),
                digest=digest,
                inputs=inputs.digest,
            )
        )
    return pages


@dataclass
class CachedBuilds:
    """A build's task with the cache in front: the pages of an unchanged release come
    from :class:`BuildCache`, the others from ``builder`` (None when every release was
    found unchanged before the build started, so that nothing was loaded for it)."""

    cache: BuildCache
    builder: ReleaseBuilder | None
    source_lang: str | None = None
    encoding: str | None = None

    def unchanged(self, path: str) -> bool:
        """Whether the release at ``path`` would be answered from the cache now."""
        from prlocalize.errors import InputError
        from prlocalize.readers import read_release_text

        try:
            text = read_release_text(path, self.encoding)
        except InputError:
            return False  # the build reports why
        inputs = self.cache.inputs(path, release_stem(path), text)
        return inputs is not None and self.cache.lookup(inputs) is not None

    def release(self, path: str) -> list[PageResult]:
        """The pages of the release file at ``path``."""
        from prlocalize.readers import format_of, parse_text, read_release_text

        text = read_release_text(path, self.encoding)
        return self._pages(
            path,
            text,
            lambda: parse_text(text, path=path, format=format_of(path), lang=self.source_lang),
        )

    def document(self, document: Document) -> list[PageResult]:
        """The pages of a release already read."""
        return self._pages(document.path, document.text, lambda: document)

    def _pages(self, path: str, text: str, read: Callable[[], Document]) -> list[PageResult]:
        from prlocalize.errors import InputError

        inputs = self.cache.inputs(path, release_stem(path), text)
        if inputs is not None:
            known = self.cache.lookup(inputs)
            if known is not None:
                return known
        if self.builder is None:
            raise InputError(
                path, None, "changed while the build was starting", "run the build again"
            )
        pages = self.builder.pages(read())
        if inputs is not None and self.cache.inputs(path, inputs.stem, text) == inputs:
            # (a catalog rewritten meanwhile: the pages are not remembered)
            pages = [replace(page, inputs=inputs.digest) for page in pages]
        return pages
