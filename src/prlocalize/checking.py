"""prlocalize.checking
~~~~~~~~~~~~~~~~~~~

Use-case functions behind ``prlocalize check``: run the selected rules over
documents, drop suppressed findings, apply safe fixes (re-checking until nothing
changes, as ruff does) and produce the unified diff of all fixes. Nothing here
prints; everything returns data.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prlocalize.document import Block, Document
from prlocalize.errors import ConcurrentChange, InputError, UnreadableFile, UsageError
from prlocalize.findings import (
    CheckResult,
    FileReport,
    Finding,
    Notice,
    Severity,
    apply_fixes,
)
from prlocalize.fsutil import (
    RELEASE_SUFFIXES,
    Snapshot,
    atomic_write,
    folder_lock,
    iter_release_files,
    read_regular,
)
from prlocalize.glossary.model import Glossary
from prlocalize.rules.base import CheckContext, Rule

MAX_ITERATIONS = 20  # fix passes per file; each pass applies every non-overlapping fix
_BOM = "\ufeff"


class RuleError(RuntimeError):
    """A rule raised: a bug in prlocalize, reported with the rule's code and the file."""


@dataclass
class _Run:
    rules: Sequence[type[Rule]]
    settings: Any
    loaded: Glossary | None = None  # read on first use: a run answered from the cache needs none
    matchers: dict[str, Any] = field(default_factory=dict)

    @property
    def glossary(self) -> Glossary:
        if self.loaded is None:
            self.loaded = load_glossary(self.settings)
        return self.loaded

    def matcher(self, lang: str) -> Any:
        if lang not in self.matchers:
            from prlocalize.glossary.matcher import TermMatcher

            self.matchers[lang] = TermMatcher.build(self.glossary, lang)
        return self.matchers[lang]

    def prepare(self, lang: str) -> None:
        """Build the matcher of ``lang`` and the glossary indexes the rules look up
        (``Rule.prepare``): before workers fork, so that they share one copy."""
        self.matcher(lang)
        for rule in self.rules:
            rule.prepare(self.glossary, lang)


def _severity_overrides(settings: Any) -> dict[str, Severity]:
    overrides = getattr(settings, "severity", None) or {}
    return {code.upper(): Severity.parse(level) for code, level in overrides.items()}


def check_document(
    document: Document,
    glossary: Glossary,
    matcher: Any,
    rules: Sequence[type[Rule]],
    settings: Any = None,
) -> list[Finding]:
    """Every finding of ``rules`` in ``document``, suppressions applied, in source order."""
    ctx = CheckContext(document=document, glossary=glossary, matcher=matcher, settings=settings)
    overrides = _severity_overrides(settings)
    ignored = _file_ignores(settings, document.path)
    findings: list[Finding] = []
    for rule_cls in rules:
        if rule_cls.target != "source":
            continue
        # A file's ignores are suppressions, as a comment is: a superseding rule still runs,
        # so that what it owns (PR204's foreign fragment) is not reported under another code.
        if _suppressed(rule_cls.code, ignored) and not rule_cls.supersedes:
            continue
        rule = rule_cls(overrides.get(rule_cls.code))
        try:
            findings.extend(rule.check(ctx))
        except Exception as exc:  # a rule bug must name the rule and the file
            raise RuleError(f"{rule_cls.code} failed on {document.path}: {exc!r}") from exc
    findings = _superseded_removed(findings, rules)
    if ignored:
        findings = [f for f in findings if not _suppressed(f.code, ignored)]
    suppressing = [b for b in document.blocks if b.ignore]
    if suppressing:
        _check_suppressions(document, suppressing)
        findings = [f for f in findings if not _block_suppressed(suppressing, f)]
    defined = _defined_forms(document, matcher) if findings else frozenset()
    if defined:
        findings = [f for f in findings if not (f.code in _DEFINED_OK and f.found in defined)]
    return _unique(sorted(findings, key=Finding.sort_key))


# what a short form the release defines for an entry may not be blamed for: a near miss,
# another order, another way of writing the entity (a forbidden form stays forbidden)
_DEFINED_OK = frozenset({"PR102", "PR104", "PR105"})


