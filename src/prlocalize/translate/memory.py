"""prlocalize.translate.memory
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A translation memory in SQLite (``.prlocalize/memory.sqlite`` by default): source
and target text per language pair, keyed by a hash of the normalised source.
Exact matches come from the index; fuzzy ones from rapidfuzz over the pair's
sources (loaded once per pair), returned with their score. It is filled from
approved (non-fuzzy) catalog entries and from TMX files. The machine-translation
cache lives in the same file (see :mod:`prlocalize.translate.cache`).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import os
import sqlite3
import threading
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from prlocalize.errors import InputError
from prlocalize.glossary.model import Glossary
from prlocalize.translate.base import Candidate
from prlocalize.translate.inline_codes import plain_text, with_markup, wrapped_verbatim

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher
    from prlocalize.translate.term_update import TermUpdate

_SCHEMA = """
CREATE TABLE IF NOT EXISTS units (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_key  TEXT NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT '',
    flags       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_lang, target_lang, source_key)
);
CREATE TABLE IF NOT EXISTS codes (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_key  TEXT NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    PRIMARY KEY (source_lang, target_lang, source_key)
);
CREATE TABLE IF NOT EXISTS learned (
    path  TEXT PRIMARY KEY,
    stamp TEXT NOT NULL
);
"""
_IGNORE = "prlocalize-ignore"


def kept_flags(flags: Iterable[str]) -> tuple[str, ...]:
    """The flags of a catalog entry that travel with its translation, sorted: a
    ``prlocalize-ignore:PR404`` flag (and the codes Babel split off it at a comma)."""
    flags = list(flags)
    if not any(f.startswith(_IGNORE) for f in flags):
        return ()
    return tuple(sorted(f for f in flags if f.startswith(_IGNORE) or f.upper().startswith("PR")))


def normalise(text: str) -> str:
    """NFC with runs of white space folded, so trivial spacing never defeats a match."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_key(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})  # zh written in Traditional characters


@functools.lru_cache(maxsize=256)
def lang_key(code: str) -> str:
    """Language (and script) of a locale or TMX code: ``ja-JP`` → ``ja``. Chinese keeps
    its script, told by the region where none is written (``zh-TW`` → ``zh_hant``):
    a Traditional translation is no match for a Simplified one."""
    parts = code.replace("-", "_").lower().split("_")
    keep = [parts[0]] + [p for p in parts[1:] if len(p) == 4 and p.isalpha()]
    if keep == ["zh"]:
        keep.append("hant" if _TRADITIONAL_REGIONS.intersection(parts[1:]) else "hans")
    return "_".join(keep)


def _target_keys(units: list[Unit]) -> list[str]:
    """Each unit's :func:`lang_key` of its target language. Chinese named without its
    script (a release's language told from its letters, a table's '中文' column) is
    told by the translation's own letters, else by those of all the units so named
    ('2025年6月10日' of a Traditional release), else taken as Simplified: a Traditional
    translation stored as Simplified would be offered to Simplified catalogs."""
    from prlocalize.scripts import chinese_script

    bare = [u.target for u in units if _bare(u)]
    if not bare:
        return [lang_key(u.target_lang) for u in units]
    overall = chinese_script(" ".join(bare))
    keys = []
    for unit in units:
        key = lang_key(unit.target_lang)
        if _bare(unit) and (chinese_script(unit.target) or overall) == "Hant":
            key = "zh_hant"
        keys.append(key)
    return keys


def _bare(unit: Unit) -> bool:
    """Whether the unit's target is Chinese named without script or region ('zh')."""
    return unit.target_lang.replace("-", "_").lower() == "zh"


@dataclass(frozen=True, slots=True)
class Unit:
    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str = ""
    flags: tuple[str, ...] = ()  # e.g. prlocalize-ignore:PR404, as the translator set it
    # where a CAT tool kept it for (a TMX's x-context: a heading, a table cell); not stored
    context: str = ""
    # when a CAT tool last changed it (a TMX's changedate, '20240915T103000Z'): of two
    # translations of one source, the later is kept; not stored
    changed: str = field(default="", compare=False)
    # its source and target with markers where a CAT tool's paired codes stood (a bold
    # name), () when it had none: see inline_codes; stored beside the unit
    codes: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Match:
    unit: Unit
    score: float  # 100 for exact


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating) the SQLite file shared by the memory and the MT cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    except (OSError, sqlite3.DatabaseError) as exc:
        hint = "check the path, or move a damaged file away"
        raise InputError(path, None, f"cannot open the memory: {exc}", hint) from None
    return conn


