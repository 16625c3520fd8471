"""prlocalize.catalog.workflow
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The catalog use cases over a locales folder: ``extract``, ``update`` and ``compile``.

Each streams: a release (or template, or catalog) is read, worked through, its output
*staged* (written to a temp file beside its target, see :class:`~prlocalize.fsutil.StagedWrite`)
and let go, by forked workers when there are many (:mod:`prlocalize.parallel`, ``jobs``);
what comes back to the parent is a small result per file. Only when every input has
proved sound are the staged files put in place, in the order of the inputs, so a broken
release or catalog still stops the command with nothing written, and memory does not grow
with the size of the archive. The output is the same, byte for byte, whatever ``jobs`` is.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from babel.messages.catalog import Catalog

from prlocalize.catalog.compile import CompileResult, compile_file
from prlocalize.catalog.headers import catalog_now, source_language
from prlocalize.catalog.io import (
    catalog_text,
    format_flag_data,
    parse_catalog_data,
    po_data,
    po_files,
    po_path,
    pot_path,
    read_catalog,
    read_catalog_bytes,
    read_catalog_text,
    same_entries,
    write_catalog,
)
from prlocalize.catalog.template import GlossaryHints, release_template
from prlocalize.catalog.update import FuzzyMatches, UpdateResult, merge_catalog, untranslated
from prlocalize.document import release_stem
from prlocalize.errors import ConcurrentChange, InputError, UsageError
from prlocalize.fsutil import (
    PathList,
    Snapshot,
    StagedWrite,
    bytes_digest,
    folder_lock,
    make_folder,
    put_all_in_place,
    same_content,
    stage_write,
)
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.spool import Spool

if TYPE_CHECKING:
    from prlocalize.catalog.render import MessageTexts
    from prlocalize.document import Document
    from prlocalize.glossary.model import Glossary

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class ExtractResult:
    source: str
    pot_path: Path
    messages: int
    written: bool  # False when the template was already up to date
    # extract's record of the release and template bytes (see extract's ``digest``)
    digest: str | None = None


# -- running tasks over many files -------------------------------------------------------


Outputs = list[tuple[R, StagedWrite | None]]  # what a task made of one input, in order
TemplateDigest = Callable[[bytes | Sequence[bytes]], str | None]  # of a template's bytes


def _staged_run(
    task: Callable[[T], Outputs[R]],
    items: Sequence[T],
    jobs: int | None,
    step: Callable[[int], None],
    folders: Callable[[], Iterable[Path]],
    commit: Callable[[Spool[tuple[R, StagedWrite | None]]], Spool[R]] | None = None,
) -> Spool[R]:
    """``task`` over ``items`` (in workers when there are many), each staging its outputs;
    their results in the order of ``items``, and every staged file put in place once all
    inputs are done. On any error (a broken input, Ctrl-C) nothing is put in place and
    the temp files of this run are removed, those of workers stopped mid-way too (looked
    for in ``folders()``). ``commit`` replaces the plain commit (see :func:`_update`).
    Results and staged writes wait in a :class:`~prlocalize.spool.Spool`: an archive's
    would not fit in memory."""
    from prlocalize.parallel import ordered_map, worker_count

    started = time.time()
    done: Spool[tuple[R, StagedWrite | None]] = Spool()
    outcomes: Iterator[Outputs[R] | BaseException] | None = None
    committing = False
    try:
        outcomes = ordered_map(task, items, worker_count(len(items), jobs))
        for outcome in outcomes:
            assert not isinstance(outcome, BaseException)  # nothing is caught: errors raise
            done.extend(outcome)
            step(1)
        committing = True  # from here on, the commit discards what it does not put in place
        if commit is not None:
            return commit(done)
        put_all_in_place(write for _result, write in done)
        return Spool(result for result, _write in done)
    except BaseException:
        if isinstance(outcomes, Generator):
            outcomes.close()  # the workers are stopped before their files are looked for
        if not committing:
            for _result, write in done:
                if write is not None:
                    write.discard()
            sweep_temp_files(folders(), started)
        raise


def sweep_temp_files(folders: Iterable[Path], since: float) -> None:
    """Remove the temp files a stopped worker may have left: ``.<name>.<random>.tmp``
    (see :func:`~prlocalize.fsutil.stage_write`) made since this run started. The folder
    lock is held, so no other prlocalize is staging files there."""
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if not (name.startswith(".") and name.endswith(".tmp") and _TEMP.match(name)):
                continue
            try:
                if entry.stat(follow_symlinks=False).st_mtime >= since - 1:
                    os.unlink(entry.path)
            except OSError:
                continue


_TEMP = lazy_compile(r"\..+\.(?:pot|po|mo)\.[^.]+\.tmp\Z", re.DOTALL)


def _ignore(n: int) -> None:
    """No progress display."""


# -- extract -------------------------------------------------------------------------------


def extract(
    paths: Iterable[str | Path],
    locales_dir: str | Path,
    *,
    glossary: Glossary | None = None,
    locales: Sequence[str] = (),
    source_lang: str | None = None,
    advance: Callable[[int], None] | None = None,
    encoding: str | None = None,
    jobs: int | None = None,
    skip: Collection[str] = frozenset(),
    digest: Callable[[str, bytes], TemplateDigest] | None = None,
) -> Spool[ExtractResult]:
    """One ``<stem>.pot`` per release found under ``paths``.

    ``advance(n)`` is called as releases are done (a progress bar's step); ``encoding``
    reads legacy releases (default UTF-8); ``jobs``: worker processes (default: one per
    CPU once there are enough releases; 1 works in this process); ``skip``: the stems of
    releases whose templates are known to be up to date (``run``'s records), not read.
    ``digest(release, its bytes)(its template's bytes)`` goes into each result: made by
    the worker from the very bytes read and written (the extract records of
    :mod:`prlocalize.extract_cache`), not by reading both again afterwards; the first
    call is made as the release is read, so that its bytes need not be held to the end.
    """
    from prlocalize.fsutil import iter_release_files
    from prlocalize.readers import (
        decode_source,
        format_of,
        parse_text,
        read_document,
        read_release_bytes,
    )

    # a PathList is what a caller found walking the folders a moment ago (the pipeline's):
    # not walked again, each file stat'ed twice more in this serial part before the workers
    files = paths if isinstance(paths, PathList) else PathList(iter_release_files(paths))
    if not files:
        raise UsageError("no release files found (.txt, .md, .html)")
    _refuse_shared_stems(str(f) for f in files)  # all of them: a skipped one included
    if skip:
        files = PathList(f for f in files if release_stem(str(f)) not in skip)
        if not files:
            return Spool()
    hints = _hints(glossary, locales)
    if hints is not None:  # built once, before the workers fork: they share it
        hints.prepare(source_lang or read_document(files[0], encoding=encoding).lang)
    _import_task_modules({format_of(str(f)) for f in files})
    folder = Path(locales_dir)

    def task(path: Path) -> Outputs[ExtractResult]:
        if digest is None:
            document = read_document(path, lang=source_lang, encoding=encoding)
            held = [source_version(document, source_lang)]
            del document  # _extract_one lets it go once its messages are read
            return [_extract_one(held, folder, hints)]
        name = str(path)
        data = read_release_bytes(name)
        text = decode_source(data, name, encoding)
        of_template = digest(name, data)
        del data  # (only its hash is needed now)
        document = parse_text(text, path=name, format=format_of(name), lang=source_lang)
        held = [source_version(document, source_lang)]
        del text, document  # the document holds it, and _extract_one lets the document go
        return [_extract_one(held, folder, hints, of_template)]

    return _extract_all(files, task, folder, jobs, advance or _ignore)


def extract_documents(
    documents: Sequence[Document],
    locales_dir: str | Path,
    *,
    glossary: Glossary | None = None,
    locales: Sequence[str] = (),
    advance: Callable[[int], None] | None = None,
    jobs: int | None = None,
) -> Spool[ExtractResult]:
    """:func:`extract` for releases already read (``run`` reads them once for every stage)."""
    _refuse_shared_stems([d.path for d in documents])
    hints = _hints(glossary, locales)
    if hints is not None:
        for lang in dict.fromkeys(d.lang for d in documents):
            hints.prepare(lang)
    _import_task_modules(())
    folder = Path(locales_dir)

    def task(index: int) -> Outputs[ExtractResult]:
        # inherited, never pickled
        return [_extract_one([source_version(documents[index], None)], folder, hints)]

    return _extract_all(list(range(len(documents))), task, folder, jobs, advance or _ignore)


def _import_task_modules(formats: Collection[str]) -> None:
    """Import, before the workers fork, what extract's task imports on its first release:
    the readers of ``formats``, the bilingual split (:func:`source_version`) and the PO
    writer. Forked workers inherit them; each imported them again, some 0.1 s of CPU
    a worker that an archive's run paid as many times as it had workers."""
    import prlocalize.catalog.render
    import prlocalize.readers.bilingual  # noqa: F401
    from prlocalize.readers import import_readers

    import_readers(formats)


def source_version(document: Document, source_lang: str | None) -> Document:
    """The version to translate of a release that holds two (the English, then the
    Japanese, in one file): the one in ``source_lang``, else the English one, else the
    first; the other is a translation already (``align FILE --memory`` takes it into the
    translation memory). Any other release as it is."""
    from prlocalize.readers.bilingual import bilingual_versions

    versions = bilingual_versions(document)
    if versions is None:
        return document
    wanted = language(source_lang or "en")
    for version in versions:
        if language(version.lang) == wanted:
            return version
    return versions[0]


def _hints(glossary: Glossary | None, locales: Sequence[str]) -> GlossaryHints | None:
    # one for all releases: a sentence they share is looked up in the glossary once
    return GlossaryHints(glossary, locales) if glossary is not None and len(glossary) else None


def _refuse_shared_stems(paths: Iterable[str]) -> None:
    """Two releases with one stem would write one template: refused before any is read."""
    by_stem: dict[str, str] = {}
    for path in paths:
        stem = release_stem(path)
        other = by_stem.setdefault(stem, path)
        if other != path:
            raise UsageError(
                f"two releases share the catalog domain {stem!r}: {other} and "
                f"{path}; rename one (the domain is the file stem)"
            )


def _extract_all(
    items: Sequence[T],
    task: Callable[[T], Outputs[ExtractResult]],
    folder: Path,
    jobs: int | None,
    step: Callable[[int], None],
) -> Spool[ExtractResult]:
    if not items:
        return Spool()
    make_folder(folder)  # the lock file lives in it
    with folder_lock(folder, "extract"):
        return _staged_run(task, items, jobs, step, lambda: [folder])


def _extract_one(
    held: list[Document],
    folder: Path,
    hints: GlossaryHints | None,
    digest: TemplateDigest | None = None,
) -> tuple[ExtractResult, StagedWrite | None]:
    """The template of the one release in ``held``, staged (None when the file already
    holds it), with ``digest(the template's bytes)`` in its result when asked for.
    ``held`` is emptied: a very large release's document goes as soon as its messages
    are read, before they are made into the catalog, and the catalog's text is made and
    written in UTF-8 blocks, never whole."""
    target = pot_path(folder, held[0].stem)
    source = held[0].path
    template = release_template(held, hints)
    messages = len(template)
    blocks = _template_blocks(template, target)
    del template  # the catalog before the blocks are written
    # a template is derived from its release and the next extract rewrites it: atomic,
    # but not fsynced (the translators' work lives in the .po files, which are)
    staged = None if blocks is None else stage_write(target, blocks, durable=False)
    recorded = None
    if digest is not None:
        recorded = digest(blocks if blocks is not None else _held_template(target))
    return ExtractResult(source, target, messages, staged is not None, recorded), staged


def _held_template(target: Path) -> bytes:
    """The bytes of a template that already holds what extract made of its release."""
    try:
        return target.read_bytes()
    except OSError as exc:
        raise InputError(target, None, f"cannot read template: {exc.strerror or exc}") from None


_CREATION_DATE = lazy_compile(r'^"POT-Creation-Date: [^"\n]*\\n"$', re.MULTILINE)
_HEAD = 1 << 16  # bytes of an old template read for its creation date (its header's)


def _template_blocks(template: Catalog, target: Path) -> list[bytes] | None:
    """The UTF-8 blocks to write at ``target``, or None when it holds the template already
    (the creation date aside: re-extracting an unchanged release leaves the file alone)."""
    from prlocalize.catalog.render import render_blocks

    # what catalog_text gives: build_template makes no format flags for it to drop
    blocks = render_blocks(template)
    try:
        with open(target, "rb") as fh:
            head = fh.read(_HEAD)
    except FileNotFoundError:
        return blocks
    except OSError as exc:
        raise InputError(target, None, f"cannot read template: {exc.strerror or exc}") from None
    # the usual case, without parsing the old file: it is this text with its own date (the
    # header, the first block, has it; the old file's header is in its head)
    old_date = _CREATION_DATE.search(head.decode("utf-8", "replace"))
    first = blocks[0].decode("utf-8")
    new_date = _CREATION_DATE.search(first)
    if old_date is not None and new_date is not None:
        dated = first[: new_date.start()] + old_date.group() + first[new_date.end() :]
        if same_content(target, [dated.encode("utf-8"), *blocks[1:]]):
            return None
    del blocks
    return [_dated_text(template, read_catalog(target)).encode("utf-8")]


def _dated_text(template: Catalog, previous: Catalog) -> str:
    """The text of ``template``, with the creation date of ``previous`` when nothing
    else changed: re-extracting an unchanged release must leave the file untouched."""
    fresh = template.creation_date
    template.creation_date = previous.creation_date
    text = catalog_text(template)
    if text != catalog_text(previous):
        template.creation_date = fresh
        text = catalog_text(template)
    return text


# -- update --------------------------------------------------------------------------------


def templates_in(locales_dir: str | Path) -> list[Path]:
    folder = Path(locales_dir)
    if not folder.is_dir():
        raise InputError(folder, None, "no such locales folder", "run `prlocalize extract` first")
    found = sorted(folder.glob("*.pot"))
    if not found:
        raise InputError(folder, None, "no templates (*.pot) here", "run `prlocalize extract`")
    return found


def update(
    locales_dir: str | Path,
    locales: Sequence[str],
    *,
    fuzzy_matching: bool = True,
    advance: Callable[[int], None] | None = None,
    jobs: int | None = None,
    skip: Collection[str] = frozenset(),
) -> Spool[UpdateResult]:
    """Create or merge ``<locale>/LC_MESSAGES/<domain>.po`` for every template and locale
    (but the templates whose stem is in ``skip``: their catalogs are known up to date)."""
    return update_all(
        locales_dir, locales, fuzzy_matching=fuzzy_matching, advance=advance, jobs=jobs, skip=skip
    ).results


def update_all(
    locales_dir: str | Path,
    locales: Sequence[str],
    *,
    fuzzy_matching: bool = True,
    prune: bool = False,
    advance: Callable[[int], None] | None = None,
    jobs: int | None = None,
    skip: Collection[str] = frozenset(),
) -> UpdateReport:
    """:func:`update`, and what became of releases that are gone: a new release that is
    an old one renamed starts from the old one's catalogs; with ``prune``, the catalogs
    of a gone release are retired (see :func:`_retire`). ``advance`` is called once per
    template (with all its locales done); ``jobs`` as for :func:`extract`."""
    templates = [t for t in templates_in(locales_dir) if t.stem not in skip]
    if not templates:  # every release up to date: nothing to merge, none gone
        return UpdateReport(Spool(), [], [])
    with folder_lock(locales_dir, "update"):  # `translate` or another `update` waits its turn
        return _update(
            templates, locales_dir, locales, fuzzy_matching, prune, advance or _ignore, jobs
        )


@dataclass(frozen=True, slots=True)
class _Merged:
    """One catalog :func:`_update` brought up to date, and the template it came from;
    or (``result`` None) a locale in which the template's release is the original."""

    result: UpdateResult | None
    template: Path
    locale: str


def _update(
    templates: list[Path],
    locales_dir: str | Path,
    locales: Sequence[str],
    fuzzy_matching: bool,
    prune: bool,
    step: Callable[[int], None],
    jobs: int | None = None,
) -> UpdateReport:
    from prlocalize.parallel import ordered_map, worker_count

    now = catalog_now()  # one date for every catalog this run creates
    # The releases that are gone, from each template's `#:` lines (every template is
    # parsed once, by the merge below); of the gone ones only their message keys are
    # kept, to recognise a new template as one of them renamed.
    scanned = ordered_map(
        lambda path: _gone_files(path, locales_dir), templates, worker_count(len(templates), jobs)
    )
    gone: dict[Path, tuple[str, ...]] = {}
    for path, files in zip(templates, scanned, strict=True):
        assert not isinstance(files, BaseException)
        if files is not None:
            gone[path] = files
    gone_templates = {path: read_catalog(path) for path in gone}
    gone_keys = {path: _keys(template) for path, template in gone_templates.items()}
    todo = [path for path in templates if not (prune and path in gone)]  # retired below

    def merge(template_path: Path) -> Outputs[_Merged]:
        template = read_catalog(template_path, shared_flags=True)  # merged from, not changed
        written_in = source_language(template)
        origin: list[Path | None] = []  # worked out once, when a catalog is missing
        outputs: Outputs[_Merged] = []
        texts: MessageTexts = {}  # the untranslated entries, rendered for the first locale
        matched = FuzzyMatches()  # the first locale's fuzzy matches, for the others
        for locale in locales:
            target = po_path(locales_dir, locale, template_path.stem)
            snap, old = _read_with_snapshot(target, locale, template)
            if old is None and written_in and language(written_in) == language(locale):
                # the release is in this language: its page there is the original, which
                # `build` publishes as it is (a catalog someone made is kept, as any)
                outputs.append((_Merged(None, template_path, locale), None))
                continue
            source = None
            if old is None and gone_keys and template_path not in gone:
                if not origin:
                    origin.append(_renamed_from(_keys(template), gone_keys))
                if origin[0] is not None:  # `git mv old.txt new.txt`, then extract
                    source = po_path(locales_dir, locale, origin[0].stem)
                    old = _read_with_snapshot(source, locale, template)[1]
                    if old is None:
                        source = None
            result, staged = _merge_and_stage(
                template, target, locale, snap, old, source, now, fuzzy_matching, texts, matched
            )
            # let this catalog go before the next locale's is read: a huge release's
            # catalogs were held two at a time (each text and its parse)
            old = None
            outputs.append((_Merged(result, template_path, locale), staged))
        return outputs

    def commit(done: Spool[tuple[_Merged, StagedWrite | None]]) -> Spool[_Merged]:
        committed: Spool[_Merged] = Spool()
        pending = iter(done)
        try:
            for merged, staged in pending:
                committed.append(_put_in_place(merged, staged, now, fuzzy_matching))
        except BaseException:
            for _merged, staged in pending:
                if staged is not None:
                    staged.discard()
            raise
        return committed

    def folders() -> list[Path]:
        return [Path(locales_dir) / locale / "LC_MESSAGES" for locale in locales]

    results: Spool[UpdateResult] = Spool()
    originals: Spool[tuple[Path, str]] = Spool()
    renamed: dict[Path, list[Path]] = {}
    for merged in _staged_run(merge, todo, jobs, step, folders, commit):
        result = merged.result
        if result is None:
            originals.append((merged.template, merged.locale))
            continue
        results.append(result)
        if result.renamed_from is not None:
            origin_template = pot_path(locales_dir, result.renamed_from.stem)
            renamed.setdefault(origin_template, []).append(result.path)
    retired: list[Path] = []
    if prune:
        for path in gone:
            retired += _retire(path, gone_templates[path], locales_dir)
    report = [GoneRelease(p, files, tuple(renamed.get(p, ()))) for p, files in gone.items()]
    return UpdateReport(results, report, retired, originals)


def _merge_and_stage(
    template: Catalog,
    target: Path,
    locale: str,
    snap: Snapshot,
    old: OldCatalog | None,
    source: Path | None,
    now: dt.datetime,
    fuzzy_matching: bool,
    texts: MessageTexts | None = None,
    matched: FuzzyMatches | None = None,
) -> tuple[UpdateResult, StagedWrite | None]:
    """``template`` merged into the catalog at ``target`` (or into ``old``, a renamed
    release's catalog at ``source``), its text staged; a translator's save since ``snap``
    was taken is read and merged in turn. ``texts``: the template's untranslated entries
    as other locales' catalogs rendered them (see :func:`~prlocalize.catalog.render.render_po`);
    ``matched``, their fuzzy matches (see :class:`~prlocalize.catalog.update.FuzzyMatches`)."""
    created = snap.digest is None
    for attempt in range(_MERGE_ATTEMPTS):
        catalog, counts = merge_catalog(
            old.catalog if old else None,
            template,
            locale,
            fuzzy_matching=fuzzy_matching,
            matched=matched,
        )
        if created:
            catalog.revision_date = now
        try:
            if (
                old is not None
                and source is None
                and same_entries(old.catalog, catalog)
                and not old.flagged  # (a flag read and dropped is a change)
            ):
                staged = None  # nothing to change: the file stays as it is
                break
            like = None
            if old is not None:
                try:
                    like = old.like()  # the target changed since it was read: merged again
                except ConcurrentChange:
                    if source is None:
                        raise
                    # the renamed release's catalog, changed since: nothing of it is
                    # replaced, so the merge stands, written in prlocalize's own style
            # a catalog that did not exist holds nobody's work yet: it is not fsynced
            staged = stage_write(
                target, po_data(catalog, like=like, texts=texts), expect=snap, durable=not created
            )
            like = None
            break
        except ConcurrentChange:
            # a translator saved the catalog since it was read: merge their version
            if attempt == _MERGE_ATTEMPTS - 1:
                raise
            snap, old = _read_with_snapshot(target, locale, template)
            source = None
    result = UpdateResult(
        target, locale, created, staged is not None, counts, untranslated(catalog), source
    )
    return result, staged


def _put_in_place(
    merged: _Merged, staged: StagedWrite | None, now: dt.datetime, fuzzy_matching: bool
) -> _Merged:
    """Put a staged catalog in place; one changed on disk since it was read (a translator's
    save while the command ran) is merged again from what the file holds now."""
    if staged is None:
        return merged
    try:
        staged.put_in_place()
        return merged
    except ConcurrentChange:
        pass  # put_in_place removed the temp file
    result = merged.result
    assert result is not None  # (an original stages nothing)
    for attempt in range(_MERGE_ATTEMPTS):
        snap, old = _read_with_snapshot(result.path, result.locale)
        fresh, again = _merge_and_stage(
            read_catalog(merged.template, shared_flags=True), result.path, result.locale, snap,
            old, None, now, fuzzy_matching,
        )  # fmt: skip
        try:
            if again is not None:
                again.put_in_place()
            break
        except ConcurrentChange:
            if attempt == _MERGE_ATTEMPTS - 1:
                raise
    return _Merged(fresh, merged.template, merged.locale)


_MERGE_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class OldCatalog:
    """A catalog as its file held it: its parse, and whether the text has a format flag
    line. The text itself is not held through the merge (on a huge release it is as
    large as the parse, beside the template and the merged catalog): :meth:`like` reads
    it again when the catalog is written in its style, and a file changed since is a
    concurrent change, merged again as one found when the catalog is put in place."""

    path: Path
    digest: str
    catalog: Catalog
    flagged: bool

    def like(self) -> tuple[bytes, Catalog]:
        """The file's bytes and its parse (``po_text``'s ``like``): its text is not
        decoded again (the same bytes decoded when it was read; a CJK catalog's text
        takes twice its bytes, and both were held at once)."""
        try:
            data: bytes | None = self.path.read_bytes()
        except OSError:  # gone or replaced by a folder since: changed, as any other change
            data = None
        if data is None or bytes_digest(data) != self.digest:
            raise ConcurrentChange(
                self.path,
                "changed on disk since prlocalize read it",
                "its new content is kept; run the command again",
            )
        return data, self.catalog


def _read_with_snapshot(
    path: Path, locale: str, template: Catalog | None = None
) -> tuple[Snapshot, OldCatalog | None]:
    """The catalog at ``path`` (None when there is none) and what its file held before it
    was read: a change after this moment is seen when the catalog is written back. Its
    messages share the strings and lists of ``template``'s (read with ``shared_flags``)
    that they equal."""
    snap = Snapshot.of(path)
    if snap.digest is None:
        return snap, None
    # its bytes, decoded a block at a time as they are parsed (a CJK catalog's whole
    # text, twice the file's size, was the peak of an update of a huge release)
    data = read_catalog_bytes(path)
    flagged = format_flag_data(data)
    # merged from and compared, never changed: its messages share one empty set of flags
    catalog = parse_catalog_data(
        data, path=str(path), locale=locale, shared_flags=True, twins=template
    )
    return snap, OldCatalog(path, snap.digest, catalog, flagged)


# -- releases that are gone ----------------------------------------------------------------


@dataclass(frozen=True)
class GoneRelease:
    """A template whose release no longer exists where ``extract`` read it."""

    template: Path
    releases: tuple[str, ...]  # the files its messages came from (``#:``), none there now
    renamed_to: tuple[Path, ...] = ()  # new catalogs that took its translations


@dataclass
class UpdateReport:
    results: Spool[UpdateResult]
    gone: list[GoneRelease]
    retired: list[Path]  # catalogs whose entries --prune made obsolete
    # (template, locale) of the releases already in that locale's language: no catalog
    originals: Spool[tuple[Path, str]] = field(default_factory=Spool)


def release_files(template: Catalog) -> tuple[str, ...]:
    """The release files a template's messages came from, as its ``#:`` comments name them."""
    return tuple(sorted({name for m in template if m.id for name, _line in m.locations}))


_LOCATIONS = lazy_compile(r"^#:(.*)$", re.MULTILINE)


def _location_files(text: str) -> tuple[str, ...]:
    """:func:`release_files` from a template's text, without parsing it: the names its
    ``#:`` lines give, read as Babel reads them."""
    from babel.messages.pofile import _extract_locations

    names: set[str] = set()
    for line in _LOCATIONS.findall(text):
        for location in _extract_locations(line.rstrip("\r")):
            name, colon, number = location.rpartition(":")
            if not colon:
                names.add(location)
            elif number.isdigit():
                names.add(name)
    return tuple(sorted(names))


def _gone_files(template: Path, locales_dir: str | Path) -> tuple[str, ...] | None:
    """The release files of ``template`` when none of them exists any more (else None).
    A path in ``#:`` is relative to the folder extract ran in: the current folder, or the
    one holding the locales folder. A template that cannot be read is left to the merge,
    which reports it with its line."""
    try:
        files = _location_files(read_catalog_text(template))
    except (InputError, ValueError):
        return None
    bases = (Path.cwd(), Path(locales_dir).resolve().parent)
    if files and not any((base / name).exists() for name in files for base in bases):
        return files
    return None


RENAME_OVERLAP = 0.5  # share of messages two templates have in common to be one release

_Key = tuple[object, object]


def _keys(template: Catalog) -> frozenset[_Key]:
    return frozenset((m.id, m.context) for m in template if m.id)


def _renamed_from(ids: frozenset[_Key], gone: dict[Path, frozenset[_Key]]) -> Path | None:
    """The gone template that the template of message keys ``ids`` most likely is,
    renamed (most messages shared)."""
    best: tuple[float, Path] | None = None
    for path, other in gone.items():
        if not ids or not other:
            continue
        overlap = len(ids & other) / max(len(ids), len(other))
        if overlap >= RENAME_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, path)
    return best[1] if best else None


def _retire(template_path: Path, template: Catalog, locales_dir: str | Path) -> list[Path]:
    """Make every entry of the release's catalogs obsolete (``#~``: the translations stay
    in the file, and come back if the release does), drop its compiled ``.mo`` files, which
    would go on publishing it, and then its template, which ``extract`` can write again."""
    empty = Catalog(
        locale=None,
        domain=template.domain,
        project=template.project,
        version=template.version,
        msgid_bugs_address=template.msgid_bugs_address,
        creation_date=template.creation_date,
    )
    retired: list[Path] = []
    for po in sorted(Path(locales_dir).glob(f"*/LC_MESSAGES/{template_path.stem}.po")):
        locale = po.parent.parent.name
        snap, old = _read_with_snapshot(po, locale)
        assert old is not None
        catalog, _counts = merge_catalog(old.catalog, empty, locale, fuzzy_matching=False)
        write_catalog(po, catalog, expect=snap, like=old.like())
        po.with_suffix(".mo").unlink(missing_ok=True)
        retired.append(po)
    template_path.unlink()
    return retired


# -- compile -------------------------------------------------------------------------------


def catalogs_in(locales_dir: str | Path) -> PathList:
    folder = Path(locales_dir)
    if not folder.is_dir():
        raise InputError(folder, None, "no such locales folder")
    found = po_files(folder)
    if not found:
        raise InputError(folder, None, "no catalogs (*/LC_MESSAGES/*.po) here", "run update")
    return found


def compile_all(
    locales_dir: str | Path,
    *,
    use_fuzzy: bool = False,
    advance: Callable[[int], None] | None = None,
    jobs: int | None = None,
    skip: Collection[str] = frozenset(),
) -> Spool[CompileResult]:
    """A .mo beside every .po of ``locales_dir`` (all are read before any is put in
    place) but those of the stems in ``skip``; ``jobs`` as for :func:`extract`."""
    paths = po_files(locales_dir, skip=skip)
    if not paths:
        catalogs_in(locales_dir)  # no catalog at all is an error; all up to date is not
        return Spool()
    with folder_lock(locales_dir, "compile"):
        return _compile(paths, use_fuzzy, advance or _ignore, jobs)


def _compile(
    paths: Sequence[Path], use_fuzzy: bool, step: Callable[[int], None], jobs: int | None = None
) -> Spool[CompileResult]:
    def task(path: Path) -> Outputs[CompileResult]:
        mo = compile_file(path, use_fuzzy, locale=path.parent.parent.name)
        # derived from its catalog, which the next compile reads again: not fsynced
        staged = stage_write(path.with_suffix(".mo"), mo.data, durable=False)
        return [(mo.result(written=staged is not None), staged)]

    folders = sorted({path.parent for path in paths})
    return _staged_run(task, paths, jobs, step, lambda: folders)


__all__ = [
    "ExtractResult",
    "GoneRelease",
    "UpdateReport",
    "catalogs_in",
    "compile_all",
    "extract",
    "extract_documents",
    "release_files",
    "templates_in",
    "update",
    "update_all",
]
