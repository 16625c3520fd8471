"""prlocalize.check_cache
~~~~~~~~~~~~~~~~~~~~~~~

Findings of unchanged releases, remembered between runs of ``prlocalize check``
(as ruff's and eslint's caches do): a pre-commit hook or an editor re-checking a
folder of releases re-checks only what changed.

A release's findings depend on its text, the glossaries, the selected rules, the
settings that shape findings and prlocalize's own code. All but the text make the
*fingerprint* of a run; one cache file holds one fingerprint's releases, each
keyed by its absolute path and the digest of its decoded text. Anything else that
changes gives another fingerprint, so a stale hit is not possible by design.

The file is an SQLite database of one table, a row a release: a run looks up and
stores one release at a time, so its memory does not grow with the archive (the
whole cache used to be one JSON document, read and written whole). Each row also
keeps the file's size and modification time, which only say whether a release *looks*
unchanged: a run of unchanged releases need not load the glossary at all; a hit is
still decided by the digest of the text.

The cache is derived data and may sit in a folder others can write (a shared CI
cache), so nothing in it is trusted: the findings are JSON checked entry by entry
(never pickle, so a planted file cannot run code), a file that is not exactly the
table prlocalize writes (another schema, triggers, views, a damaged or oversized file,
a link or a special file in its place) is removed and started afresh, SQLite runs
with ``trusted_schema`` off and checks cells, and any SQLite error leaves the run
uncached instead of failing it (as does a folder that cannot be written: a read-only
checkout in CI simply runs uncached).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from prlocalize.document import Span
from prlocalize.findings import Applicability, Edit, FileReport, Finding, Fix, Severity

FORMAT = 2  # bump when the stored shape changes (1: one JSON document)
ENV_DIR = "PRLOCALIZE_CACHE_DIR"
ENV_OFF = "PRLOCALIZE_NO_CACHE"
KEEP_FILES = 8  # fingerprints kept; older cache files are removed on save
MAX_ENTRIES = 100_000  # releases remembered per fingerprint
MAX_BYTES = 512 * 1024 * 1024  # a cache file larger than this is not read
BATCH = 500  # stored releases per transaction
SUFFIX = ".sqlite"
_SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's own files beside the database
_SCHEMA = (
    "CREATE TABLE entries (path TEXT PRIMARY KEY, digest TEXT NOT NULL, "
    "size INTEGER, mtime INTEGER, record TEXT NOT NULL)"
)
# everything sqlite_master may hold: the table and the index of its primary key
_MASTER = [("index", "sqlite_autoindex_entries_1", None), ("table", "entries", _SCHEMA)]

_PACKAGE = Path(__file__).resolve().parent

Stat = tuple[int, int]  # a file's size and modification time (ns)


def cache_dir(settings: Any) -> Path | None:
    """Where the cache lives: $PRLOCALIZE_CACHE_DIR, else the ``cache-dir`` setting
    (``.prlocalize/cache`` beside the config file, or in the working folder); None when
    $PRLOCALIZE_NO_CACHE is set to anything but 0."""
    if os.environ.get(ENV_OFF, "").strip() not in ("", "0"):
        return None
    configured = os.environ.get(ENV_DIR)
    if configured:
        return Path(configured)
    return Path(settings.cache_path())


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def file_stat(path: Path) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


@functools.cache
def code_stamp() -> str:
    """prlocalize's own code: a changed rule must not be answered from the cache. The
    modules' contents (~100 small files, a few ms), not their times, so that a fresh
    install of the same code in CI can use a cache restored from an earlier run."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return digest.hexdigest()


def fingerprint(settings: Any, rule_codes: Sequence[str], glossary_files: Iterable[Path]) -> str:
    """The digest of everything besides a release's text that its findings depend on.
    prlocalize's version is not in it: :func:`code_stamp` is the code itself, and asking
    the installed metadata for the version imported importlib.metadata (and the e-mail
    parser under it) into every check and extract, a twentieth of a second before any
    worker starts."""
    digest = hashlib.blake2b(digest_size=16)
    parts: dict[str, Any] = {
        "format": FORMAT,
        "code": code_stamp(),
        "python": sys.version,  # the Unicode database and regex engine come with it
        "rules": sorted(rule_codes),
        "source_lang": getattr(settings, "source_lang", None),
        # a catalog's X-Source-Language wins over the config's language, not over the flag's
        "source_lang_flag": _from_flag(settings, "source_lang"),
        "severity": sorted((getattr(settings, "severity", None) or {}).items()),
        "per_file_ignores": sorted(
            (k, list(v)) for k, v in (getattr(settings, "per_file_ignores", None) or {}).items()
        ),
        "root": str(getattr(settings, "root", "")),  # per-file ignores match relative paths
    }
    digest.update(json.dumps(parts, sort_keys=True).encode())
    for path in glossary_files:
        digest.update(str(path.resolve()).encode())
        digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return digest.hexdigest()