def _defined_forms(document: Document, matcher: Any) -> frozenset[str]:
    """Short forms ``document`` defines for glossary entries ('(hereafter "Takeda")')."""
    from prlocalize.glossary.definitions import find_definitions

    return frozenset(
        definition.form
        for block in document.blocks
        for segment in block.segments
        for definition in find_definitions(segment.plain or segment.text, matcher)
        if definition.entry_id is not None
    )


def _file_ignores(settings: Any, path: str) -> tuple[str, ...]:
    if not getattr(settings, "per_file_ignores", None):
        return ()
    return tuple(c.upper() for c in settings.ignored_codes_for(path))


def _suppressed(code: str, prefixes: Iterable[str]) -> bool:
    return any(code.startswith(p.upper()) for p in prefixes)


def _superseded_removed(findings: list[Finding], rules: Sequence[type[Rule]]) -> list[Finding]:
    """One finding per defect: drop a finding that overlaps one of a rule superseding its
    code (PR204's untranslated link is also a foreign fragment and a link without target)."""
    supersedes = {r.code: r.supersedes for r in rules if r.supersedes}
    dominant = [f for f in findings if f.code in supersedes]
    if not dominant:
        return findings
    return [
        f
        for f in findings
        if not any(
            f.code in supersedes[d.code] and f.span.start < d.span.end and d.span.start < f.span.end
            for d in dominant
        )
    ]


def _check_suppressions(document: Document, blocks: list[Block]) -> None:
    """Every code a suppression comment names must be a rule's (the reader has checked
    their shape): 'PR999' is an input error on the comment's line, not a no-op."""
    from prlocalize.readers.suppression import HINT, SuppressionError
    from prlocalize.rules.registry import known_codes

    for block in blocks:
        try:
            known_codes(block.ignore)
        except SuppressionError as exc:
            at = document.text.rfind("prlocalize", 0, block.span.start + 1)
            line = document.text.count("\n", 0, at) + 1 if at >= 0 else None
            raise InputError(document.path, line, exc.message, HINT) from None


def _block_suppressed(blocks: list[Block], finding: Finding) -> bool:
    """Whether a ``<!-- prlocalize: ignore CODE -->`` before its block names the code
    (exactly: the reader has refused anything but known codes)."""
    for block in blocks:
        if block.span.start <= finding.span.start < max(block.span.end, block.span.start + 1):
            return finding.code in block.ignore
    return False


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.code, f.span, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def split_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """(release files, .po files) named by or found below ``paths``."""
    releases: list[Path] = []
    catalogs: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.suffix.lower() == ".po":
            catalogs.append(path)
            continue
        if path.is_dir():
            found = list(iter_release_files([path], suffixes=(*RELEASE_SUFFIXES, ".po")))
            if not found:  # a mistyped or empty folder must not pass as clean
                raise UsageError(
                    f"no releases found under {path}: looked for "
                    f"{' '.join((*RELEASE_SUFFIXES, '.po'))}"
                )
            catalogs.extend(f for f in found if f.suffix.lower() == ".po")
            releases.extend(f for f in found if f.suffix.lower() != ".po")
        else:
            releases.extend(iter_release_files([path]))
    return releases, catalogs


NO_GLOSSARY = "no-glossary"


def glossary_notices(settings: Any) -> list[Notice]:
    """What every report must say about the glossaries of this run.

    A glossary named with ``-g`` or in the config that does not exist is an input error
    (the run would check less than asked, silently): raised, naming the flag or the
    config file and line. No glossary at all, or folders without a glossary file in
    them, is allowed but never silent: a ``no-glossary`` notice.
    """
    from prlocalize.glossary.io import GLOSSARY_SUFFIXES, glossary_files

    named = tuple(getattr(settings, "glossaries", ()) or ())
    paths = settings.glossary_paths()
    origin_of = getattr(settings, "origin", None)
    origin = origin_of("glossaries") if origin_of is not None else None
    for raw, path in zip(named, paths, strict=False):
        if path.exists():
            continue
        if origin is not None and origin.kind == "file":
            raise InputError(
                origin.path,
                origin.line,
                f"glossaries: {raw!r} does not exist (looked for {path})",
                "fix the path in the config, or remove it",
            )
        flag = getattr(origin, "flag", None) or "-g"
        raise InputError(path, None, f"glossary given with {flag} does not exist", "check the path")
    off = "name and term checks are off"
    if not paths:
        message = f"no glossary found: {off} (pass -g GLOSSARY or add a glossaries/ folder)"
        return [Notice(NO_GLOSSARY, message)]
    if not glossary_files(paths):
        where = ", ".join(str(p) for p in paths)
        kinds = "/".join(GLOSSARY_SUFFIXES)
        message = f"no glossary found: no {kinds} file in {where}; {off}"
        return [Notice(NO_GLOSSARY, message)]
    return []