def units_digest(path: Path) -> str:
    """The digest of the memory's translations (its ``units``, not its bookkeeping nor
    the MT cache), read without creating or changing anything: what filling a catalog
    from it depends on. No memory yet is a memory with no translations (the first
    ``translate`` creates an empty one); ``?`` when it cannot be read."""
    digest = hashlib.blake2b(digest_size=16)
    if not path.exists():
        return digest.hexdigest()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return "?"
    try:
        rows = conn.execute(
            "SELECT source_lang, target_lang, source_key, target, flags FROM units "
            "ORDER BY source_lang, target_lang, source_key"
        )
        for row in rows:
            digest.update("\0".join(map(str, row)).encode("utf-8", "surrogatepass") + b"\1")
        codes = _codes_rows(conn)  # (a memory without any keeps the digest it had)
        digest.update(b"\2" if codes else b"")
        for row in codes:
            digest.update("\0".join(map(str, row)).encode("utf-8", "surrogatepass") + b"\1")
    except sqlite3.Error:
        return "?"
    finally:
        conn.close()
    return digest.hexdigest()


def _codes_rows(conn: sqlite3.Connection) -> list[tuple[str, ...]]:
    """The rows of the memory's ``codes`` (none in a memory from before it was kept)."""
    try:
        rows: list[tuple[str, ...]] = conn.execute(
            "SELECT source_lang, target_lang, source_key, target FROM codes "
            "ORDER BY source_lang, target_lang, source_key"
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return rows


# a unit as read the other way round: (its target, its source, origin, flags)
_Stored = tuple[str, str, str, tuple[str, ...]]


class TranslationMemory:
    def __init__(self, path: str | Path, *, fuzzy_threshold: float = 75.0) -> None:
        self.path = Path(path)
        self.fuzzy_threshold = fuzzy_threshold
        self._conn = connect(self.path)
        self._pid = os.getpid()
        self._inherited: list[sqlite3.Connection] = []
        self.lock = threading.Lock()
        try:
            self.conn.executescript(_SCHEMA)
            columns = {row[1] for row in self.conn.execute("PRAGMA table_info(units)")}
            if "flags" not in columns:  # a memory from before flags were kept
                self.conn.execute("ALTER TABLE units ADD COLUMN flags TEXT NOT NULL DEFAULT ''")
        except sqlite3.DatabaseError as exc:
            raise InputError(self.path, None, f"not a prlocalize memory: {exc}") from None
        self._fuzzy_index: dict[tuple[str, str], _FuzzyIndex] = {}
        self._directions: dict[tuple[str, str], bool] = {}
        self._reverse_exact: dict[tuple[str, str], dict[str, _Stored]] = {}
        self._has_codes: bool | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        """This process's connection: a worker forked from the process that opened the
        memory opens its own on first use, as an SQLite connection must not cross a fork.
        The inherited one is kept, unused and unclosed: closing it in the worker could
        end the parent's write-ahead log under it."""
        if self._pid != os.getpid():
            self._inherited.append(self._conn)
            self._conn = connect(self.path)
            self._pid = os.getpid()
            self.lock = threading.Lock()
        return self._conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        (count,) = self.conn.execute("SELECT COUNT(*) FROM units").fetchone()
        return int(count)

    def add(self, units: Iterable[Unit]) -> int:
        """Store units (a later unit for the same source replaces an earlier one); the
        number of units stored, each source once however often the input repeats it."""
        kept = [u for u in units if u.source.strip() and u.target.strip()]
        rows = [
            (
                lang_key(u.source_lang),
                target,
                text_key(u.source),
                u.source,
                u.target,
                u.origin,
                " ".join(u.flags),
            )
            for u, target in zip(kept, _target_keys(kept), strict=True)
        ]
        last = {row[:3]: u for u, row in zip(kept, rows, strict=True)}  # the one stored
        coded = [(*key, *u.codes) for key, u in last.items() if u.codes]
        with self.lock:
            # one transaction: a failure part-way (a full disk, Ctrl-C) leaves none of it
            self.conn.execute("BEGIN")
            try:
                self.conn.executemany(
                    "INSERT OR REPLACE INTO units (source_lang, target_lang, source_key, "
                    "source, target, origin, flags) VALUES (?,?,?,?,?,?,?)",
                    rows,
                )
                # a unit's codes are those of the translation it holds now, or none
                if self.has_codes():
                    self.conn.executemany(
                        "DELETE FROM codes WHERE source_lang=? AND target_lang=? AND source_key=?",
                        [row[:3] for row in rows],
                    )
                self.conn.executemany(
                    "INSERT OR REPLACE INTO codes (source_lang, target_lang, source_key, "
                    "source, target) VALUES (?,?,?,?,?)",
                    coded,
                )
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            self._fuzzy_index.clear()
            self._directions.clear()
            self._reverse_exact.clear()
            self._has_codes = None
        return len({row[:3] for row in rows})

    def learned(self, path: str | Path) -> str | None:
        """The stamp of the catalog at ``path`` as its entries were last learned, if ever."""
        row = self.conn.execute(
            "SELECT stamp FROM learned WHERE path = ?", (os.path.abspath(path),)
        ).fetchone()
        return str(row[0]) if row is not None else None

    def mark_learned(self, stamps: Iterable[tuple[str | Path, str]]) -> None:
        """Remember that the catalogs at these paths were learned as their stamps say."""
        rows = [(os.path.abspath(path), stamp) for path, stamp in stamps]
        if not rows:
            return
        with self.lock:
            self.conn.execute("BEGIN")
            try:
                self.conn.executemany(
                    "INSERT OR REPLACE INTO learned (path, stamp) VALUES (?, ?)", rows
                )
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def add_catalog(self, catalog: object, source_lang: str, locale: str, origin: str) -> int:
        """Store every approved (translated, non-fuzzy, singular) entry of a Babel catalog."""
        units = (
            Unit(source_lang, locale, message.id, message.string, origin, kept_flags(message.flags))
            for message in catalog  # type: ignore[attr-defined]
            if message.id
            and isinstance(message.id, str)
            and isinstance(message.string, str)
            and message.string
            and not message.fuzzy
        )
        return self.add(units)

    def units(self) -> Iterator[Unit]:
        rows = self.conn.execute(
            "SELECT u.source_lang, u.target_lang, u.source, u.target, u.origin, u.flags, "
            "c.source, c.target FROM units u LEFT JOIN codes c USING (source_lang, "
            "target_lang, source_key) ORDER BY u.source_lang, u.target_lang, u.source"
        )
        for source_lang, target_lang, source, target, origin, flags, *codes in rows:
            yield Unit(
                source_lang,
                target_lang,
                source,
                target,
                origin,
                tuple(flags.split()),
                codes=tuple(codes) if codes[0] is not None else (),
            )

    def exact(self, text: str, source: str, target: str) -> Match | None:
        return self.exact_many([text], source, target)[0]

    def exact_many(self, texts: Sequence[str], source: str, target: str) -> list[Match | None]:
        """:meth:`exact` of each of ``texts``, in a few queries (a query a text cost more
        than the rest of filling a catalog)."""
        keys = [text_key(text) for text in texts]
        pair = (lang_key(source), lang_key(target))
        if self._reversed(*pair):
            stored = self._exact_reversed(*pair)
            return [
                Match(Unit(source, target, *stored[key]), 100.0) if key in stored else None
                for key in keys
            ]
        found: dict[str, Match] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), _KEYS_A_QUERY):
            batch = unique[start : start + _KEYS_A_QUERY]
            rows = self.conn.execute(
                "SELECT u.source_key, u.source, u.target, u.origin, u.flags, c.source, "
                "c.target FROM units u LEFT JOIN codes c USING (source_lang, target_lang, "
                "source_key) WHERE u.source_lang=? AND u.target_lang=? AND u.source_key IN "
                f"({','.join('?' * len(batch))})",
                (*pair, *batch),
            )
            for key, unit_source, unit_target, origin, flags, *codes in rows:
                unit = Unit(
                    source,
                    target,
                    unit_source,
                    unit_target,
                    origin,
                    tuple(flags.split()),
                    codes=tuple(codes) if codes[0] is not None else (),
                )
                found[key] = Match(unit, 100.0)
        return [found.get(key) for key in keys]

    def fuzzy(
        self,
        text: str,
        source: str,
        target: str,
        *,
        accept: Callable[[str], bool] | None = None,
        tries: int = 5,
    ) -> Match | None:
        """Best unit at or above the threshold by rapidfuzz's normalised similarity
        (``fuzz.ratio`` of the normalised texts); of equal scores, the shorter source.

        With ``accept``, the best of the ``tries`` closest units whose source it accepts.
        """
        close = self.closest(text, source, target, tries if accept else 1)
        return next((m for m in close if accept is None or accept(m.unit.source)), None)

    def closest(self, text: str, source: str, target: str, tries: int = 5) -> list[Match]:
        """The ``tries`` closest units at or above the threshold, closest first."""
        index = self._index(lang_key(source), lang_key(target))
        return [
            Match(Unit(source, target, index.sources[i], index.targets[i]), score)
            for i, score in index.closest(normalise(text), self.fuzzy_threshold, tries)
        ]

    def has_codes(self) -> bool:
        """Whether any unit keeps a CAT tool's codes (most memories: none, and no lookups
        of them then)."""
        if self._has_codes is None:
            found = self.conn.execute("SELECT 1 FROM codes LIMIT 1").fetchone()
            self._has_codes = found is not None
        return self._has_codes

    def with_codes(self, unit: Unit, source: str, target: str) -> Unit:
        """``unit`` (a close match, read from the index without them) with its codes."""
        row = self.conn.execute(
            "SELECT source, target FROM codes WHERE source_lang=? AND target_lang=? AND "
            "source_key=?",
            (lang_key(source), lang_key(target), text_key(unit.source)),
        ).fetchone()
        return replace(unit, codes=tuple(row)) if row is not None else unit

    def lookup(self, text: str, source: str, target: str) -> Match | None:
        return self.exact(text, source, target) or self.fuzzy(text, source, target)

    def _reversed(self, source: str, target: str) -> bool:
        """Whether the units for ``source`` → ``target`` are read the other way round: the
        memory holds none as asked and some from ``target`` to ``source``. An archive of
        Japanese originals aligned beside their English versions is stored from English
        (align's default source), and its pairs say the same read either way."""
        key = (source, target)
        with self.lock:
            if key not in self._directions:
                query = "SELECT 1 FROM units WHERE source_lang=? AND target_lang=? LIMIT 1"
                asked = self.conn.execute(query, key).fetchone() is not None
                other = not asked and self.conn.execute(query, key[::-1]).fetchone() is not None
                self._directions[key] = other
            return self._directions[key]

    def _exact_reversed(self, source: str, target: str) -> dict[str, _Stored]:
        """key of each stored target → (that target, its source, origin, flags), for the
        units stored from ``target`` to ``source`` (of two with one target, the first by
        source)."""
        key = (source, target)
        with self.lock:
            if key not in self._reverse_exact:
                rows = self.conn.execute(
                    "SELECT target, source, origin, flags FROM units "
                    "WHERE source_lang=? AND target_lang=? ORDER BY source_key",
                    key[::-1],
                )
                stored: dict[str, _Stored] = {}
                for text, other, origin, flags in rows:
                    stored.setdefault(text_key(text), (text, other, origin, tuple(flags.split())))
                self._reverse_exact[key] = stored
            return self._reverse_exact[key]

    def _index(self, source: str, target: str) -> _FuzzyIndex:
        key = (source, target)
        reverse = self._reversed(source, target)
        with self.lock:
            if key not in self._fuzzy_index:
                rows = self.conn.execute(
                    "SELECT target, source FROM units WHERE source_lang=? AND target_lang=?"
                    if reverse
                    else "SELECT source, target FROM units WHERE source_lang=? AND target_lang=?",
                    key[::-1] if reverse else key,
                )
                # sorted by length, then text: the order is the tie-break, the same every run
                pairs = sorted(((normalise(r[0]), r[1]) for r in rows), key=_by_length)
                self._fuzzy_index[key] = _FuzzyIndex([p[0] for p in pairs], [p[1] for p in pairs])
            return self._fuzzy_index[key]


