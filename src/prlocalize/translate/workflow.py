"""prlocalize.translate.workflow
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

``translate`` and ``memory`` as use-case functions that return data (the CLI and
``pipeline`` call them): find each locale's catalogs, feed their approved entries
to the memory, fill them through the chain, and write each catalog atomically as
soon as it is done — also when a backend fails or the user presses Ctrl-C.
"""

from __future__ import annotations

import re
import time
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, overload

from prlocalize.catalog.io import po_files
from prlocalize.errors import ConcurrentChange, InputError
from prlocalize.fsutil import (
    PathList,
    Snapshot,
    deferred_folder_syncs,
    folder_lock,
    folder_written,
    saved_suffix,
)
from prlocalize.glossary.model import Glossary
from prlocalize.translate.fill import FillResult, fill_catalog, header_source_lang
from prlocalize.translate.policy import Budget, RetryPolicy

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from prlocalize.config import Settings
    from prlocalize.translate.chain import ChainBackend
    from prlocalize.translate.memory import TranslationMemory, Unit


@dataclass(frozen=True)
class KeptBack:
    """A catalog whose text was not sent to machine-translation services outside the
    machine: ``backends`` were skipped for it, ``reason`` says why."""

    path: Path
    backends: tuple[str, ...]
    reason: str


@dataclass
class TranslateResult:
    """What a run did, in a size that does not grow with the number of catalogs: totals
    per locale (each catalog's own result goes to ``on_catalog`` as it is written), and
    the confidential catalogs that were kept from services outside the machine."""

    locales: dict[str, FillResult] = field(default_factory=dict)  # totals, per locale
    written: int = 0  # catalogs written
    rejected: int = 0  # answers the checks refused
    budget_refused: int = 0  # texts not sent because of --max-chars
    chars_sent: int = 0
    kept_back: list[KeptBack] = field(default_factory=list)  # confidential catalogs
    error: str | None = None  # the backend failure that stopped the run

    @property
    def catalogs(self) -> list[FillResult]:
        """The totals of each locale (``locale``, ``candidates``, ``by_origin``)."""
        return list(self.locales.values())

    def tally(self, filled: FillResult) -> None:
        total = self.locales.setdefault(filled.locale, FillResult(locale=filled.locale))
        total.candidates += filled.candidates
        total.by_origin.update(filled.by_origin)
        self.rejected += len(filled.rejected)
        if filled.error and self.error is None:
            self.error = filled.error


def catalogs_of(
    locales_dir: str | Path, locale: str, skip: Collection[str] = frozenset()
) -> PathList:
    """The catalogs of ``locale`` but those of the stems in ``skip``; none at all is an
    error (all of them skipped is not)."""
    folder = Path(locales_dir) / locale / "LC_MESSAGES"
    found = po_files(locales_dir, [locale], skip)
    if not found and not (skip and po_files(locales_dir, [locale])):
        raise InputError(
            folder, None, f"no catalogs for {locale}", "run `prlocalize update` to create them"
        )
    return found


def _catalog_paths(
    locales_dir: str | Path, locales: Sequence[str], skip: Collection[str]
) -> dict[str, PathList]:
    """The catalogs of each of ``locales``, but those of the stems in ``skip``."""
    return {locale: catalogs_of(locales_dir, locale, skip) for locale in locales}


def catalog_source_lang(po: Path) -> str | None:
    """``X-Source-Language`` of the PO file, else of its template (``<dir>/<stem>.pot``)."""
    return header_source_lang(po) or header_source_lang(po.parents[2] / f"{po.stem}.pot")


def learn_catalogs(
    memory: TranslationMemory,
    catalogs: Iterable[tuple[str, Path, Catalog]],
    source_lang: str | None,
    default: str | None = None,
) -> int:
    """Put every approved entry of these (locale, path, catalog) triples into the memory.

    The language of the msgids: ``source_lang`` (a --source-lang), else the catalog's
    ``X-Source-Language``, else ``default`` (the config's), else English.
    """
    from prlocalize.catalog.headers import source_language

    added = 0
    for locale, path, catalog in catalogs:
        source = (
            source_lang or source_language(catalog) or catalog_source_lang(path) or default or "en"
        )
        added += memory.add_catalog(catalog, source, locale, origin=f"po:{path.name}")
    return added