def _from_flag(settings: Any, name: str) -> bool:
    origin = getattr(settings, "origin", None)
    return origin is not None and origin(name).kind == "flag"


class Hit(NamedTuple):
    report: FileReport
    stat: Stat | None  # the size and time remembered with it


class _Damaged(Exception):
    """The cache file is not what prlocalize writes."""


@dataclass
class CheckCache:
    """The remembered reports of one fingerprint, read and written a release at a time.

    One process writes (the one that reports); forked workers look releases up, each
    through its own connection (an SQLite connection must not cross a fork)."""

    file: Path
    usable: bool = True  # False: the run goes uncached (folder not writable, SQLite error)
    damaged: bool = False  # an entry was not one prlocalize could have written
    stored: int = 0  # releases stored by this run

    def __post_init__(self) -> None:
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._pending = 0

    @classmethod
    def open(cls, directory: Path, print_: str) -> CheckCache:
        cache = cls(directory / f"check-{print_}{SUFFIX}")
        if not prepare_folder(directory):
            cache.usable = False  # a folder we cannot create: run uncached
            return cache
        cache._connection()
        return cache

    # -- the database ---------------------------------------------------------

    def _connection(self) -> sqlite3.Connection | None:
        """This process's connection, opened (and the file checked) on first use."""
        if not self.usable:
            return None
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        if self._conn is not None:
            _INHERITED.append(self._conn)  # a forked worker's copy: never used nor closed
            self._conn = None
        try:
            self._conn = self._connect(check=self._pid == 0)
        except (OSError, sqlite3.Error):
            self.usable = False
            return None
        self._pid = os.getpid()
        return self._conn

    def _connect(self, *, check: bool) -> sqlite3.Connection:
        """A connection to the cache file; the first one of a run checks that the file
        is exactly what prlocalize writes and starts afresh when it is not."""
        for _ in range(2):
            if check and not _regular_within(self.file, MAX_BYTES):
                _remove(self.file)
            conn = sqlite3.connect(self.file, timeout=5, isolation_level=None)
            try:
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA cell_size_check = ON")
                if check:
                    self._ensure_schema(conn)
                    with contextlib.suppress(sqlite3.Error):  # not on every file system
                        conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = OFF")  # derived data: a crash loses a run
                return conn
            except (sqlite3.DatabaseError, _Damaged):
                conn.close()
                if not check:
                    raise
                _remove(self.file)
        raise sqlite3.DatabaseError(f"{self.file}: cannot be started afresh")

    @staticmethod
    def _ensure_schema(conn: sqlite3.Connection) -> None:
        master = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
        if not master:
            conn.execute(_SCHEMA)
            conn.execute(f"PRAGMA user_version = {FORMAT}")
            return
        if master != _MASTER or conn.execute("PRAGMA user_version").fetchone() != (FORMAT,):
            raise _Damaged

    def before_fork(self) -> None:
        """Store what is pending and close: workers open their own connections."""
        self._commit()
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None

    def _fail(self) -> None:
        """An SQLite error: the rest of the run goes uncached."""
        self.usable = False

    # -- lookups ----------------------------------------------------------------

    def looks_unchanged(self, path: str, stat_: Stat | None) -> bool:
        """Whether ``path`` has the size and time remembered with its entry: then it is
        probably answered from the cache (the digest of its text decides)."""
        conn = self._connection()
        if conn is None or stat_ is None:
            return False
        try:
            row = conn.execute(
                "SELECT size, mtime FROM entries WHERE path = ?", (os.path.abspath(path),)
            ).fetchone()
        except sqlite3.Error:
            self._fail()
            return False
        return row is not None and tuple(row) == stat_

    def lookup(self, path: str, text: str) -> Hit | None:
        """The report of ``path`` when its text is the one remembered, else None.

        An entry is used only when every finding in it could have come from prlocalize
        for this text (a known rule, spans and edits inside the text, the right types).
        One that could not means the file was tampered with or damaged: ``damaged`` is
        set, and the process that writes drops the whole cache (:meth:`drop`)."""
        conn = self._connection()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "SELECT digest, size, mtime, record FROM entries WHERE path = ?",
                (os.path.abspath(path),),
            ).fetchone()
        except sqlite3.Error:
            self.damaged = True
            return None
        if row is None or row[0] != text_digest(text):
            return None
        entry = _entry(row[3])
        if entry is None or not _valid_entry(entry, len(text)):
            self.damaged = True
            return None
        lang, records = entry
        report = FileReport(
            path, text, [finding_from_record(path, raw) for raw in records], lang=lang
        )
        size, mtime = row[1], row[2]
        remembered = (size, mtime) if type(size) is int and type(mtime) is int else None
        return Hit(report, remembered)

    def record(self, path: str) -> tuple[str, str] | None:
        """The digest and raw record stored for ``path`` (another kind of entry than a
        report: see :mod:`prlocalize.render.build_cache`, which checks it), or None."""
        conn = self._connection()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "SELECT digest, record FROM entries WHERE path = ?", (os.path.abspath(path),)
            ).fetchone()
        except sqlite3.Error:
            self._fail()
            return None
        if row is None or not isinstance(row[0], str) or not isinstance(row[1], str):
            return None
        return row[0], row[1]

    @staticmethod
    def digest(text: str) -> str:
        """What an entry is keyed by besides its path (:func:`text_digest`)."""
        return text_digest(text)

    def get(self, path: str, text: str) -> FileReport | None:
        hit = self.lookup(path, text)
        return None if hit is None else hit.report

    # -- writing (one process) ------------------------------------------------

    def put(self, report: FileReport, digest: str, stat_: Stat | None = None) -> None:
        """Remember ``report`` of a text with ``digest`` (stored in batches)."""
        record = json.dumps(
            [report.lang, [finding_record(f) for f in report.findings]], ensure_ascii=False
        )
        size, mtime = stat_ if stat_ is not None else (None, None)
        # replaced, not updated: the row gets the newest rowid, so pruning keeps it
        self._write(
            "INSERT OR REPLACE INTO entries (path, digest, size, mtime, record) "
            "VALUES (?, ?, ?, ?, ?)",
            (os.path.abspath(report.path), digest, size, mtime, record),
        )
        self.stored += 1

    def put_record(self, path: str, digest: str, record: str) -> None:
        """Remember a raw ``record`` for ``path`` (see :meth:`record`)."""
        self._write(
            "INSERT OR REPLACE INTO entries (path, digest, size, mtime, record) "
            "VALUES (?, ?, NULL, NULL, ?)",
            (os.path.abspath(path), digest, record),
        )
        self.stored += 1

    def restat(self, path: str, stat_: Stat) -> None:
        """Remember the size and time of an unchanged release that was touched."""
        self._write(
            "UPDATE entries SET size = ?, mtime = ? WHERE path = ?",
            (*stat_, os.path.abspath(path)),
        )

    def drop(self) -> None:
        """Forget every entry: one of them was not prlocalize's."""
        self._write("DELETE FROM entries", ())
        self.damaged = False

    def _write(self, sql: str, params: Sequence[Any]) -> None:
        conn = self._connection()
        if conn is None:
            return
        try:
            if not conn.in_transaction:
                conn.execute("BEGIN")
            conn.execute(sql, params)
            self._pending += 1
            if self._pending >= BATCH:
                self._commit()
        except sqlite3.Error:
            self._fail()

    def _commit(self) -> None:
        conn = self._conn
        self._pending = 0
        if conn is None or self._pid != os.getpid() or not conn.in_transaction:
            return
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            self._fail()

    def save(self) -> None:
        """Store what is pending, keep the newest MAX_ENTRIES and close; remove the
        oldest fingerprints' files."""
        self._commit()
        conn = self._connection() if self.usable else None
        if conn is not None and self.stored:
            try:
                conn.execute(
                    "DELETE FROM entries WHERE rowid <= (SELECT rowid FROM entries "
                    "ORDER BY rowid DESC LIMIT 1 OFFSET ?)",
                    (MAX_ENTRIES,),
                )
            except sqlite3.Error:
                self._fail()
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None
        self._prune()

    def _prune(self) -> None:
        folder = self.file.parent
        with contextlib.suppress(OSError):
            for old in folder.glob("check-*.json"):  # the first format: one JSON document
                old.unlink()
            others = sorted(
                folder.glob(f"check-*{SUFFIX}"), key=lambda p: p.lstat().st_mtime, reverse=True
            )
            for stale in others[KEEP_FILES:]:
                if stale != self.file:
                    _remove(stale)