def _by_length(pair: tuple[str, str]) -> tuple[int, str]:
    return len(pair[0]), pair[0]


_KEYS_A_QUERY = 500  # under SQLite's limit of host parameters (999 before 3.32)
_GRAM = 3  # characters per n-gram of the candidate index
SCAN_UP_TO = 10_000  # units of a close length: fewer are all scored (a few ms)
CANDIDATES = 100  # units scored, those sharing most rare n-grams with the text (twice)
POSTINGS_BUDGET = 5_000  # postings counted per lookup, rarest n-grams first
MAX_TIED = 2_000  # units scored when many tie for the most shared n-grams


def grams(text: str) -> set[str]:
    """The character trigrams of ``text`` (lower case, with its ends marked)."""
    padded = f"\x02{text.lower()}\x03"
    return {padded[i : i + _GRAM] for i in range(len(padded) - _GRAM + 1)}


class _FuzzyIndex:
    """A language pair's units sorted by the length of their normalised source, with an
    inverted index from character trigrams to the units (ascending) that contain them.

    A lookup scores with rapidfuzz only the units of a length that can reach the
    threshold (``ratio = 2·matches / (len(a) + len(b))``); when there are many, only
    the :data:`CANDIDATES` that share most trigrams with the text, counting the rarest
    trigrams first: a unit close enough to score 75 or more shares most of the text's
    trigrams, rare ones included, so it is among them (``tests/translate/
    test_memory_index.py`` holds it to a brute-force scan of every unit)."""

    def __init__(self, sources: list[str], targets: list[str]) -> None:
        self.sources = sources
        self.targets = targets
        self.lengths = [len(s) for s in sources]
        self._postings: dict[str, array[int]] | None = None  # built at the first large search

    def postings(self) -> dict[str, array[int]]:
        if self._postings is None:
            lists: defaultdict[str, list[int]] = defaultdict(list)
            for i, source in enumerate(self.sources):
                for gram in grams(source):
                    lists[gram].append(i)
            self._postings = {gram: array("i", ids) for gram, ids in lists.items()}
        return self._postings

    def closest(self, query: str, threshold: float, limit: int) -> list[tuple[int, float]]:
        """Up to ``limit`` (unit, score) at or above ``threshold``, best first; of equal
        scores the unit that comes first in the index."""
        t = max(threshold, 1.0)
        lo = bisect.bisect_left(self.lengths, len(query) * t / (200 - t))
        hi = bisect.bisect_right(self.lengths, len(query) * (200 - t) / t)
        if lo >= hi:
            return []
        from rapidfuzz import fuzz, process  # here: most lookups end above, and cheaply

        ids = range(lo, hi) if hi - lo <= SCAN_UP_TO else self._candidates(query, lo, hi)
        scored = process.extract(
            query,
            [self.sources[i] for i in ids],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            limit=None,
        )
        best = sorted((-score, ids[k]) for _, score, k in scored)[:limit]
        return [(i, -float(score)) for score, i in best]

    def _candidates(self, query: str, lo: int, hi: int) -> list[int]:
        """The units in ``[lo, hi)`` that share most trigrams with ``query``, counted
        over its rarest trigrams while the postings stay within the budget; twice: with
        the numbers' trigrams, and without them. A number is often what tells two
        versions of a template apart (kept), and often what changed between two versions
        of a sentence (a date, an amount: then its rare trigrams lead astray)."""
        postings = self.postings()
        found = []
        for gram in grams(query):
            ids = postings.get(gram)
            if ids is not None:
                start, end = bisect.bisect_left(ids, lo), bisect.bisect_left(ids, hi)
                if end > start:
                    found.append((end - start, any(c.isdigit() for c in gram), ids, start, end))
        found.sort(key=lambda item: item[0])
        chosen = self._most_shared(found)
        chosen.update(self._most_shared([item for item in found if not item[1]]))
        return sorted(chosen)

    @staticmethod
    def _most_shared(found: list[tuple[int, bool, array[int], int, int]]) -> set[int]:
        counts: Counter[int] = Counter()
        counted = 0
        for size, _, ids, start, end in found:
            counts.update(ids[start:end])
            counted += size
            if counted >= POSTINGS_BUDGET:
                break
        if len(counts) <= CANDIDATES:
            return set(counts)
        # the units with the most shared trigrams, and those tied with the last of them
        floor = sorted(counts.values(), reverse=True)[CANDIDATES - 1]
        tied = sorted(i for i, count in counts.items() if count >= floor)
        return set(tied[:MAX_TIED])


