"""prlocalize.extract_cache
~~~~~~~~~~~~~~~~~~~~~~~~~

The templates of unchanged releases, remembered between runs of ``prlocalize extract``
(as make remembers its targets): a release whose bytes and template are what the last
extract read and left, with the same glossaries, settings, options and prlocalize, is
not read again; when every release is unchanged the glossary is not loaded either. A
CI job that extracts on every commit then pays only for the releases that changed.
(``run`` keeps records of all its catalog stages at once: :mod:`prlocalize.run_cache`.)

The records live in the check cache's database (:mod:`prlocalize.check_cache`) under a
fingerprint of their own and are trusted no more than it: a record that is not exactly
what :meth:`TemplateRecords.put` writes is a miss, and the release is extracted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prlocalize.catalog.io import pot_path
from prlocalize.document import release_stem

if TYPE_CHECKING:
    from prlocalize.catalog.workflow import ExtractResult
    from prlocalize.check_cache import CheckCache
    from prlocalize.config import Settings

_MAX_FILE = 64 * 1024 * 1024  # a file larger than this is not hashed: extract reads it


def _no_digest(template: bytes | Sequence[bytes]) -> str | None:
    return None  # a release past _MAX_FILE


@dataclass
class TemplateRecords:
    """The records of one fingerprint (settings, glossaries, prlocalize's code) and one
    set of ``options`` (the catalog folder, the hints' locales, language, encoding)."""

    store: CheckCache
    locales_dir: Path
    options: str

    def digest(self, release: Path) -> str | None:
        """The digest of ``release`` as given and its bytes, and of its template's bytes,
        now; None when either cannot be read (or the template is missing)."""
        from prlocalize.errors import InputError
        from prlocalize.fsutil import read_regular

        found: list[bytes] = []
        # the template first: when it is gone (a fresh catalog folder, a template
        # deleted) the release is not read and hashed only to be extracted anyway
        for path in (pot_path(self.locales_dir, release_stem(str(release))), release):
            try:
                found.append(read_regular(path, limit=_MAX_FILE, what="file"))
            except (OSError, InputError):
                return None
        template, data = found
        return self.digest_of(str(release), data, template)

    def digest_of(self, release: str, data: bytes, template: bytes | Sequence[bytes]) -> str | None:
        """:meth:`digest` of bytes in hand (the template's whole or in blocks). None past
        the size that :meth:`digest` reads."""
        return self.release_digest(release, data)(template)

    def release_digest(
        self, release: str, data: bytes
    ) -> Callable[[bytes | Sequence[bytes]], str | None]:
        """:meth:`digest_of` as a function of the template's bytes, holding only a hash of
        the release's: extract's worker makes it as it reads the release and lets the
        release's bytes go before it makes the template (a huge release's were held to
        the end for its digest)."""
        if len(data) > _MAX_FILE:
            return _no_digest
        hashed = hashlib.blake2b(data, digest_size=16).digest()
        options, name = self.options, release

        def digest_of_template(template: bytes | Sequence[bytes]) -> str | None:
            parts = (template,) if isinstance(template, bytes) else template
            if sum(map(len, parts)) > _MAX_FILE:
                return None
            inner = hashlib.blake2b(digest_size=16)
            for part in parts:
                inner.update(part)
            digest = hashlib.blake2b(options.encode(), digest_size=16)
            digest.update(b"\0" + name.encode("utf-8", "surrogateescape"))
            digest.update(b"\0" + hashed)
            digest.update(b"\0" + inner.digest())
            return digest.hexdigest()

        return digest_of_template

    def lookup(self, release: Path) -> ExtractResult | None:
        """What extracting an unchanged ``release`` came to (its template is not written
        again); None when anything changed since the extract that recorded it."""
        from prlocalize.catalog.workflow import ExtractResult

        found = self.store.record(str(release))
        if found is None:
            return None
        now = self.digest(release)
        if now is None or found[0] != now:
            return None
        try:
            record = json.loads(found[1])
        except (ValueError, RecursionError):
            return None
        if not _messages(record):
            return None
        target = pot_path(self.locales_dir, release_stem(str(release)))
        return ExtractResult(str(release), target, record[0], False)

    def put(self, results: Iterable[ExtractResult]) -> None:
        """Remember each release's template as it is on disk now."""
        for result in results:
            digest = result.digest or self.digest(Path(result.source))
            if digest is not None:
                self.store.put_record(result.source, digest, json.dumps([result.messages]))

    def save(self) -> None:
        self.store.save()


def _messages(record: Any) -> bool:
    return (
        isinstance(record, list) and len(record) == 1 and type(record[0]) is int and record[0] >= 0
    )


def open_template_records(
    settings: Settings, locales_dir: Path, hint_locales: Sequence[str]
) -> TemplateRecords | None:
    """The records of this extract's settings and options; None when caching is off."""
    from prlocalize.checking import open_cache

    store = open_cache(settings, (), purpose="extract-templates")
    if store is None or not store.usable:
        return None
    options = json.dumps(
        [
            str(locales_dir.resolve()),
            list(hint_locales),
            settings.source_lang,
            settings.encoding,
        ]
    )
    return TemplateRecords(store, locales_dir, options)