# Connections a forked worker inherited: kept referenced, so that their finalizer never
# closes, in the worker, the parent's database handle.
_INHERITED: list[sqlite3.Connection] = []


def _regular_within(path: Path, limit: int) -> bool:
    """Whether ``path`` is missing, or a regular file (not a link) of at most ``limit``
    bytes: a FIFO, /dev/zero or a link put in place of the cache is not opened."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size <= limit


def _remove(path: Path) -> None:
    """Remove a cache file and SQLite's files beside it (links themselves, never their
    targets)."""
    for name in (path.name, *(path.name + side for side in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
            (path.parent / name).unlink()


def _entry(record: Any) -> tuple[Any, Any] | None:
    """A stored record as [lang, findings], or None when it is not one."""
    if not isinstance(record, str):
        return None
    try:
        value = json.loads(record)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, list) or len(value) != 2:
        return None
    return value[0], value[1]


def prepare_folder(directory: Path) -> bool:
    """Create the cache folder (and its ``.gitignore``); False when it cannot be made."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    _ignore_in_git(directory)
    return True


def _ignore_in_git(folder: Path) -> None:
    """A ``.gitignore`` of ``*`` in the cache folder, so that it is never committed.

    Created only where nothing is: a link there (even a dangling one, which ``exists()``
    calls missing) is not followed, so it cannot make prlocalize write elsewhere."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(folder / ".gitignore", flags, 0o666)
    except OSError:
        return  # already there (file or link), or a folder we cannot write
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("# written by prlocalize: its check cache\n*\n")


def finding_record(finding: Finding) -> list[Any]:
    """A finding as a stored list (see :func:`finding_from_record`)."""
    fix = finding.fix
    return [
        finding.span.start,
        finding.span.end,
        finding.code,
        finding.name,
        finding.severity.name,
        finding.message,
        finding.found,
        finding.suggestion,
        None
        if fix is None
        else [
            fix.applicability.value,
            fix.title,
            [[e.span.start, e.span.end, e.replacement] for e in fix.edits],
        ],
    ]


def finding_from_record(path: str, raw: Sequence[Any]) -> Finding:
    """The finding of ``path`` stored as ``raw`` (checked: :func:`valid_finding_record`)."""
    start, end, code, name, severity, message, found, suggestion, fix = raw
    return Finding(
        path=path,
        span=Span(int(start), int(end)),
        code=str(code),
        name=str(name),
        severity=Severity[severity],
        message=str(message),
        found=str(found),
        suggestion=suggestion,
        fix=None if fix is None else _fix(fix),
    )


def _fix(raw: Sequence[Any]) -> Fix:
    applicability, title, edits = raw
    return Fix(
        tuple(Edit(Span(int(s), int(e)), str(r)) for s, e, r in edits),
        Applicability(applicability),
        str(title),
    )


@functools.cache
def _known_rules() -> dict[str, str]:
    from prlocalize.rules.registry import RULES

    return {rule.code: rule.name for rule in RULES}


_SEVERITIES = frozenset(s.name for s in Severity)
_APPLICABILITIES = frozenset(a.value for a in Applicability)


def _offsets(start: Any, end: Any, size: int) -> bool:
    """Two ints (not bools) with 0 <= start <= end <= size: a span inside the text."""
    return type(start) is int and type(end) is int and 0 <= start <= end <= size


def _valid_entry(entry: tuple[Any, Any], size: int) -> bool:
    """Whether a cached entry for a text of ``size`` characters is what ``put`` writes."""
    lang, records = entry
    if not isinstance(lang, str) or not isinstance(records, list):
        return False
    return all(valid_finding_record(raw, size) for raw in records)


def valid_finding_record(raw: Any, size: int | None = None) -> bool:
    """Whether ``raw`` is what :func:`finding_record` writes, with its spans inside a text
    of ``size`` characters (None: of a text not at hand, any span from 0 on)."""
    if not isinstance(raw, list) or len(raw) != 9:
        return False
    start, end, code, name, severity, message, found, suggestion, fix = raw
    limit = size if size is not None else sys.maxsize
    if not _offsets(start, end, limit) or _known_rules().get(code) != name:
        return False
    if severity not in _SEVERITIES or not isinstance(message, str):
        return False
    if not isinstance(found, str) or not isinstance(suggestion, str | None):
        return False
    return fix is None or _valid_fix(fix, limit)


def _valid_fix(fix: Any, size: int) -> bool:
    if not isinstance(fix, list) or len(fix) != 3:
        return False
    applicability, title, edits = fix
    if applicability not in _APPLICABILITIES or not isinstance(title, str):
        return False
    if not isinstance(edits, list):
        return False
    return all(
        isinstance(e, list) and len(e) == 3 and _offsets(e[0], e[1], size) and isinstance(e[2], str)
        for e in edits
    )
