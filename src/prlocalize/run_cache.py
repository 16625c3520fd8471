"""prlocalize.run_cache
~~~~~~~~~~~~~~~~~~~~~

The catalogs of unchanged releases, remembered between runs of ``prlocalize run`` (as
make remembers its targets): ``extract``, ``update``, ``translate`` and ``compile`` leave
alone a release whose text, template, catalogs and compiled catalogs hold exactly the
bytes the last run left there, when that run used the same glossaries, settings,
options, translation memory and prlocalize. Run again on an unchanged archive, those
four stages read nothing; a release edited, a catalog a translator saved, a deleted
.mo or a memory import makes its release (or every release) go through them again.

Only runs whose backends are all offline (glossary, memory) are remembered: a machine
service may answer tomorrow what it could not today, so a run with one always offers it
the untranslated entries again.

One digest covers a release's inputs and outputs together, taken at the end of the run
that processed it and compared at the start of the next; a record is written only when
each catalog on disk is still the text its .mo was compiled from, and only by a run
after which the memory holds what it held when the run began (see ``pipeline.run``,
which teaches it the run's approved translations at the end, as the next run's
translate would first): a lesson may fill another catalog next time.

The records live in the check cache's database (:mod:`prlocalize.check_cache`) under a
fingerprint of their own and are trusted no more than it: a record that is not exactly
what :meth:`CatalogRecords.put` writes is a miss.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prlocalize.catalog.compile import CompileResult
from prlocalize.catalog.io import po_path, pot_path
from prlocalize.document import release_stem

if TYPE_CHECKING:
    from prlocalize.check_cache import CheckCache
    from prlocalize.config import Settings

_MAX_FILE = 64 * 1024 * 1024  # a file larger than this is not hashed: the stage reads it


@dataclass
class CatalogRecords:
    """The records of one fingerprint (settings, glossaries, prlocalize's code) and one
    set of ``options`` (locales, folders, backends, fuzzy, language) and the translations
    in the memory."""

    store: CheckCache
    locales_dir: Path
    locales: tuple[str, ...]
    options: str
    use_fuzzy: bool
    memory: Path
    memory_state: str = ""  # the memory's digest as the stages see it: see :meth:`refresh`

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the memory's digest again (``translate`` may have learnt from a catalog)."""
        from prlocalize.translate.memory import units_digest

        self.memory_state = units_digest(self.memory)

    def digest(self, release: Path) -> str | None:
        """The digest of everything ``release``'s catalogs depend on and are, now (None
        when a file cannot be read: the stages then report why)."""
        from prlocalize.errors import InputError
        from prlocalize.fsutil import read_regular

        stem = release_stem(str(release))
        files = [release, pot_path(self.locales_dir, stem)]
        for locale in self.locales:
            po = po_path(self.locales_dir, locale, stem)
            files += [po, po.with_suffix(".mo")]
        digest = hashlib.blake2b(self.options.encode(), digest_size=16)
        digest.update(self.memory_state.encode())
        for path in files:
            if not path.exists():
                digest.update(b"\0-")
                continue
            try:
                data = read_regular(path, limit=_MAX_FILE, what="file")
            except InputError:
                return None
            digest.update(b"\0" + hashlib.blake2b(data, digest_size=16).digest())
        return digest.hexdigest()

    def lookup(self, release: Path) -> list[CompileResult] | None:
        """What compiling the catalogs of an unchanged ``release`` came to (nothing is
        written again); None when anything changed since the run that recorded it."""
        found = self.store.record(str(release))
        if found is None:
            return None
        now = self.digest(release)
        if now is None or found[0] != now:
            return None
        stem = release_stem(str(release))
        return _results(found[1], stem, self.locales_dir, self.locales, self.use_fuzzy)

    def put(self, release: Path, compiled: Sequence[CompileResult]) -> bool:
        """Remember the catalogs of ``release`` as they are now, compiled as ``compiled``
        says (one result per locale); False (and nothing stored) when a catalog is not
        the text its .mo was made from: a translator saved it meanwhile."""
        from prlocalize.catalog.compile import catalog_digest
        from prlocalize.catalog.io import read_catalog_text
        from prlocalize.errors import InputError

        by_locale = {Path(r.po_path).parents[1].name: r for r in compiled}
        if sorted(by_locale) != sorted(self.locales):
            return False
        for result in compiled:
            try:
                text = read_catalog_text(Path(result.po_path))
            except (OSError, InputError):
                return False
            same = catalog_digest(text) == result.source_digest
            if result.source_digest is None or not same:
                return False
        digest = self.digest(release)
        if digest is None:
            return False
        counts = [
            [locale, r.translated, r.fuzzy, r.untranslated]
            for locale, r in ((locale, by_locale[locale]) for locale in self.locales)
        ]
        self.store.put_record(str(release), digest, json.dumps(counts))
        return True

    def save(self) -> None:
        self.store.save()


def _count(value: Any) -> bool:
    return type(value) is int and value >= 0


def _results(
    record: str, stem: str, locales_dir: Path, locales: Sequence[str], use_fuzzy: bool
) -> list[CompileResult] | None:
    """The compile results of a stored ``record``, or None when it is not one
    :meth:`CatalogRecords.put` could have written for these locales."""
    try:
        rows = json.loads(record)
    except (ValueError, RecursionError):
        return None
    if not isinstance(rows, list) or len(rows) != len(locales):
        return None
    results = []
    for locale, row in zip(locales, rows, strict=True):
        if not isinstance(row, list) or len(row) != 4 or row[0] != locale:
            return None
        if not all(_count(v) for v in row[1:]):
            return None
        po = po_path(locales_dir, locale, stem)
        results.append(
            CompileResult(po, po.with_suffix(".mo"), row[1], row[2], row[3], False, use_fuzzy)
        )
    return results


def open_records(
    settings: Settings,
    locales: Sequence[str],
    locales_dir: Path,
    *,
    backends: Sequence[str],
    use_fuzzy: bool,
    allow_external: bool,
) -> CatalogRecords | None:
    """The records of this run's settings and options; None when caching is off or a
    backend is a machine service."""
    from dataclasses import fields

    from prlocalize.checking import open_cache
    from prlocalize.translate.registry import OFFLINE

    if not locales or any(name not in OFFLINE for name in backends):
        return None
    store = open_cache(settings, (), purpose="run-catalogs")
    if store is None or not store.usable:
        return None
    # every setting, not only those that shape findings: any of them may shape a catalog
    shown = {f.name: repr(getattr(settings, f.name)) for f in fields(settings) if f.repr}
    options = json.dumps(
        [
            str(locales_dir.resolve()),
            list(locales),
            list(backends),
            use_fuzzy,
            allow_external,
            shown,
        ],
        sort_keys=True,
    )
    return CatalogRecords(
        store, locales_dir, tuple(locales), options, use_fuzzy, settings.memory_path()
    )