def load_glossary(settings: Any) -> Glossary:
    from prlocalize.glossary.io import load_glossaries

    return load_glossaries(settings.glossary_paths())


def check_paths(
    paths: Iterable[str | Path],
    settings: Any,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    fix: bool = False,
    progress: Callable[[int], None] | None = None,
    jobs: int | None = None,
    cache: bool = True,
    write: bool = True,
) -> CheckResult:
    """Check every release (and catalog) below ``paths``; with ``fix``, apply safe fixes.

    ``write=False`` with ``fix`` works out the fixes exactly as ``--fix`` would (every
    pass and re-check) and keeps the text before them in ``FileReport.original``,
    without touching a file: that is what ``--diff`` shows.

    ``jobs``: worker processes for many releases (default: one per CPU from
    ``PARALLEL_FROM`` releases on; 1 checks in this process). ``cache``: answer
    unchanged releases from the check cache (see :mod:`prlocalize.check_cache`);
    never used with ``fix``, which must see and write the files themselves.
    """
    from prlocalize.rules.registry import select_rules

    notices = glossary_notices(settings)
    releases, catalogs = split_paths(paths)
    rules = select_rules(
        [*getattr(settings, "select", ()), *select] or None,
        [*getattr(settings, "ignore", ()), *ignore] or None,
    )
    run = _Run(rules, settings)
    remembered = _open_cache(settings, rules) if cache and not fix and releases else None
    reports: list[FileReport | None] = [None] * len(releases)
    if remembered is not None:
        for index, path in enumerate(releases):
            text = _text_if_readable(path, settings)
            if text is not None:
                reports[index] = remembered.get(str(path), text)
    hits = sum(r is not None for r in reports)
    if hits and progress is not None:
        progress(hits)
    todo = [i for i, r in enumerate(reports) if r is None]
    result = CheckResult(files=[], notices=notices)
    if todo or catalogs:
        run.glossary  # noqa: B018 - a broken glossary stops the run before any release is read
    workers = _workers(len(todo), jobs, fix)
    if workers > 1:
        fresh = _check_in_parallel(run, [releases[i] for i in todo], workers)
        for index, report in zip(todo, fresh, strict=True):
            if isinstance(report, UnreadableFile):
                result.errors.append(report)  # one unreadable release never stops the others
            else:
                reports[index] = report
            if progress is not None:
                progress(1)
    else:
        for index in todo:
            try:
                report, fixed = _check_release(run, releases[index], fix=fix, write=write)
            except UnreadableFile as exc:
                result.errors.append(exc)
            else:
                reports[index] = report
                result.fixed += fixed
            if progress is not None:
                progress(1)
    result.files.extend(r for r in reports if r is not None)
    if remembered is not None and todo:
        for index in todo:
            done = reports[index]
            if done is not None:
                remembered.put(done)
        remembered.save()
    for path in catalogs:
        result.files.append(_check_catalog(run, path))
        if progress is not None:
            progress(1)
    return result


def _open_cache(settings: Any, rules: Sequence[type[Rule]]) -> Any:
    """The check cache of this configuration, or None when caching is off."""
    from prlocalize import check_cache
    from prlocalize.glossary.io import glossary_files

    folder = check_cache.cache_dir(settings)
    if folder is None:
        return None
    print_ = check_cache.fingerprint(
        settings, [r.code for r in rules], glossary_files(settings.glossary_paths())
    )
    return check_cache.CheckCache.open(folder, print_)


def _text_if_readable(path: Path, settings: Any) -> str | None:
    """The decoded text of ``path``, or None when reading it would fail (the reader then
    reports why, with the file and line, when the release is checked)."""
    from prlocalize.readers import MAX_BYTES, decode_source

    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        return decode_source(path.read_bytes(), str(path), getattr(settings, "encoding", None))
    except (OSError, InputError):
        return None