# a msgstr with text on its own line or on the next one (the header's is one of them)
_FILLED_MSGSTR = re.compile(rb'^msgstr(?:\[\d+\])?[ \t]*"(?:[^"\r\n]|"[ \t]*\r?\n")', re.M)
_HEADER = re.compile(rb'^msgid ""[ \t]*\r?\nmsgstr', re.M)


def may_hold_translations(path: Path, raw: bytes | None = None) -> bool:
    """False when the catalog at ``path`` (its bytes ``raw``, when read already) has no
    translation besides its header (a catalog ``update`` has just made): it then has
    nothing to teach the memory, and is not parsed for it. When in doubt (unreadable),
    True: reading it reports the error."""
    try:
        raw = path.read_bytes() if raw is None else raw
    except OSError:
        return True
    filled = len(_FILLED_MSGSTR.findall(raw))
    return filled > (1 if _HEADER.search(raw) else 0)


_MARKED_AT_ONCE = 256


def learn_from_disk(
    memory: TranslationMemory,
    paths: Mapping[str, Sequence[Path]],
    source_lang: str | None,
    default: str | None = None,
) -> int:
    """:func:`learn_catalogs` over the catalogs at ``paths``, read one at a time and let
    go (those with no translation at all are not parsed). A catalog whose bytes (and
    source language) are as they were when the memory last learned it is not read again:
    its entries are in the memory already, and a catalog that changed is learned anew,
    its translations replacing those of the same texts (the latest work wins)."""
    from prlocalize.catalog import read_catalog

    learned: list[tuple[Path, str]] = []

    def read() -> Iterator[tuple[str, Path, Catalog]]:
        for locale, ps in paths.items():
            for path in ps:
                try:
                    raw: bytes | None = path.read_bytes()  # once, for the stamp and the test
                except OSError:
                    raw = None
                stamp = _learn_stamp(path, raw, locale, source_lang, default)
                if stamp is not None and memory.learned(path) == stamp:
                    continue
                if may_hold_translations(path, raw):
                    yield locale, path, read_catalog(path, locale)
                if stamp is not None:  # (once its entries are in: after the next read)
                    learned.append((path, stamp))
                if len(learned) >= _MARKED_AT_ONCE:  # an archive's stamps are not all held
                    memory.mark_learned(learned)
                    learned.clear()

    added = learn_catalogs(memory, read(), source_lang, default)
    memory.mark_learned(learned)
    return added


def learn_now(
    locales_dir: str | Path,
    locales: Sequence[str],
    settings: Settings,
    *,
    source_lang: str | None = None,
    skip: Collection[str] = frozenset(),
) -> None:
    """Teach the memory the approved translations of the catalogs of ``locales`` as they
    are now: what the next ``translate`` would learn before filling anything (those it
    has learned already are not read again). ``source_lang`` as given to
    :func:`translate_catalogs`, whose stamps this shares."""
    from prlocalize.translate.memory import TranslationMemory

    paths = _catalog_paths(locales_dir, locales, skip)
    if any(paths.values()):
        with TranslationMemory(settings.memory_path()) as memory:
            learn_from_disk(memory, paths, source_lang, settings.source_lang)


def _learn_stamp(
    path: Path,
    raw: bytes | None,
    locale: str,
    source_lang: str | None,
    default: str | None,
) -> str | None:
    """What the entries :func:`learn_catalogs` takes from ``path`` depend on: its bytes
    ``raw``, its locale and the source language it would be given (None: unreadable)."""
    import hashlib

    if raw is None:
        return None
    digest = hashlib.blake2b(raw, digest_size=16).hexdigest()
    parents = path.parents
    pot = parents[2] / f"{path.stem}.pot" if len(parents) > 2 else None
    template = header_source_lang(pot) if pot is not None and not source_lang else ""
    return f"{digest} {locale} {source_lang or ''} {default or ''} {template or ''}"