class MemoryBackend:
    """Exact matches are final; fuzzy ones are drafts (``memory 92%``).

    With a glossary, a fuzzy match must name the same glossary entries as the text:
    "Kim Hongju, Director General, …" is close to "Oh Youngju, Minister, …" as
    characters go, but a draft with the wrong person in it is worse than none.
    """

    name = "memory"

    def __init__(
        self, memory: TranslationMemory, *, fuzzy: bool = True, glossary: Glossary | None = None
    ) -> None:
        self.memory = memory
        self.use_fuzzy = fuzzy
        self.glossary = glossary
        self._matchers: dict[str, TermMatcher] = {}
        self._forbids: bool | None = None

    def _entities(self, source: str) -> Callable[[str], frozenset[str]] | None:
        if not self.glossary or not len(self.glossary):
            return None
        if source not in self._matchers:
            from prlocalize.glossary.matcher import TermMatcher

            self._matchers[source] = TermMatcher.build(self.glossary, source)
        from prlocalize.translate.glossary import cached_find

        find = cached_find(self._matchers[source])
        return lambda text: frozenset(m.entry.id for m in find(text))

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Candidate | None]:
        entities = self._entities(source)
        out: list[Candidate | None] = []
        for text, match in zip(texts, self._exact_many(texts, source, target), strict=True):
            if match is None and self.use_fuzzy and text.strip():
                if entities is None:
                    match = self.memory.fuzzy(text, source, target)
                else:
                    close = self.memory.closest(text, source, target)
                    accept = _same_entities(entities, text)
                    match = next((m for m in close if accept(m.unit.source)), None)
                    if match is None:
                        out.append(self._with_other_names(text, close, source, target))
                        continue
            if match is None:
                out.append(None)
                continue
            if match.score < 100 and "<" in text and self.memory.has_codes():
                # a close match's codes, for its markup
                match = Match(self.memory.with_codes(match.unit, source, target), match.score)
            unit = marked = with_markup(text, match.unit)
            former = self._former_forms(text, unit, source, target)
            if former is not None:
                unit = replace(unit, source=former.source, target=former.text)
            if match.score >= 100 and normalise(marked.source) == normalise(text):
                out.append(
                    Candidate(
                        unit.target,
                        self.name,
                        # a person approved it with the names of its day: read again
                        needs_review=former is not None,
                        score=100.0,
                        flags=unit.flags,
                        approved=True,
                        notes=_former_note(former),
                    )
                )
            else:
                out.append(_draft(text, unit, match.score, self.name, _former_note(former)))
        return out

    def _exact_many(self, texts: Sequence[str], source: str, target: str) -> list[Match | None]:
        """Exact matches; a msgid with markup that has none is looked up by its text too,
        as a CAT tool's unit is stored (its codes are no catalog's markup)."""
        found = self.memory.exact_many(texts, source, target)
        missed = [i for i, match in enumerate(found) if match is None and "<" in texts[i]]
        if missed and self.memory.has_codes():
            plain = [plain_text(texts[i]) for i in missed]
            for i, match in zip(missed, self.memory.exact_many(plain, source, target), strict=True):
                # only where its codes give the msgid's markup: a plain translation of a
                # sentence with markup is no exact match (a close one may have the markup)
                if match is not None and with_markup(texts[i], match.unit) is not match.unit:
                    found[i] = match
        missed = [i for i, match in enumerate(found) if match is None and "<" in texts[i]]
        if missed:
            # a plain translation whose words the msgid's elements wrap, each written once
            # on both sides ('… | <a href="mailto:…">press@…</a>'): the elements go back
            plain = [plain_text(texts[i]) for i in missed]
            for i, match in zip(missed, self.memory.exact_many(plain, source, target), strict=True):
                marked = wrapped_verbatim(texts[i], match.unit) if match is not None else None
                if match is not None and marked is not None:
                    found[i] = Match(marked, match.score)
        return found

    def _matcher(self, locale: str) -> TermMatcher:
        if locale not in self._matchers:
            from prlocalize.glossary.matcher import TermMatcher

            assert self.glossary is not None
            self._matchers[locale] = TermMatcher.build(self.glossary, locale)
        return self._matchers[locale]

    def _former_forms(self, text: str, unit: Unit, source: str, target: str) -> TermUpdate | None:
        """``unit`` with the names the glossary has retired since it was stored brought up
        to date (see :mod:`~prlocalize.translate.former_forms`), or None."""
        if self._forbids is None:  # most glossaries forbid nothing: no lookups then
            self._forbids = self.glossary is not None and any(
                term.forbidden for entry in self.glossary for term in entry.forms.values()
            )
        if not self._forbids:
            return None
        from prlocalize.translate.former_forms import update_former_forms

        return update_former_forms(
            text, unit.source, unit.target, self._matcher(source), self._matcher(target)
        )

    def _with_other_names(
        self, text: str, close: Sequence[Match], source: str, target: str
    ) -> Candidate | None:
        """The first of the ``close`` units that name other glossary entries than
        ``text`` with the text's put in (see :mod:`~prlocalize.translate.term_update`)."""
        from prlocalize.glossary.matcher import TermMatcher
        from prlocalize.translate.figure_update import update_figures
        from prlocalize.translate.term_update import update_terms

        if not close or self.glossary is None:
            return None
        if source not in self._matchers:
            self._matchers[source] = TermMatcher.build(self.glossary, source)
        if target not in self._matchers:
            self._matchers[target] = TermMatcher.build(self.glossary, target)
        for match in close:
            unit = match.unit
            # a name retired since (the company's old name) is brought up to date first:
            # then the draft differs from the text in the entries that changed only
            former = self._former_forms(text, unit, source, target)
            if former is not None:
                unit = replace(unit, source=former.source, target=former.text)
            named = update_terms(
                text, unit.source, unit.target, self._matchers[source], self._matchers[target]
            )
            if named is None:
                continue
            changes = (former.changes if former else ()) + named.changes
            draft = named.text
            if named.source != text:  # the figures differ too: they must change as well
                figures = update_figures(text, named.source, draft)
                if figures is None:
                    continue
                draft, changes = figures.text, changes + figures.changes
            said = "; ".join(f"{old} → {new}" for old, new in changes)
            note = f"changed from the memory's translation: {said}"
            return Candidate(draft, self.name, needs_review=True, score=match.score, notes=(note,))
        return None


