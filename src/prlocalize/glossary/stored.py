"""prlocalize.glossary.stored
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Glossaries kept, once read, in the cache folder for the next run.

A team's glossary rarely changes between two runs, but reading and validating a sheet
of 10,000 rows takes some 2 s, where checking one release takes a fraction of that. So
the entries a set of glossary files gave are written to the cache folder as JSON, under
the digest of the files' names and bytes, prlocalize's code and Python's version, and
read back in about a fifth of the time.

JSON, not pickle: a cache folder may come from anywhere (a CI cache restored, a folder
copied with a project) and reading it must never run code. A stored glossary that is not
exactly what this module writes is a miss: the files are read again and it is replaced.
A glossary with a blocking problem is never stored (it raises as it did).

What the code works out from a stored glossary and would otherwise work out again at
every run (the matcher's forms: twice the time of reading the glossary back) is kept
beside it (:func:`read_derived`, :func:`store_derived`), as JSON too, under the stored
glossary's digest and a name, with the digest of its own bytes: a derived file that is
not exactly what was written for this glossary is a miss, and is worked out and
written again.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import sys
import weakref
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Source, Term

FORMAT = 1
PREFIX = "glossary-"
SUFFIX = ".json"
KEEP = 4  # stored glossaries kept in a folder (one per set of glossary files in use)
MAX_BYTES = 512 * 1024 * 1024
_KINDS = {kind.value: kind for kind in Kind}

DERIVED_FORMAT = 1
DERIVED_PREFIX = "derived-"
DERIVED_KEEP = 12  # a few derived files (the matcher of each locale) per stored glossary

# where each glossary load_stored gave is stored: (folder, digest, revision when given),
# so that what is derived from it can be kept beside it while it is unchanged
_ORIGINS: weakref.WeakKeyDictionary[Glossary, tuple[Path, str, int]] = weakref.WeakKeyDictionary()


def load_stored(paths: Iterable[str | Path], folder: Path | None, code: str) -> Glossary:
    """The glossaries of ``paths`` merged (as :func:`~prlocalize.glossary.io.load_glossaries`
    reads them), from ``folder`` when it holds them stored, else read
    and then stored there. ``folder`` None reads without storing. ``code`` stands for the
    code that reads them (a change to the reader must not be answered from the store)."""
    from prlocalize.glossary.files import glossary_files

    files = glossary_files(paths)
    key = _key(files, code) if folder is not None and files else None
    if folder is not None and key is not None:
        stored = _read(folder / f"{PREFIX}{key}{SUFFIX}")
        if stored is not None:
            _ORIGINS[stored] = (folder, key, stored.revision)
            return stored
    # the readers (the CSV reader's patterns, lxml) only when the files are read
    from prlocalize.glossary.io import load_glossaries

    if folder is None or key is None:
        return load_glossaries(files)
    target = folder / f"{PREFIX}{key}{SUFFIX}"
    glossary = load_glossaries(files)
    if _store(target, glossary):
        _ORIGINS[glossary] = (folder, key, glossary.revision)
    return glossary


def _key(files: Sequence[Path], code: str) -> str | None:
    """The digest of what the entries read from ``files`` depend on; None when a file
    cannot be read (the reader then says why). ``code`` stands for prlocalize's version
    too (check_cache.fingerprint says why the version itself is left out)."""
    digest = hashlib.blake2b(digest_size=20)
    header = [FORMAT, code, sys.version]
    digest.update(json.dumps(header).encode())
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        # the name as given: the entries remember it (a finding's glossary line)
        digest.update(json.dumps([str(path), len(data)]).encode())
        digest.update(hashlib.blake2b(data, digest_size=20).digest())
    return digest.hexdigest()


# -- writing --------------------------------------------------------------------------


def _store(target: Path, glossary: Glossary) -> bool:
    """Write ``glossary`` to ``target`` (atomically) and drop the oldest stored ones; a
    folder that cannot be written only means the next run reads the files again (False)."""
    from prlocalize.errors import PrlocalizeError
    from prlocalize.fsutil import atomic_write

    record = json.dumps([FORMAT, [_entry_record(e) for e in glossary]], ensure_ascii=False)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, record, durable=False, follow_symlinks=False)
    except (OSError, PrlocalizeError):
        return False
    _prune(target.parent, keep=target)
    return True


def _entry_record(entry: Entry) -> list[Any]:
    forms = {locale: _term_record(term) for locale, term in entry.forms.items()}
    source = [entry.source.path, entry.source.line] if entry.source else None
    return [entry.id, entry.kind.value, forms, entry.dnt, entry.note, source]


def _term_record(term: Term) -> list[Any]:
    name = [term.name.given, term.name.family] if term.name else None
    return [term.text, list(term.variants), list(term.forbidden), name]


def _prune(folder: Path, keep: Path, prefix: str = PREFIX, keep_count: int = KEEP) -> None:
    """Remove all but the ``keep_count`` most recently written files of ``prefix``."""
    found: list[tuple[int, Path]] = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{prefix}*{SUFFIX}"):
            if path != keep:
                with contextlib.suppress(OSError):
                    found.append((path.lstat().st_mtime_ns, path))
    found.sort(reverse=True)
    for _, path in found[keep_count - 1 :]:
        with contextlib.suppress(OSError):
            path.unlink()  # a link is removed itself, never its target


# -- reading --------------------------------------------------------------------------


def _read(path: Path) -> Glossary | None:
    """The glossary stored at ``path``; None when nothing is, or something prlocalize
    did not write (a link, a FIFO, damaged or planted JSON)."""
    from prlocalize.errors import InputError
    from prlocalize.fsutil import read_regular

    try:
        raw = read_regular(path, limit=MAX_BYTES, what="stored glossary", follow_symlinks=False)
    except InputError:
        return None
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not (isinstance(value, list) and len(value) == 2 and value[0] == FORMAT):
        return None
    records = value[1]
    if not isinstance(records, list):
        return None
    # tens of thousands of small objects, none of them garbage: the cyclic collector
    # would walk them again and again while they are made
    enabled = gc.isenabled()
    gc.disable()
    try:
        entries = [_entry_from(record) for record in records]
    finally:
        if enabled:
            gc.enable()
    if any(entry is None for entry in entries):
        return None
    return Glossary(entry for entry in entries if entry is not None)


def _entry_from(record: Any) -> Entry | None:
    """An entry from its stored record, None when the record is not one."""
    if type(record) is not list or len(record) != 6:
        return None
    entry_id, kind_value, raw_forms, dnt, note, raw_source = record
    kind = _KINDS.get(kind_value) if type(kind_value) is str else None
    if kind is None or type(entry_id) is not str or type(raw_forms) is not dict:
        return None
    if type(dnt) is not bool or type(note) is not str:
        return None
    forms: dict[str, Term] = {}
    for locale, raw_term in raw_forms.items():
        term = _term_from(raw_term)
        if term is None:
            return None
        forms[locale] = term
    source = None
    if raw_source is not None:
        if not (
            type(raw_source) is list
            and len(raw_source) == 2
            and type(raw_source[0]) is str
            and type(raw_source[1]) is int
        ):
            return None
        source = Source(raw_source[0], raw_source[1])
    return Entry(entry_id, kind, forms, dnt, note, source)


def _term_from(record: Any) -> Term | None:
    if type(record) is not list or len(record) != 4:
        return None
    text, variants, forbidden, raw_name = record
    if type(text) is not str or not _strings(variants) or not _strings(forbidden):
        return None
    name = None
    if raw_name is not None:
        if not (_strings(raw_name) and len(raw_name) == 2):
            return None
        name = PersonName(raw_name[0], raw_name[1])
    return Term(text, tuple(variants), tuple(forbidden), name)


def _strings(value: Any) -> bool:
    """Whether ``value`` is a list of strings (most are empty: that is tested first)."""
    if type(value) is not list:
        return False
    return not value or all(type(item) is str for item in value)


# -- what is derived from a stored glossary ---------------------------------------------


def _derived_target(glossary: Glossary, name: str) -> tuple[Path, str] | None:
    """The file kept for ``name`` derived from ``glossary`` and the stored glossary's
    digest; None when the glossary is not one stored as it is now (read from files
    without a cache folder, or changed since: its revision moved)."""
    origin = _ORIGINS.get(glossary)
    if origin is None or origin[2] != glossary.revision:
        return None
    folder, key, _ = origin
    digest = hashlib.blake2b(f"{key}\0{name}".encode(), digest_size=20).hexdigest()
    return folder / f"{DERIVED_PREFIX}{digest}{SUFFIX}", key


def read_derived(glossary: Glossary, name: str) -> Any:
    """The JSON value kept as ``name`` for ``glossary`` by :func:`store_derived`; None when
    there is none, or the file is not exactly what was written for this glossary (its
    header, its length and its digest are checked before its payload is parsed). The
    caller still checks the value's shape: a planted file may carry a true digest."""
    from prlocalize.errors import InputError
    from prlocalize.fsutil import read_regular

    found = _derived_target(glossary, name)
    if found is None:
        return None
    path, key = found
    try:
        raw = read_regular(path, limit=MAX_BYTES, what="stored glossary", follow_symlinks=False)
    except InputError:
        return None
    head, newline, payload = raw.partition(b"\n")
    try:
        header = json.loads(head) if newline else None
    except (ValueError, RecursionError):
        return None
    if header != [DERIVED_FORMAT, key, name, len(payload), _payload_digest(payload)]:
        return None
    enabled = gc.isenabled()
    gc.disable()  # as in _read: many small lists, none of them garbage
    try:
        return json.loads(payload)
    except (ValueError, RecursionError):
        return None
    finally:
        if enabled:
            gc.enable()


def store_derived(glossary: Glossary, name: str, value: Callable[[], Any]) -> None:
    """Keep ``value()`` (a JSON value) as ``name`` beside the stored ``glossary``; nothing
    when the glossary is not stored (``value`` is then not called) or the folder cannot
    be written."""
    from prlocalize.errors import PrlocalizeError
    from prlocalize.fsutil import atomic_write

    found = _derived_target(glossary, name)
    if found is None:
        return
    path, key = found
    payload = json.dumps(value(), ensure_ascii=False, separators=(",", ":")).encode()
    header = json.dumps([DERIVED_FORMAT, key, name, len(payload), _payload_digest(payload)])
    try:
        atomic_write(path, [header.encode(), b"\n", payload], durable=False, follow_symlinks=False)
    except (OSError, PrlocalizeError):
        return
    _prune(path.parent, keep=path, prefix=DERIVED_PREFIX, keep_count=DERIVED_KEEP)


def _payload_digest(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=20).hexdigest()