def check_documents(
    documents: Sequence[Document], settings: Any, glossary: Glossary
) -> CheckResult:
    """Check releases already read (the pipeline reads each release once for every stage)."""
    from prlocalize.rules.registry import select_rules

    rules = select_rules(
        getattr(settings, "select", ()) or None, getattr(settings, "ignore", ()) or None
    )
    run = _Run(rules, settings, glossary)
    return CheckResult(
        notices=glossary_notices(settings),
        files=[
            FileReport(
                document.path,
                document.text,
                check_document(document, glossary, run.matcher(document.lang), rules, settings),
                lang=document.lang,
            )
            for document in documents
        ],
    )


PARALLEL_FROM = 64  # releases; below this, starting workers costs more than it saves
_WORKER_RUN: _Run | None = None  # the run a forked worker inherited


def _workers(releases: int, jobs: int | None, fix: bool) -> int:
    import multiprocessing
    import os

    if fix or "fork" not in multiprocessing.get_all_start_methods():
        return 1  # fixes write files: one process; workers inherit the run by forking
    if jobs is not None:
        return max(1, min(jobs, releases))
    if releases < PARALLEL_FROM:
        return 1
    return min(os.cpu_count() or 1, 8)


def _check_in_parallel(
    run: _Run, releases: list[Path], workers: int
) -> Iterable[FileReport | UnreadableFile]:
    """Reports (or the input error of an unreadable release) in the order of ``releases``,
    from forked workers sharing the loaded glossary."""
    import gc
    import multiprocessing

    global _WORKER_RUN
    lang = getattr(run.settings, "source_lang", None) or "en"
    run.prepare(lang)  # built once here, inherited by every worker
    _WORKER_RUN = run
    # The glossary and the matcher are read-only from here on: out of the collector's sight,
    # the workers neither scan them again and again nor copy their pages by touching them.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            names = [str(p) for p in releases]
            for report in pool.imap(_check_in_worker, names, chunksize=_chunk(len(names), workers)):
                if isinstance(report, tuple):  # an input error, as the worker saw it
                    unreadable, path, line, message, hint = report
                    if not unreadable:
                        raise InputError(path, line, message, hint)
                    yield UnreadableFile(path, line, message, hint)
                else:
                    yield report
    finally:
        _WORKER_RUN = None
        gc.unfreeze()


