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

The cache is derived data: JSON (never pickle, so a planted cache file cannot run
code), written atomically at the end of a run, ignored when unreadable or when its
folder cannot be written (a read-only checkout in CI simply runs uncached).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prlocalize.document import Span
from prlocalize.findings import Applicability, Edit, FileReport, Finding, Fix, Severity

FORMAT = 1  # bump when the stored shape changes
ENV_DIR = "PRLOCALIZE_CACHE_DIR"
ENV_OFF = "PRLOCALIZE_NO_CACHE"
KEEP_FILES = 8  # fingerprints kept; older cache files are removed on save
MAX_ENTRIES = 100_000  # releases remembered per fingerprint
MAX_BYTES = 512 * 1024 * 1024  # a cache file larger than this is not read

_PACKAGE = Path(__file__).resolve().parent


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


def _code_stamp() -> str:
    """prlocalize's own code: a changed rule must not be answered from the cache. The
    modules' contents (~100 small files, a few ms), not their times, so that a fresh
    install of the same code in CI can use a cache restored from an earlier run."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return digest.hexdigest()


def fingerprint(settings: Any, rule_codes: Sequence[str], glossary_files: Iterable[Path]) -> str:
    """The digest of everything besides a release's text that its findings depend on."""
    from prlocalize import __version__

    digest = hashlib.blake2b(digest_size=16)
    parts: dict[str, Any] = {
        "format": FORMAT,
        "prlocalize": __version__,
        "code": _code_stamp(),
        "python": sys.version,  # the Unicode database and regex engine come with it
        "rules": sorted(rule_codes),
        "source_lang": getattr(settings, "source_lang", None),
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


@dataclass
class CheckCache:
    """The remembered reports of one fingerprint; ``save`` writes them back."""

    file: Path
    entries: dict[str, list[Any]] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, directory: Path, print_: str) -> CheckCache:
        from prlocalize.errors import InputError
        from prlocalize.fsutil import read_regular

        file = directory / f"check-{print_}.json"
        try:
            # a regular file of bounded size only: /dev/zero or a FIFO put in its place
            # must not be read forever, nor a deeply nested one exhaust the stack
            data = json.loads(read_regular(file, limit=MAX_BYTES, what="check cache"))
        except (InputError, ValueError, RecursionError):
            return cls(file)  # no cache yet, or one we cannot read: start afresh
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls(file)
        entries = data.get("files")
        if not isinstance(entries, dict):
            return cls(file)
        return cls(file, entries)

    def get(self, path: str, text: str) -> FileReport | None:
        """The report of ``path`` when its text is the one remembered, else None.

        The cache folder may be writable by others than the user (a shared CI cache): an
        entry is used only when every finding in it could have come from prlocalize for
        this text (a known rule, spans and edits inside the text, the right types). One
        that could not means the file was tampered with or damaged: it is dropped whole.
        """
        entry = self.entries.get(os.path.abspath(path))
        if not isinstance(entry, list) or len(entry) != 3 or entry[0] != text_digest(text):
            return None
        if not _valid_entry(entry, len(text)):
            self.entries.clear()
            self.changed = True
            return None
        findings = [_finding(path, raw) for raw in entry[2]]
        return FileReport(path, text, findings, lang=entry[1])

    def put(self, report: FileReport) -> None:
        key = os.path.abspath(report.path)
        self.entries.pop(key, None)  # re-inserted last: the newest entries survive pruning
        self.entries[key] = [
            text_digest(report.text),
            report.lang,
            [_record(f) for f in report.findings],
        ]
        self.changed = True

    def save(self) -> None:
        """Write the cache atomically; a folder we cannot write leaves the run uncached."""
        if not self.changed:
            return
        from prlocalize.errors import WriteError
        from prlocalize.fsutil import atomic_write

        entries = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = dict(list(entries.items())[-MAX_ENTRIES:])
        data = {"format": FORMAT, "files": entries}
        with contextlib.suppress(OSError, WriteError):
            self.file.parent.mkdir(parents=True, exist_ok=True)
            _ignore_in_git(self.file.parent)
            # a link planted in the cache folder is replaced, never written through
            text = json.dumps(data, ensure_ascii=False)
            atomic_write(self.file, text, durable=False, follow_symlinks=False)
            self._prune()

    def _prune(self) -> None:
        others = sorted(
            self.file.parent.glob("check-*.json"),
            key=lambda p: p.lstat().st_mtime,
            reverse=True,
        )
        for stale in others[KEEP_FILES:]:
            if stale != self.file:
                with contextlib.suppress(OSError):
                    stale.unlink()


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


def _record(finding: Finding) -> list[Any]:
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


def _finding(path: str, raw: Sequence[Any]) -> Finding:
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


def _valid_entry(entry: list[Any], size: int) -> bool:
    """Whether a cached entry for a text of ``size`` characters is what ``put`` writes."""
    _, lang, records = entry
    if not isinstance(lang, str) or not isinstance(records, list):
        return False
    rules = _known_rules()
    for raw in records:
        if not isinstance(raw, list) or len(raw) != 9:
            return False
        start, end, code, name, severity, message, found, suggestion, fix = raw
        if not _offsets(start, end, size) or rules.get(code) != name:
            return False
        if severity not in _SEVERITIES or not isinstance(message, str):
            return False
        if not isinstance(found, str) or not isinstance(suggestion, str | None):
            return False
        if fix is not None and not _valid_fix(fix, size):
            return False
    return True


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
