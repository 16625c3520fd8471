"""prlocalize.checking
~~~~~~~~~~~~~~~~~~~

Use-case functions behind ``prlocalize check``: run the selected rules over
documents, drop suppressed findings, apply safe fixes (re-checking until nothing
changes, as ruff does) and produce the unified diff of all fixes. Nothing here
prints; everything returns data.

A run streams (:func:`iter_check`): releases are read, checked (in worker processes
from :mod:`prlocalize.parallel` when there are many) and handed on one by one, in
input order, without their text unless asked; only the run's :class:`Tally` grows.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    Tally,
    apply_fixes,
)
from prlocalize.fsutil import (
    RELEASE_SUFFIXES,
    PathList,
    Snapshot,
    atomic_write,
    folder_lock,
    iter_release_files,
    read_regular,
)
from prlocalize.glossary.model import Glossary
from prlocalize.rules.base import CheckContext, Rule

MAX_ITERATIONS = 20  # fix passes per file; each pass applies every non-overlapping fix


class RuleError(RuntimeError):
    """A rule raised: a bug in prlocalize, reported with the rule's code and the file."""


@dataclass
class _Run:
    rules: Sequence[type[Rule]]
    settings: Any
    loaded: Glossary | None = None  # read on first use: a run answered from the cache needs none
    matchers: dict[str, Any] = field(default_factory=dict)
    stored: bool = True  # whether the glossary may come from (and go to) the cache folder

    @property
    def glossary(self) -> Glossary:
        if self.loaded is None:
            self.loaded = load_glossary(self.settings, stored=self.stored)
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


def check_release(
    document: Document,
    glossary: Glossary,
    matcher_for: Callable[[str], Any],
    rules: Sequence[type[Rule]],
    settings: Any = None,
) -> list[Finding]:
    """:func:`check_document` with the matcher of the release's language; a file that
    holds the release in two languages one after the other (or paragraph by paragraph)
    has each version checked in its own language, as two releases would be."""
    from prlocalize.readers.bilingual import bilingual_versions

    versions = bilingual_versions(document)
    if versions is None:
        return check_document(document, glossary, matcher_for(document.lang), rules, settings)
    found = [
        finding
        for version in versions
        for finding in check_document(version, glossary, matcher_for(version.lang), rules, settings)
    ]
    return _unique(sorted(found, key=Finding.sort_key))


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
    if any(f.code in _ERRATUM_OK for f in findings):
        findings = _errata_removed(document, findings)
        findings = _verbatim_removed(document, findings)
    # only a finding a definition may excuse needs the release's definitions looked up
    excusable = any(f.code in _DEFINED_OK for f in findings)
    defined = _defined_forms(document, matcher) if excusable else frozenset()
    if defined:
        findings = [f for f in findings if not (f.code in _DEFINED_OK and f.found in defined)]
    if any(f.fix is not None for f in findings):
        from prlocalize.rules.front_matter_fixes import withdraw_fixes_breaking_front_matter
        from prlocalize.rules.verbatim import withdraw_fixes_in_verbatim_words

        # whatever a rule's fix, never an edit inside an address, a file name or a handle,
        # nor one that changes how the front matter's YAML reads
        findings = withdraw_fixes_in_verbatim_words(document.text, findings)
        findings = withdraw_fixes_breaking_front_matter(document, findings)
        findings = _longer_names_suggested(document, matcher, findings)
    return _unique(sorted(findings, key=Finding.sort_key))


# what a short form the release defines for an entry may not be blamed for: a near miss,
# another order, another way of writing the entity (a forbidden form stays forbidden)
_DEFINED_OK = frozenset({"PR102", "PR104", "PR105"})


# the glossary's name rules and its compound spellings: what a wrong form a correction
# notice quotes on purpose may not be blamed for ('misspelled "cold-chain" as
# "coldchain"': fixed, the notice would correct a word into itself), nor a word spelt as
# it works elsewhere (a file name, a handle); a typographic slip there is still one
_ERRATUM_OK = frozenset({"PR101", "PR102", "PR103", "PR104", "PR105", "PR106", "PR304"})