def external_backends(backends: Sequence[str], settings: Settings) -> tuple[str, ...]:
    """The backends that would send text off the machine: every machine-translation
    service, except one that takes ``--backend-url`` (libre, chatgpt, deepl) pointed at a
    loopback address or a host in ``trusted-hosts``."""
    from prlocalize.translate.engine import is_local_url
    from prlocalize.translate.registry import OFFLINE, URL_BACKENDS

    local_url = is_local_url(settings.backend_url, settings.trusted_hosts)
    return tuple(
        name
        for name in dict.fromkeys(backends)
        if name not in OFFLINE and not (name in URL_BACKENDS and local_url)
    )


def confidential_reason(path: Path, settings: Settings) -> str | None:
    """Why the catalog at ``path`` must stay on the machine, or None."""
    from prlocalize.catalog.confidential import catalog_confidential

    if settings.confidential:
        where = settings.config_path.name if settings.config_path else "the configuration"
        return f"the project is confidential (confidential = true in {where})"
    reason = catalog_confidential(path)
    return f"the release is under embargo ({reason})" if reason else None


def pending_entries(
    locales_dir: str | Path, locales: Sequence[str], *, overwrite_fuzzy: bool = False
) -> int:
    """How many entries ``translate_catalogs`` will look for (for a progress bar)."""
    from prlocalize.catalog import read_catalog
    from prlocalize.translate.fill import wants_translation

    return sum(
        1
        for locale in locales
        for path in catalogs_of(locales_dir, locale)
        for message in read_catalog(path, locale)
        if wants_translation(message, overwrite_fuzzy)
    )


def translate_catalogs(
    locales_dir: str | Path,
    locales: Sequence[str],
    settings: Settings,
    *,
    backends: Sequence[str],
    glossary: Glossary | None = None,
    source_lang: str | None = None,
    workers: int = 4,
    max_chars: int | None = None,
    overwrite_fuzzy: bool = False,
    progress: Callable[[int], None] | None = None,
    allow_external: bool = False,
    on_catalog: Callable[[FillResult], None] | None = None,
    jobs: int | None = None,
    skip: Collection[str] = frozenset(),
) -> TranslateResult:
    """Fill the catalogs of ``locales``, one at a time: each is read, filled, written and
    let go, and its result handed to ``on_catalog`` (in the same order with any
    ``jobs``: with glossary and memory backends only, worker processes fill them). A
    confidential catalog (an embargoed release, or every catalog of a ``confidential =
    true`` project) is translated by the local backends only, unless ``allow_external``;
    ``result.kept_back`` lists them. The catalogs of the stems in ``skip`` (``run``'s
    records: filled already by these backends, this memory) are left alone."""
    glossary = glossary if glossary is not None else Glossary()
    paths = _catalog_paths(locales_dir, locales, skip)
    if not any(paths.values()):
        return TranslateResult()  # nothing to fill: the memory is not even opened
    # `update` or another `translate` in this folder waits until this one has written
    with folder_lock(locales_dir, "translate"):
        return _translate(
            paths,
            settings,
            backends=backends,
            glossary=glossary,
            source_lang=source_lang,
            workers=workers,
            max_chars=max_chars,
            overwrite_fuzzy=overwrite_fuzzy,
            progress=progress,
            allow_external=allow_external,
            on_catalog=on_catalog,
            jobs=jobs,
        )


