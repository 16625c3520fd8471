"""prlocalize.catalog.workflow
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The catalog use cases over a locales folder: ``extract``, ``update`` and ``compile``.

Each reads and validates every input first and writes only when all of it is
sound, so a broken release or catalog stops the command with nothing written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from babel.messages.catalog import Catalog

from prlocalize.catalog.compile import CompileResult, compiled
from prlocalize.catalog.io import (
    catalog_text,
    parse_catalog,
    po_path,
    pot_path,
    read_catalog,
    read_catalog_text,
    write_catalog,
)
from prlocalize.catalog.template import GlossaryHints, build_template
from prlocalize.catalog.update import UpdateResult, merge_catalog
from prlocalize.errors import ConcurrentChange, InputError, UsageError
from prlocalize.fsutil import Snapshot, atomic_write, folder_lock, make_folder

if TYPE_CHECKING:
    from prlocalize.document import Document
    from prlocalize.glossary.model import Glossary


@dataclass(frozen=True)
class ExtractResult:
    source: str
    pot_path: Path
    messages: int
    written: bool  # False when the template was already up to date


def extract(
    paths: Iterable[str | Path],
    locales_dir: str | Path,
    *,
    glossary: Glossary | None = None,
    locales: Sequence[str] = (),
    source_lang: str | None = None,
    advance: Callable[[int], None] | None = None,
    encoding: str | None = None,
) -> list[ExtractResult]:
    """One ``<stem>.pot`` per release found under ``paths``.

    ``advance(n)`` is called as releases are done (a progress bar's step); ``encoding``
    reads legacy releases (default UTF-8).
    """
    from prlocalize.fsutil import iter_release_files
    from prlocalize.readers import read_document

    documents = [
        read_document(p, lang=source_lang, encoding=encoding) for p in iter_release_files(paths)
    ]
    if not documents:
        raise UsageError("no release files found (.txt, .md, .html)")
    return extract_documents(
        documents, locales_dir, glossary=glossary, locales=locales, advance=advance
    )


def extract_documents(
    documents: Sequence[Document],
    locales_dir: str | Path,
    *,
    glossary: Glossary | None = None,
    locales: Sequence[str] = (),
    advance: Callable[[int], None] | None = None,
) -> list[ExtractResult]:
    step = advance or _ignore
    by_stem: dict[str, Document] = {}
    for document in documents:
        other = by_stem.setdefault(document.stem, document)
        if other is not document:
            raise UsageError(
                f"two releases share the catalog domain {document.stem!r}: {other.path} and "
                f"{document.path}; rename one (the domain is the file stem)"
            )
    # Each template is rendered as soon as it is built and only its text is kept until
    # everything is ready: fewer live objects for the garbage collector to walk.
    planned: list[tuple[Document, Path, str, int]] = []
    # one for all releases: a sentence they share is looked up in the glossary once
    hints = GlossaryHints(glossary, locales) if glossary is not None and len(glossary) else None
    for document in documents:
        target = pot_path(locales_dir, document.stem)
        template = build_template([document], hints=hints)
        if target.exists():
            text = _dated_text(template, read_catalog(target))
        else:
            text = catalog_text(template)
        planned.append((document, target, text, len(template)))
        step(1)
    results = []
    folder = Path(locales_dir)
    if planned:
        make_folder(folder)  # the lock file lives in it
    with folder_lock(folder, "extract"):
        for document, target, text, messages in planned:
            written = atomic_write(target, text)  # what write_catalog does with a UTF-8 template
            results.append(ExtractResult(document.path, target, messages, written))
    return results


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
) -> list[UpdateResult]:
    """Create or merge ``<locale>/LC_MESSAGES/<domain>.po`` for every template and locale."""
    return update_all(locales_dir, locales, fuzzy_matching=fuzzy_matching, advance=advance).results


def update_all(
    locales_dir: str | Path,
    locales: Sequence[str],
    *,
    fuzzy_matching: bool = True,
    prune: bool = False,
    advance: Callable[[int], None] | None = None,
) -> UpdateReport:
    """:func:`update`, and what became of releases that are gone: a new release that is
    an old one renamed starts from the old one's catalogs; with ``prune``, the catalogs
    of a gone release are retired (see :func:`_retire`)."""
    templates = templates_in(locales_dir)
    with folder_lock(locales_dir, "update"):  # `translate` or another `update` waits its turn
        return _update(templates, locales_dir, locales, fuzzy_matching, prune, advance or _ignore)


def _update(
    templates: list[Path],
    locales_dir: str | Path,
    locales: Sequence[str],
    fuzzy_matching: bool,
    prune: bool,
    step: Callable[[int], None],
) -> UpdateReport:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    read = {path: read_catalog(path) for path in templates}
    gone = _gone(read, locales_dir)
    renamed: dict[Path, list[Path]] = {}
    # every catalog is read (and a broken one reported) before anything is written
    jobs: list[_Job] = []
    for template_path, template in read.items():
        if prune and template_path in gone:
            continue  # retired below, not brought up to date
        origin = None if template_path in gone else _renamed_from(template, gone, read)
        for locale in locales:
            target = po_path(locales_dir, locale, template_path.stem)
            snap, old = _read_with_snapshot(target, locale)
            source = None
            if old is None and origin is not None:  # `git mv old.txt new.txt`, then extract
                source = po_path(locales_dir, locale, origin.stem)
                old = _read_with_snapshot(source, locale)[1]
                if old is None:
                    source = None
                else:
                    renamed.setdefault(origin, []).append(target)
            jobs.append(_Job(target, locale, template, old, snap, source))
    results = []
    jobs.reverse()
    while jobs:  # a merged template or old catalog is let go at once (less for the GC to walk)
        job = jobs.pop()
        target, locale, old, snap = job.target, job.locale, job.old, job.snap
        created = snap.digest is None
        for attempt in range(_MERGE_ATTEMPTS):
            catalog, counts = merge_catalog(
                old[1] if old else None, job.template, locale, fuzzy_matching=fuzzy_matching
            )
            if created:
                catalog.revision_date = now
            try:
                written = write_catalog(target, catalog, expect=snap, like=old)  # file's style
                break
            except ConcurrentChange:
                # a translator saved the catalog since it was read: merge their version
                if attempt == _MERGE_ATTEMPTS - 1:
                    raise
                snap, old = _read_with_snapshot(target, locale)
        results.append(UpdateResult(target, locale, created, written, counts, catalog, job.source))
        step(1)
    retired: list[Path] = []
    if prune:
        for path in gone:
            retired += _retire(path, read[path], locales_dir)
    report = [GoneRelease(p, files, tuple(renamed.get(p, ()))) for p, files in gone.items()]
    return UpdateReport(results, report, retired)


@dataclass
class _Job:
    target: Path
    locale: str
    template: Catalog
    old: tuple[str, Catalog] | None
    snap: Snapshot
    source: Path | None  # the catalog it starts from when it is not the target itself


_MERGE_ATTEMPTS = 3


def _read_with_snapshot(path: Path, locale: str) -> tuple[Snapshot, tuple[str, Catalog] | None]:
    """The text and catalog at ``path`` (None when there is none) and what its file held
    before it was read: a change after this moment is seen when the catalog is written back."""
    snap = Snapshot.of(path)
    if snap.digest is None:
        return snap, None
    text = read_catalog_text(path)
    return snap, (text, parse_catalog(text, path=str(path), locale=locale))


# -- releases that are gone ----------------------------------------------------------------


@dataclass(frozen=True)
class GoneRelease:
    """A template whose release no longer exists where ``extract`` read it."""

    template: Path
    releases: tuple[str, ...]  # the files its messages came from (``#:``), none there now
    renamed_to: tuple[Path, ...] = ()  # new catalogs that took its translations


@dataclass
class UpdateReport:
    results: list[UpdateResult]
    gone: list[GoneRelease]
    retired: list[Path]  # catalogs whose entries --prune made obsolete


def release_files(template: Catalog) -> tuple[str, ...]:
    """The release files a template's messages came from, as its ``#:`` comments name them."""
    return tuple(sorted({name for m in template if m.id for name, _line in m.locations}))


def _gone(templates: dict[Path, Catalog], locales_dir: str | Path) -> dict[Path, tuple[str, ...]]:
    """Templates none of whose release files exists. A path in ``#:`` is relative to the
    folder extract ran in: the current folder, or the one holding the locales folder."""
    bases = {Path.cwd(), Path(locales_dir).resolve().parent}
    gone: dict[Path, tuple[str, ...]] = {}
    for path, template in templates.items():
        files = release_files(template)
        if files and not any((base / name).exists() for name in files for base in bases):
            gone[path] = files
    return gone


RENAME_OVERLAP = 0.5  # share of messages two templates have in common to be one release


def _renamed_from(
    template: Catalog, gone: dict[Path, tuple[str, ...]], templates: dict[Path, Catalog]
) -> Path | None:
    """The gone template that ``template`` most likely is, renamed (most messages shared)."""
    ids = {(m.id, m.context) for m in template if m.id}
    best: tuple[float, Path] | None = None
    for path in gone:
        other = {(m.id, m.context) for m in templates[path] if m.id}
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
        catalog, _counts = merge_catalog(old[1], empty, locale, fuzzy_matching=False)
        write_catalog(po, catalog, expect=snap, like=old)
        po.with_suffix(".mo").unlink(missing_ok=True)
        retired.append(po)
    template_path.unlink()
    return retired


def catalogs_in(locales_dir: str | Path) -> list[Path]:
    folder = Path(locales_dir)
    if not folder.is_dir():
        raise InputError(folder, None, "no such locales folder")
    found = sorted(folder.glob("*/LC_MESSAGES/*.po"))
    if not found:
        raise InputError(folder, None, "no catalogs (*/LC_MESSAGES/*.po) here", "run update")
    return found


def compile_all(
    locales_dir: str | Path,
    *,
    use_fuzzy: bool = False,
    advance: Callable[[int], None] | None = None,
) -> list[CompileResult]:
    """A .mo beside every .po of ``locales_dir`` (all are read before any is written)."""
    paths = catalogs_in(locales_dir)
    with folder_lock(locales_dir, "compile"):
        return _compile(paths, use_fuzzy, advance or _ignore)


def _compile(
    paths: list[Path], use_fuzzy: bool, step: Callable[[int], None]
) -> list[CompileResult]:
    # Each catalog is compiled as soon as it is read and only its .mo bytes are kept:
    # a whole folder of catalogs held at once was walked again and again by the
    # garbage collector while the next ones were read.
    pending = []
    for path in paths:
        catalog = read_catalog(path, locale=path.parent.parent.name)
        pending.append(compiled(path, catalog, use_fuzzy))
        step(1)
    return [mo.write() for mo in pending]


def _ignore(n: int) -> None:
    """No progress display."""