def _errata_removed(document: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` less the name findings inside a wrong form a correction quotes
    ('（誤）加藤 幹雄', 'incorrectly stated as "Mikio Katoh"')."""
    from prlocalize.rules.errata import quoted_wrong_forms

    quoted = quoted_wrong_forms(document)
    if not quoted:
        return findings
    return [
        f
        for f in findings
        if not (
            f.code in _ERRATUM_OK
            and any(q.start <= f.span.start and f.span.end <= q.end for q in quoted)
        )
    ]


# the rules whose safe fix replaces a wrong form of a glossary name with the right one
_NAME_FIXES = frozenset({"PR103"})


def _longer_names_suggested(
    document: Document, matcher: Any, findings: list[Finding]
) -> list[Finding]:
    """``findings``, a name fix only suggested where its form may begin another entity's
    name ('Meridia Food Bank' is no 'Meridia Foods')."""
    if matcher is None or not any(f.code in _NAME_FIXES for f in findings):
        return findings
    from prlocalize.glossary.model import Kind
    from prlocalize.rules.longer_names import suggest_only_inside_longer_names

    entities = (Kind.ORG, Kind.BRAND, Kind.PLACE)

    def names_entity(finding: Finding) -> bool:
        found = finding.found
        return finding.code in _NAME_FIXES and any(
            m.start == 0 and m.end == len(found) and m.entry.kind in entities
            for m in matcher.find(found)
        )

    return suggest_only_inside_longer_names(document.text, findings, names_entity)


def _verbatim_removed(document: Document, findings: list[Finding]) -> list[Finding]:
    """``findings`` less the glossary's name and term findings wholly inside a word spelt
    as it works elsewhere: a file name ('coldchain_spec.pdf'), a handle or hashtag
    ('@MeridiaFoods'), an address on any domain. The release cannot respell them."""
    from prlocalize.rules.verbatim import in_verbatim_word

    text = document.text
    return [
        f
        for f in findings
        if not (f.code in _ERRATUM_OK and in_verbatim_word(text, f.span.start, f.span.end))
    ]


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


def split_paths(paths: Iterable[str | Path]) -> tuple[PathList, PathList]:
    """(release files, .po files) named by or found below ``paths``, as
    :class:`~prlocalize.fsutil.PathList` (an archive's are its largest lists)."""
    releases, catalogs = PathList(), PathList()
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.suffix.lower() == ".po":
            catalogs.append(path)
            continue
        if path.is_dir():
            found = 0
            for file in iter_release_files([path], suffixes=(*RELEASE_SUFFIXES, ".po")):
                (catalogs if file.suffix.lower() == ".po" else releases).append(file)
                found += 1
            if not found:  # a mistyped or empty folder must not pass as clean
                raise UsageError(
                    f"no releases found under {path}: looked for "
                    f"{' '.join((*RELEASE_SUFFIXES, '.po'))}"
                )
        else:
            for file in iter_release_files([path]):
                releases.append(file)
    return releases, catalogs


NO_GLOSSARY = "no-glossary"


def glossary_notices(settings: Any) -> list[Notice]:
    """What every report must say about the glossaries of this run.

    A glossary named with ``-g`` or in the config that does not exist is an input error
    (the run would check less than asked, silently): raised, naming the flag or the
    config file and line. No glossary at all, or folders without a glossary file in
    them, is allowed but never silent: a ``no-glossary`` notice.
    """
    from prlocalize.glossary.files import GLOSSARY_SUFFIXES, glossary_files

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


def load_glossary(settings: Any, *, stored: bool = True) -> Glossary:
    """The glossaries the settings name, merged: from the cache folder when they are
    stored there as the files are now (``stored=False``: read from the files only)."""
    from prlocalize.check_cache import cache_dir, code_stamp, prepare_folder
    from prlocalize.glossary.stored import load_stored

    folder = cache_dir(settings) if stored else None
    if folder is not None and not prepare_folder(folder):
        folder = None  # a folder we cannot create: read the files
    return load_stored(settings.glossary_paths(), folder, code_stamp())


class CheckStream:
    """A check run under way: iterate it for the file reports, in input order (releases,
    then catalogs); ``notices`` are known before the first, ``tally`` is complete after
    the last (with ``errors``: the releases that could not be read)."""

    def __init__(self, notices: list[Notice], reports: Iterator[FileReport], tally: Tally) -> None:
        self.notices = notices
        self.tally = tally
        self._reports = reports

    def __iter__(self) -> Iterator[FileReport]:
        return self._reports

    def collect(self) -> CheckResult:
        files = list(self)
        tally = self.tally
        return CheckResult(files, fixed=tally.fixed, notices=self.notices, errors=tally.errors)


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
    keep_text: bool = True,
) -> CheckResult:
    """Check every release (and catalog) below ``paths``; with ``fix``, apply safe fixes.

    :func:`iter_check`, collected: every report is kept (with its text unless
    ``keep_text`` is false). The CLI streams instead.
    """
    return iter_check(
        paths,
        settings,
        select=select,
        ignore=ignore,
        fix=fix,
        progress=progress,
        jobs=jobs,
        cache=cache,
        write=write,
        keep_text=keep_text,
    ).collect()


def iter_check(
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
    keep_text: bool = False,
    glossary: Glossary | None = None,
) -> CheckStream:
    """Check every release (and catalog) below ``paths``, report by report.

    What can stop the run as a whole (no release found, a missing or broken glossary)
    is raised here, before the first report. Each report comes when its turn in the
    input order comes, and keeps its text only with ``keep_text`` (else just what the
    reporters need: :class:`~prlocalize.findings.Excerpt`).

    ``fix`` applies safe fixes; ``write=False`` with ``fix`` works out the fixes exactly
    as ``--fix`` would (every pass and re-check) and keeps the text before them in
    ``FileReport.original``, without touching a file: that is what ``--diff`` shows.

    ``jobs``: worker processes for many releases (default: one per CPU from
    :data:`prlocalize.parallel.PARALLEL_FROM` releases on; 1 checks in this process).
    ``cache``: answer unchanged releases and catalogs from the check cache (see
    :mod:`prlocalize.check_cache`); never used with ``fix``, which must see and write
    the files themselves. ``glossary``: the glossary already loaded from ``settings``
    (``run`` loads it once for every stage).
    """
    from prlocalize.rules.registry import select_rules

    notices = glossary_notices(settings)
    releases, catalogs = split_paths(paths)
    rules = select_rules(
        [*getattr(settings, "select", ()), *select] or None,
        [*getattr(settings, "ignore", ()), *ignore] or None,
    )
    run = _Run(rules, settings, loaded=glossary, stored=cache)
    files = PathList(itertools.chain(releases, catalogs))  # reported in this order
    remembered = open_cache(settings, rules) if cache and not fix and files else None
    unchanged = _look_unchanged(remembered, files)
    # unchanged files need no glossary: a warm run of an unchanged archive loads none
    if not all(unchanged):
        run.glossary  # noqa: B018 - a broken glossary stops the run before any release is read
    tally = Tally(notices=list(notices))
    job = _Job(run, remembered, fix=fix, write=write, keep_text=keep_text)
    reports = _stream(job, files, unchanged, tally, progress, jobs)
    return CheckStream(notices, reports, tally)


def _look_unchanged(remembered: Any, files: Sequence[Path]) -> list[bool]:
    """Per file (release or catalog), whether the cache remembers it with its current size
    and time (so that it will most likely be answered from the cache)."""
    if remembered is None:
        return [False] * len(files)
    from prlocalize.check_cache import file_stat

    return [remembered.looks_unchanged(str(path), file_stat(path)) for path in files]


@dataclass(slots=True)
class _Outcome:
    """What checking one release gives the process that reports (pickled when a worker
    checked it, so small: the report has let its text go unless asked to keep it)."""

    report: FileReport
    digest: str | None = None  # checked afresh: the digest of its text, for the cache
    stat: tuple[int, int] | None = None  # its size and time, when the cache should store them
    fixed: int = 0
    damaged: bool = False  # the cache held an entry prlocalize could not have written


@dataclass
class _Job:
    """How each release of a run is checked (in this process or a forked worker)."""

    run: _Run
    cache: Any  # a CheckCache, or None
    fix: bool
    write: bool
    keep_text: bool

    def __call__(self, path: Path) -> _Outcome:
        from prlocalize.check_cache import file_stat, text_digest

        cache = self.cache
        stat = file_stat(path) if cache is not None else None
        catalog = is_catalog(path)
        if cache is not None:
            text = _text_if_readable(path, self.run.settings, catalog=catalog)
            hit = cache.lookup(str(path), text) if text is not None else None
            if hit is not None:
                if catalog:
                    hit.report.kind = "catalog"
                self._settle(hit.report)
                refreshed = stat if stat is not None and hit.stat != stat else None
                return _Outcome(hit.report, stat=refreshed, damaged=cache.damaged)
        if catalog:
            try:
                report, fixed = _check_catalog(self.run, path), 0
            except UnreadableFile:
                raise
            except InputError as exc:
                # a broken catalog (a syntax error, a duplicate msgid) is reported and the
                # others are still checked, as an unreadable release is: a run that stopped
                # at it left a machine report cut off in the middle on stdout
                raise UnreadableFile(exc.path, exc.line, exc.message, exc.hint) from None
        else:
            report, fixed = _check_release(self.run, path, fix=self.fix, write=self.write)
        digest = text_digest(report.text) if cache is not None else None
        self._settle(report)
        damaged = cache is not None and cache.damaged
        return _Outcome(report, digest, stat, fixed, damaged)

    def _settle(self, report: FileReport) -> None:
        if not self.keep_text:
            report.let_go()


def _stream(
    job: _Job,
    files: Sequence[Path],
    unchanged: list[bool],
    tally: Tally,
    progress: Callable[[int], None] | None,
    jobs: int | None,
) -> Iterator[FileReport]:
    from prlocalize.parallel import ordered_map, worker_count

    cache = job.cache
    # Files (releases, then catalogs) that look unchanged are answered here, from the
    # cache (a few reads each: not worth a worker); the others go to the workers, and
    # each comes back in its turn.
    changed = PathList(path for path, same in zip(files, unchanged, strict=True) if not same)
    # fixes write files: one process (and the fix passes re-check, which a worker would not)
    workers = 1 if job.fix else worker_count(len(changed), jobs)
    if workers > 1:
        job.run.prepare(getattr(job.run.settings, "source_lang", None) or "en")
        for locale in sorted({_catalog_dir_locale(p) for p in changed if is_catalog(p)} - {""}):
            job.run.matcher(locale)  # the catalogs' target matchers, shared likewise
        translating = any(rule.target == "translation" for rule in job.run.rules)
        if translating and any(is_catalog(p) for p in changed):
            from prlocalize.translation_checking import load_pair_checks

            load_pair_checks()  # (the workers would each compile the same patterns)
        if cache is not None:
            cache.before_fork()
    dropped = False
    checked = ordered_map(job, changed, workers, catch=(UnreadableFile,))
    try:
        for path, same in zip(files, unchanged, strict=True):
            outcome: _Outcome | BaseException
            if not same:
                outcome = next(checked)
            else:
                try:
                    outcome = job(path)
                except UnreadableFile as exc:
                    outcome = exc
            if isinstance(outcome, InputError):
                tally.errors.append(outcome)  # one unreadable release never stops the others
            elif isinstance(outcome, _Outcome):
                report = outcome.report
                if cache is not None:
                    if outcome.damaged and not dropped:
                        cache.drop()  # once: what is stored after it is sound
                        dropped = True
                    if outcome.digest is not None:
                        cache.put(report, outcome.digest, outcome.stat)
                    elif outcome.stat is not None:
                        cache.restat(str(path), outcome.stat)
                tally.fixed += outcome.fixed
                tally.add(report)
                yield report
            if progress is not None:
                progress(1)
    finally:
        close = getattr(checked, "close", None)
        if close is not None:
            close()  # the workers stop (all was taken, or the reporter failed)
        if cache is not None:
            cache.save()


def is_catalog(path: Path) -> bool:
    """Whether ``path`` is a catalog (a .po file) rather than a release."""
    return path.suffix.lower() == ".po"


def _catalog_dir_locale(path: Path) -> str:
    """The locale a catalog's folder names (``<locale>/LC_MESSAGES/<stem>.po``), or ""."""
    parents = path.parents
    return parents[1].name if len(parents) > 1 and parents[0].name == "LC_MESSAGES" else ""


def open_cache(settings: Any, rules: Sequence[type[Rule]], *, purpose: str = "check") -> Any:
    """The check cache of this configuration, or None when caching is off. Another
    ``purpose`` (``build-gate``: error-level findings only) is another fingerprint, so
    its entries and `check`'s never answer for each other."""
    from prlocalize import check_cache
    from prlocalize.glossary.files import glossary_files

    folder = check_cache.cache_dir(settings)
    if folder is None:
        return None
    marker = [] if purpose == "check" else [f"purpose:{purpose}"]
    print_ = check_cache.fingerprint(
        settings, [*marker, *(r.code for r in rules)], glossary_files(settings.glossary_paths())
    )
    return check_cache.CheckCache.open(folder, print_)


def _text_if_readable(path: Path, settings: Any, *, catalog: bool = False) -> str | None:
    """The decoded text of ``path``, or None when reading it would fail (the reader then
    reports why, with the file and line, when the release or catalog is checked)."""
    from prlocalize.readers import MAX_BYTES, decode_source

    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = path.read_bytes()
        if catalog:
            from prlocalize.catalog.io import decode_catalog

            return decode_catalog(data, path)
        return decode_source(data, str(path), getattr(settings, "encoding", None))
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
                check_release(document, glossary, run.matcher, rules, settings),
                lang=document.lang,
            )
            for document in documents
        ],
    )


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
    findings = check_release(document, run.glossary, run.matcher, run.rules, run.settings)
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
        findings = check_release(document, run.glossary, run.matcher, run.rules, run.settings)
        if not any(f.fixable for f in findings):
            break
    return document, findings, fixed


def _write_back(path: Path, text: str, snapshot: Snapshot, encoding: str | None = None) -> None:
    """Write fixed text as the file was read (:func:`~prlocalize.readers.writeback.encode_as_read`:
    its BOM, CR-only line endings and encoding, given by ``encoding`` or its ``<meta>``). A
    file saved by someone else since it was read is left as they saved it (exit 2), and so is
    one whose encoding cannot hold a character a fix would add."""
    from prlocalize.readers import MAX_BYTES
    from prlocalize.readers.writeback import encode_as_read

    with folder_lock(path.parent, "check --fix"):
        raw = read_regular(path, limit=MAX_BYTES, what="release")
        try:
            data = encode_as_read(text, raw, path, encoding)
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start : exc.end]
            line = text.count("\n", 0, max(text.find(char), 0)) + 1
            raise InputError(
                path,
                line,
                f"a fix would write {char!r}, which {exc.encoding} cannot hold; nothing was "
                "written to the file",
                "convert it to UTF-8, or make this fix by hand",
            ) from None
        try:
            atomic_write(path, data, expect=snapshot)
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
    return "".join(diff_report(report, unsafe=unsafe) for report in result.files)


def diff_report(report: FileReport, *, unsafe: bool = False) -> str:
    """:func:`diff_result` of one file report (which must have kept its text)."""
    if report.kind != "source":
        return ""
    if not report.has_text:
        raise ValueError(f"a diff needs the text: {report.path} was checked without it")
    if report.original is not None:
        before, fixed, left = report.original, report.text, report.findings
    else:
        outcome = apply_fixes(report.text, report.findings)
        before, fixed = report.text, outcome.text
        left = [f for f in report.findings if f not in outcome.applied]
    chunks = _unified(report.path, before, fixed, SAFE_LABEL)
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
    "CheckStream",
    "RuleError",
    "check_document",
    "check_paths",
    "diff_report",
    "diff_result",
    "fix_diff",
    "fix_document",
    "glossary_notices",
    "iter_check",
    "split_paths",
]