def _translate(
    paths: Mapping[str, Sequence[Path]],
    settings: Settings,
    *,
    backends: Sequence[str],
    glossary: Glossary,
    source_lang: str | None,
    workers: int,
    max_chars: int | None,
    overwrite_fuzzy: bool,
    progress: Callable[[int], None] | None,
    allow_external: bool = False,
    on_catalog: Callable[[FillResult], None] | None = None,
    jobs: int | None = None,
) -> TranslateResult:
    from prlocalize.catalog import read_catalog
    from prlocalize.catalog.workflow import sweep_temp_files
    from prlocalize.parallel import ordered_map, worker_count
    from prlocalize.translate.cache import MtCache
    from prlocalize.translate.engine import MtOptions, is_local_url
    from prlocalize.translate.memory import TranslationMemory
    from prlocalize.translate.registry import OFFLINE, make_chain

    result = TranslateResult()
    with TranslationMemory(settings.memory_path()) as memory:
        # every approved entry is in the memory before the first catalog is filled, as
        # when all were read at once; each catalog is read again when its turn comes
        learn_from_disk(memory, paths, source_lang, settings.source_lang)
        budget = Budget(max_chars)
        options = MtOptions(
            url=settings.backend_url,
            workers=workers,
            cache=MtCache(conn=memory.conn),
            budget=budget,
            retry=RetryPolicy(),
            local=is_local_url(settings.backend_url, settings.trusted_hosts),
        )
        external = () if allow_external else external_backends(backends, settings)
        local = tuple(name for name in dict.fromkeys(backends) if name not in external)
        chains: dict[tuple[str, ...], ChainBackend] = {}  # each built when first needed

        def chain_of(names: tuple[str, ...]) -> ChainBackend:
            if names not in chains:
                chains[names] = make_chain(
                    names, settings, glossary=glossary, memory=memory, options=options
                )
            return chains[names]

        order = _release_major(paths)
        # Glossary and memory answers cost CPU, not waiting: their catalogs are filled by
        # the worker pool. A chain with a machine service stays in this process, where its
        # requests already run concurrently (--workers) under one --max-chars budget.
        offline = all(name in OFFLINE for name in backends)
        pool = worker_count(len(order), jobs) if offline else 1

        def one(item: tuple[str, Path]) -> tuple[FillResult, bool, KeptBack | None]:
            locale, path = item
            source = source_lang or catalog_source_lang(path) or settings.source_lang or "en"
            names, kept = tuple(dict.fromkeys(backends)), None
            if external:
                reason = confidential_reason(path, settings)
                if reason:
                    names, kept = local, KeptBack(path, external, reason)
            chain = chain_of(names)
            snapshot = Snapshot.of(path)  # before reading: a later save is seen on writing
            catalog = read_catalog(path, locale)
            before = _states(catalog)
            try:
                filled = fill_catalog(
                    catalog,
                    chain,
                    source_lang=source,
                    locale=locale,
                    glossary=glossary,
                    overwrite_fuzzy=overwrite_fuzzy,
                    path=str(path),
                    progress=progress if pool == 1 else None,
                )
            finally:  # Ctrl-C included: what was filled so far is kept
                written = write_filled(path, locale, catalog, before, snapshot)
            return filled, written, kept

        started = time.time()
        with deferred_folder_syncs():  # a folder is fsynced once, not after each catalog
            outcomes = ordered_map(one, order, pool)
            try:
                for outcome in outcomes:
                    assert not isinstance(outcome, BaseException)  # nothing is caught
                    filled, written, kept = outcome
                    result.written += written
                    if written and pool > 1:  # a worker's rename: its folder is synced here
                        folder_written(Path(filled.path).parent)
                    if kept is not None:
                        result.kept_back.append(kept)
                    result.tally(filled)
                    if pool > 1 and progress is not None:
                        progress(filled.candidates)
                    if on_catalog is not None:
                        on_catalog(filled)
                    if filled.error:
                        break
            except BaseException:
                if pool > 1:  # workers stopped mid-write leave their temp files
                    outcomes.close()
                    sweep_temp_files({path.parent for _, path in order}, started)
                raise
            finally:
                outcomes.close()
        result.budget_refused, result.chars_sent = budget.refused, budget.spent
    return result