def _chunk(releases: int, workers: int) -> int:
    """Releases per task: at least four tasks a worker (for balance), at most 32 releases
    each (every task is a round trip through the pool's queues and result thread)."""
    return max(1, min(32, releases // (workers * 4)))


def _check_in_worker(
    path: str,
) -> FileReport | tuple[bool, str | None, int | None, str, str | None]:
    """One release's report; an input error comes back as its fields (and whether the file
    was unreadable), because our exceptions do not survive pickling (the pool would wait
    for that result forever)."""
    assert _WORKER_RUN is not None
    try:
        return _check_release(_WORKER_RUN, Path(path), fix=False)[0]
    except InputError as exc:
        return isinstance(exc, UnreadableFile), exc.path, exc.line, exc.message, exc.hint


def _read(run: _Run, path: Path) -> Document:
    from prlocalize.readers import read_document

    return read_document(
        path,
        lang=getattr(run.settings, "source_lang", None),
        encoding=getattr(run.settings, "encoding", None),
    )


def _check_release(
    run: _Run, path: Path, *, fix: bool, write: bool = True
) -> tuple[FileReport, int]:
    # what the file held when read: an editor's later save is seen when writing back
    snapshot = Snapshot.of(path) if fix and write else None
    document = _read(run, path)
    findings = check_document(
        document, run.glossary, run.matcher(document.lang), run.rules, run.settings
    )
    fixed = 0
    original: str | None = None
    if fix and any(f.fixable for f in findings):
        before = document.text
        document, findings, fixed = fix_document(run, document, findings)
        if fixed and snapshot is not None:
            _write_back(path, document.text, snapshot, getattr(run.settings, "encoding", None))
        elif fixed:
            original = before
    report = FileReport(str(path), document.text, findings, lang=document.lang)
    report.original = original
    return report, fixed


def fix_document(
    run: _Run, document: Document, findings: list[Finding]
) -> tuple[Document, list[Finding], int]:
    """Apply safe fixes and re-check until none is left or MAX_ITERATIONS passes."""
    from prlocalize.readers import parse_text

    fixed = 0
    for _ in range(MAX_ITERATIONS):
        outcome = apply_fixes(document.text, findings)
        if not outcome.applied or outcome.text == document.text:
            break
        fixed += len(outcome.applied)
        document = parse_text(
            outcome.text, path=document.path, format=document.format, lang=document.lang
        )
        matcher = run.matcher(document.lang)
        findings = check_document(document, run.glossary, matcher, run.rules, run.settings)
        if not any(f.fixable for f in findings):
            break
    return document, findings, fixed


def _write_back(path: Path, text: str, snapshot: Snapshot, encoding: str | None = None) -> None:
    """Write fixed text in the file's own encoding details: its BOM and, for a file with
    classic Mac (CR-only) line endings, which the reader reads as LF, CRs again; a legacy
    file read with ``encoding`` stays in that encoding. A file saved by someone else
    since it was read is left as they saved it (exit 2)."""
    from prlocalize.readers import MAX_BYTES

    legacy = encoding is not None and not encoding.replace("_", "-").lower().startswith("utf")
    codec = encoding if encoding is not None and legacy else "utf-8"
    with folder_lock(path.parent, "check --fix"):
        raw = read_regular(path, limit=MAX_BYTES, what="release")
        bom = _BOM if raw.startswith(b"\xef\xbb\xbf") and not legacy else ""
        if b"\r" in raw and b"\n" not in raw:
            text = text.replace("\n", "\r")
        try:
            atomic_write(path, bom + text, encoding=codec, expect=snapshot)
        except ConcurrentChange:
            raise ConcurrentChange(
                path,
                "changed on disk while prlocalize was fixing it; nothing was written to it",
                "its new content is kept: run `prlocalize check --fix` again",
            ) from None


def _check_catalog(run: _Run, path: Path) -> FileReport:
    from prlocalize.translation_checking import check_po

    translation_rules = [r for r in run.rules if r.target == "translation"]
    return check_po(path, run.glossary, translation_rules, run.settings)


def fix_diff(paths: Iterable[str | Path], settings: Any, *, select: Iterable[str] = (),
             ignore: Iterable[str] = (), unsafe: bool = False) -> str:  # fmt: skip
    """The unified diff of what ``--fix`` would write below ``paths`` (and, with
    ``unsafe``, of the suggested fixes on top of it); writes nothing."""
    result = check_paths(paths, settings, select=select, ignore=ignore, fix=True, write=False)
    return diff_result(result, unsafe=unsafe)


SAFE_LABEL = "safe fixes: what --fix writes"
SUGGESTED_LABEL = "suggested fixes: review them; --fix never applies these"


def diff_result(result: CheckResult, *, unsafe: bool = False) -> str:
    """Per release, the diff of its safe fixes, then (``unsafe``) a second diff of the
    suggested ones applied on top of them, each labelled in its ``+++`` line. Applied in
    order (``patch -p0``) the two give the fully fixed text. ``result`` comes from
    :func:`check_paths` with ``fix=True, write=False``; a report checked without fixing
    has its safe fixes worked out here in one pass."""
    chunks: list[str] = []
    for report in result.files:
        if report.kind != "source":
            continue
        if report.original is not None:
            before, fixed, left = report.original, report.text, report.findings
        else:
            outcome = apply_fixes(report.text, report.findings)
            before, fixed = report.text, outcome.text
            left = [f for f in report.findings if f not in outcome.applied]
        chunks.extend(_unified(report.path, before, fixed, SAFE_LABEL))
        if unsafe:
            suggested = [f for f in left if f.fix is not None and not f.fix.safe]
            after = apply_fixes(fixed, suggested, include_suggested=True).text
            chunks.extend(_unified(report.path, fixed, after, SUGGESTED_LABEL))
    return "".join(chunks)


def _unified(path: str, before: str, after: str, label: str) -> list[str]:
    if before == after:
        return []
    return [
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        for line in difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=path,
            tofile=f"{path}\t({label})",
        )
    ]


__all__ = [
    "MAX_ITERATIONS",
    "NO_GLOSSARY",
    "RuleError",
    "check_document",
    "check_paths",
    "diff_result",
    "fix_diff",
    "fix_document",
    "glossary_notices",
    "split_paths",
]