def _draft(
    text: str, unit: Unit, score: float, origin: str, notes: tuple[str, ...] = ()
) -> Candidate:
    """A fuzzy match as a draft: with its figures made the text's where the two differ
    in figures only (see :mod:`~prlocalize.translate.figure_update`)."""
    from prlocalize.translate.figure_update import update_figures

    updated = update_figures(text, unit.source, unit.target) if score < 100 else None
    if updated is None:
        return Candidate(unit.target, origin, needs_review=True, score=score, notes=notes)
    said = "; ".join(f"{old} → {new}" for old, new in updated.changes)
    note = f"figures changed from the memory's translation: {said}"
    return Candidate(updated.text, origin, needs_review=True, score=score, notes=(*notes, note))


def _former_note(former: TermUpdate | None) -> tuple[str, ...]:
    """What the draft says of the names it brought up to date."""
    if former is None:
        return ()
    said = "; ".join(f"{old} → {new}" for old, new in former.changes)
    return (f"names the glossary has retired changed from the memory's translation: {said}",)


def _same_entities(entities: Callable[[str], frozenset[str]], text: str) -> Callable[[str], bool]:
    """Whether a unit's source names the glossary entries ``text`` names; those of
    ``text`` are looked up only once a fuzzy candidate asks (most texts have none)."""
    wanted: list[frozenset[str]] = []

    def accept(other: str) -> bool:
        if not wanted:
            wanted.append(entities(text))
        return entities(other) == wanted[0]

    return accept