class _ReleaseMajor(Sequence[tuple[str, Path]]):
    """Every (locale, catalog) of ``paths``, each release's locales one after the other:
    they share their texts, so a text's glossary lookup is still remembered when the next
    comes. Releases come in the order their names are first met, locale by locale. Kept
    as one integer an item (an archive has 100,000 catalogs a locale), each Path made
    when asked for."""

    def __init__(self, paths: Mapping[str, Sequence[Path]]) -> None:
        self._locales = list(paths)
        self._lists = list(paths.values())
        self._size = max((len(c) for c in self._lists), default=0) or 1
        count = len(self._lists) or 1
        rank: dict[str, int] = {}
        keys = array("Q")
        for n, catalogs in enumerate(self._lists):
            for i in range(len(catalogs)):
                name = catalogs.name(i) if isinstance(catalogs, PathList) else catalogs[i].name
                first = rank.setdefault(name, len(rank))
                keys.append((first * count + n) * self._size + i)
        del rank
        self._keys = array("Q", sorted(keys))
        self._count = count

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> tuple[str, Path]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, Path]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, Path] | list[tuple[str, Path]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        key = self._keys[index]
        n = key // self._size % self._count
        return self._locales[n], self._lists[n][key % self._size]


def _release_major(paths: Mapping[str, Sequence[Path]]) -> Sequence[tuple[str, Path]]:
    return _ReleaseMajor(paths)


_State = tuple[object, bool]  # (msgstr, fuzzy)
_MERGE_ATTEMPTS = 3


def _states(catalog: Catalog) -> dict[tuple[object, str | None], _State]:
    from prlocalize.catalog.io import entries  # not the header, which Babel makes anew

    return {(m.id, m.context): (m.string, m.fuzzy) for m in entries(catalog) if m.id}


def write_filled(
    path: Path,
    locale: str,
    catalog: Catalog,
    before: dict[tuple[object, str | None], _State],
    snapshot: Snapshot,
) -> bool:
    """Write a filled catalog; when the file changed on disk since it was read (a
    translator saved it), merge instead of overwriting: the file's version is kept and
    only entries this run filled *and* that are on disk as they were read take the new
    translation. A file that no longer parses stops the run (exit 2): the machine
    answers are in the cache, so running again costs nothing."""
    from prlocalize.catalog import read_catalog, write_catalog

    if _states(catalog) == before:
        return False  # nothing filled: the file stays as it is (not even rendered again)
    for _ in range(_MERGE_ATTEMPTS):
        try:
            return write_catalog(path, catalog, expect=snapshot)
        except ConcurrentChange:
            snapshot = Snapshot.of(path)
            catalog = merge_filled(read_catalog(path, locale), catalog, before)
    raise ConcurrentChange(path, "keeps changing on disk", "run translate again when it is saved")


def merge_filled(
    disk: Catalog, ours: Catalog, before: dict[tuple[object, str | None], _State]
) -> Catalog:
    """``disk`` with the entries ``ours`` changed since ``before``, where ``disk`` still
    has them as they were (a translator's own change always wins)."""
    for message in ours:
        if not message.id:
            continue
        key = (message.id, message.context)
        was = before.get(key)
        if was is None or (message.string, message.fuzzy) == was:
            continue  # not filled by this run
        theirs = disk.get(message.id, message.context)
        if theirs is None or (theirs.string, theirs.fuzzy) != was:
            continue  # removed or edited on disk meanwhile
        theirs.string = message.string
        theirs.flags = set(message.flags)
        theirs.auto_comments = list(message.auto_comments)
        theirs.previous_id = list(message.previous_id)
    return disk


def import_tmx(memory_path: Path, tmx: Path) -> tuple[int, str]:
    """Add a TMX file's units to the memory: (units stored, what was passed over)."""
    from prlocalize.translate.tmx import Passed, read_tmx

    passed = Passed()
    count, torn = _store(memory_path, read_tmx(tmx, passed))
    unsourced, doubled, unfinished = passed.unsourced, passed.doubled, passed.unfinished
    said = [torn] if torn else []
    if unfinished:
        said.insert(
            0,
            f"{len(unfinished)} unit(s) not finished (Draft, Rejected…) passed over, the "
            f"first on line {unfinished[0]}",
        )
    if doubled:
        languages = ", ".join(sorted({lang for _, lang in doubled}))
        said.insert(
            0,
            f"{len(doubled)} <tu> translating its source two ways into {languages}, the "
            f"first on line {doubled[0][0]}: the <tuv> listed last kept",
        )
    if unsourced:
        line = unsourced[0][0]
        languages = " or ".join(sorted({lang for _, lang in unsourced}))
        said.insert(
            0,
            f"{len(unsourced)} <tu> without a variant in {languages} passed over, the first "
            f"on line {line}: its srclang says which language the others translate",
        )
    return count, "; ".join(said)


def _store(memory_path: Path, units: Iterable[Unit]) -> tuple[int, str]:
    """Store ``units`` but for sources the file translates two ways: (units stored, what
    was said of those passed over, or '')."""
    from prlocalize.translate.conflicts import describe, without_conflicts
    from prlocalize.translate.memory import TranslationMemory

    kept, conflicts = without_conflicts(units)  # read whole before the memory is touched
    # the memory keeps a source's last unit: a CAT tool's export is in no order of time,
    # so the units it dated go in by their dates (stable: its undated ones first, in order)
    kept.sort(key=lambda unit: unit.changed)
    with TranslationMemory(memory_path) as memory:
        count = memory.add(kept)
    return count, describe(conflicts) if conflicts else ""


# a release's page is aligned with its translation, not imported ('memory import' of an
# archive's files refused them as malformed XML or CSV)
_RELEASE_PAGES = frozenset({".html", ".htm", ".xhtml", ".md", ".markdown"})
_LEARN_RELEASES = (
    "memory import reads TMX, XLIFF, .po catalogs and bilingual tables; a release and its "
    "translation are learnt with `prlocalize align SOURCE TARGET --memory`, an archive of "
    "them with `prlocalize align --pairs DIR --memory`"
)


# what a folder given to `memory import` is searched for: memories, CAT tools' bilingual
# files, translators' catalogs and bilingual tables (.txt is a table only when named)
_MEMORY_SUFFIXES = frozenset(
    {".tmx", ".xliff", ".xlf", ".sdlxliff", ".mqxliff", ".po", ".csv", ".tsv", ".xlsx", ".xlsm"}
)


def memory_files(paths: Sequence[Path]) -> list[Path]:
    """The files ``paths`` name for `memory import`: a file as given, a folder's memory
    files (above) at any depth, hidden folders passed over, in a stable order. A folder
    with none is an input error, saying how releases are learnt when it holds them."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        files = [p for p in inside if p.suffix.lower() in _MEMORY_SUFFIXES]
        if not files:
            releases = any(saved_suffix(p.name) in _RELEASE_PAGES for p in inside)
            raise InputError(
                path,
                None,
                "no translation memory file in this folder (TMX, XLIFF, .po, .csv, .tsv, .xlsx)",
                _LEARN_RELEASES if releases else "pass the files to import",
            )
        found.extend(files)
    return found


def import_translations(
    memory_path: Path, path: Path, *, source_lang: str | None = None
) -> tuple[int, str]:
    """Add a TMX, bilingual XLIFF or bilingual table to the memory: (units stored, what
    was passed over, or ''). ``source_lang`` picks a table's source column (else its
    first language column)."""
    from prlocalize.translate.sheet import is_sheet, read_sheet
    from prlocalize.translate.xliff import is_xliff, read_xliff

    if path.suffix.lower() == ".po":
        return import_catalog(memory_path, path, source_lang=source_lang)
    if saved_suffix(path.name) in _RELEASE_PAGES:
        _refuse_versions(path)
        raise InputError(path, None, "a release, not a translation memory", _LEARN_RELEASES)
    if is_sheet(path):
        try:
            units, passed = read_sheet(path, source_lang)
        except InputError as exc:
            if path.suffix.lower() != ".txt":
                raise
            _refuse_versions(path)
            # a release saved as text reads as no table: say how releases are learnt
            hint = "; ".join(h for h in (exc.hint, f"if it is a release: {_LEARN_RELEASES}") if h)
            raise InputError(exc.path, exc.line, exc.message, hint) from None
        count, torn = _store(memory_path, units)
        said = f"{passed} row(s) not translated yet passed over" if passed else ""
        return count, "; ".join(s for s in (said, torn) if s)
    if not is_xliff(path):
        return import_tmx(memory_path, path)
    read = read_xliff(path)
    count, torn = _store(memory_path, read.units)
    unfinished = read.unfinished
    said = f"{unfinished} segment(s) not translated yet passed over" if unfinished else ""
    return count, "; ".join(s for s in (said, torn) if s)


def _refuse_versions(path: Path) -> None:
    """Refuse a release that holds its versions itself (the Japanese, then '[English]' and
    the English) saying which, and the command that learns its pairs: the way to learn
    a release and its translation in two files is no answer for it."""
    from prlocalize.readers.bilingual import two_languages

    held = two_languages(path)
    if held is None:
        return
    which = " --target-lang LANG" if len(held) > 2 else ""
    raise InputError(
        path,
        None,
        f"a release that holds {len(held)} versions ({', '.join(held)}), not a translation memory",
        f"`prlocalize align {path}{which} --memory` learns the pairs it holds; "
        "`prlocalize align --pairs DIR --memory`, those of a folder of such files",
    )


def import_catalog(
    memory_path: Path, path: Path, *, source_lang: str | None = None
) -> tuple[int, str]:
    """Add a gettext catalog's approved entries to the memory (a catalog a translator
    sent back, from any tool): (units stored, what was passed over, or ''). Its
    translations' language is its ``Language`` header, else the ``<locale>`` folder of
    ``<locale>/LC_MESSAGES/``; its msgids' is ``source_lang``, else the catalog's
    ``X-Source-Language`` (or its template's), else English."""
    from prlocalize.catalog import read_catalog
    from prlocalize.catalog.headers import source_language

    catalog = read_catalog(path)
    locale = catalog.locale_identifier or _locale_folder(path)
    if not locale:
        raise InputError(
            path,
            None,
            "the catalog says no language (no Language header, not in <locale>/LC_MESSAGES/)",
            'add "Language: ja\\n" (its locale) to its header',
        )
    source = source_lang or source_language(catalog) or _template_source_lang(path) or "en"
    units = _approved_units(catalog, source, locale, origin=f"po:{path.name}")
    # a tool that exports untranslated entries with their source text as the msgstr
    # (Transifex, Crowdin) would teach the memory the source as its own translation
    copied = [u for u in units if u.target == u.source]
    count, torn = _store(memory_path, [u for u in units if u.target != u.source])
    fuzzy = sum(1 for m in catalog if m.id and m.string and m.fuzzy)
    said = [f"{fuzzy} fuzzy entry(ies) passed over"] if fuzzy else []
    if copied:
        said.append(f"{len(copied)} entry(ies) whose msgstr is their msgid passed over")
    return count, "; ".join([*said, torn] if torn else said)


def _locale_folder(path: Path) -> str | None:
    parents = path.resolve().parents
    if len(parents) > 1 and parents[0].name == "LC_MESSAGES":
        return parents[1].name
    return None


def _template_source_lang(path: Path) -> str | None:
    parents = path.resolve().parents
    return header_source_lang(parents[2] / f"{path.stem}.pot") if len(parents) > 2 else None


def _approved_units(catalog: Catalog, source: str, locale: str, origin: str) -> list[Unit]:
    """The translated, non-fuzzy, singular entries of ``catalog`` as memory units (the
    same that :meth:`TranslationMemory.add_catalog` stores of a catalog it learns)."""
    from prlocalize.translate.memory import Unit, kept_flags

    return [
        Unit(source, locale, message.id, message.string, origin, kept_flags(message.flags))
        for message in catalog
        if message.id
        and isinstance(message.id, str)
        and isinstance(message.string, str)
        and message.string
        and not message.fuzzy
    ]


def export_tmx(memory_path: Path, out: Path, *, srclang: str = "en") -> int:
    from prlocalize.fsutil import atomic_write, refuse_overwrite
    from prlocalize.translate.memory import TranslationMemory
    from prlocalize.translate.tmx import tmx_bytes

    sidecars = [memory_path.with_name(memory_path.name + s) for s in ("-wal", "-shm")]
    refuse_overwrite(out, [memory_path, *sidecars], "translation memory")
    with TranslationMemory(memory_path) as memory:
        units = list(memory.units())
        atomic_write(out, tmx_bytes(units, srclang=srclang))
    return len(units)
