"""prlocalize.catalog.update
~~~~~~~~~~~~~~~~~~~~~~~~~

Merging a new template into a locale's catalog, the way ``msgmerge`` does, without
ever dropping a translation:

* an unchanged msgid keeps its msgstr, flags, translator comments (and a previous
  msgid while it is still fuzzy); locations and extracted comments come from the
  template;
* an obsolete entry whose msgid is back is revived as it was;
* a new msgid close to a translated old one (or an obsolete one) gets that
  translation, marked ``fuzzy`` with the old text as previous msgid (``#|``);
* an old translated msgid that nothing uses any more becomes obsolete (``#~``);
  an untranslated one is dropped, as msgmerge does (there is nothing to lose).

Babel's ``Catalog.update`` finds fuzzy candidates with difflib, which takes more
than half an hour for 5,000 sentences with 10% changed; rapidfuzz's ``extractOne`` with a
score cutoff does the same search in a fraction of a second. Its scan still compares each
changed msgid with every old one that changed, the square of their number for a long
release revised: :class:`_Closest` finds what the scan finds, comparing each with the few
that a trigram index and a length band leave (for the 4,000 sentences a 5 MB archive page
has edited, 2.9 million comparisons instead of 16 million).
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import overload

from babel import Locale
from babel.messages.catalog import Catalog, Message

from prlocalize.catalog.headers import (
    HeaderCatalog,
    catalog_now,
    extra_headers,
    set_source_language,
    source_language,
)
from prlocalize.catalog.io import (
    collapsed_comments,
    entries,
    parse_catalog,
    read_catalog_text,
    without_format_flags,
    write_catalog,
)
from prlocalize.catalog.template import printable_name

# msgmerge's FUZZY_THRESHOLD is 0.6 of its similarity measure; rapidfuzz's ratio is
# the same normalised Indel similarity difflib's ratio approximates, in percent.
FUZZY_CUTOFF = 60
ORIGIN_PREFIX = "prlocalize:"  # extracted comments that say where a translation came from
_Date = dt.datetime | dt.time | float | str  # the revision dates Babel's Catalog takes

Key = tuple[str, str | None]


@dataclass(frozen=True)
class MergeCounts:
    new: int = 0
    fuzzy: int = 0
    obsolete: int = 0
    kept: int = 0


@dataclass(slots=True)
class UpdateResult:
    path: Path
    locale: str
    created: bool  # the .po did not exist before
    written: bool  # False when the file already held exactly this catalog
    counts: MergeCounts
    # entries with no translation yet (what `translate` will look at); the merged catalog
    # itself is not kept: an update of a whole archive returns one small result per file
    untranslated: int
    renamed_from: Path | None = None  # a renamed release's old catalog it started from

    @property
    def new(self) -> int:
        return self.counts.new

    @property
    def fuzzy(self) -> int:
        return self.counts.fuzzy

    @property
    def obsolete(self) -> int:
        return self.counts.obsolete

    @property
    def kept(self) -> int:
        return self.counts.kept


def update_catalog(
    po_path: str | Path, template: Catalog, locale: str, *, fuzzy_matching: bool = True
) -> UpdateResult:
    """Create ``po_path`` from ``template`` or merge ``template`` into it, then write it.

    A broken existing catalog raises :class:`~prlocalize.errors.InputError` before
    anything is written.
    """
    po_path = Path(po_path)
    old_text = read_catalog_text(po_path) if po_path.exists() else None
    old = None
    like = None  # the old text and its parse, whose style the new text keeps
    if old_text is not None:
        old = parse_catalog(old_text, path=str(po_path), locale=locale)
        like = (old_text, old)
    catalog, counts = merge_catalog(old, template, locale, fuzzy_matching=fuzzy_matching)
    written = write_catalog(po_path, catalog, like=like)
    return UpdateResult(po_path, locale, old is None, written, counts, untranslated(catalog))


def untranslated(catalog: Catalog) -> int:
    """How many of ``catalog``'s entries have no translation."""
    return sum(1 for m in entries(catalog) if m.id and not m.string)


def merge_catalog(
    old: Catalog | None,
    template: Catalog,
    locale: str,
    *,
    fuzzy_matching: bool = True,
    matched: FuzzyMatches | None = None,
) -> tuple[Catalog, MergeCounts]:
    """The catalog ``old`` brought in step with ``template`` (neither is modified).

    ``matched``: the fuzzy matches of another locale's merge of the same template, used
    again when this one's old msgids are the same (one search for all the locales)."""
    catalog = _new_catalog(old, template, locale)
    if old is None:  # a new catalog (every new release): nothing to keep or match
        # Every key is new to it (each is the template's own, once): stored where Babel's
        # __setitem__ stores it, without its header check and merge lookup per message
        # (7% of an update of new releases). A plural's key is left to Babel.
        messages = catalog._messages
        for tmsg in entries(template):
            msgid, context = tmsg.id, tmsg.context
            if not msgid:
                continue
            if isinstance(msgid, str):
                messages[msgid if context is None else (msgid, context)] = _fresh(tmsg)
            else:
                catalog[msgid] = _fresh(tmsg, catalog.num_plurals)
        return catalog, MergeCounts(new=len(catalog))
    old_active: dict[Key, Message] = {(m.id, m.context): m for m in entries(old) if m.id}  # type: ignore[misc]
    old_obsolete: dict[Key, Message] = {(m.id, m.context): m for m in old.obsolete.values()}  # type: ignore[misc]
    used: set[Key] = set()
    kept = 0
    pending: list[tuple[int, Message]] = []
    merged: list[Message | None] = []
    for tmsg in entries(template):
        if not tmsg.id:
            continue
        key: Key = (tmsg.id, tmsg.context)  # type: ignore[assignment]
        source = old_active.get(key)
        if source is not None:
            used.add(key)
        else:
            source = old_obsolete.pop(key, None)
        if source is not None:
            merged.append(_carry(tmsg, source, fuzzy_from=None))
            kept += 1
        else:
            pending.append((len(merged), tmsg))
            merged.append(None)

    fuzzy = new = 0
    matches = (
        _fuzzy_sources(pending, old_active, old_obsolete, used, matched) if fuzzy_matching else {}
    )
    for index, tmsg in pending:
        source_key = matches.get(index)
        if source_key is None:
            merged[index] = _fresh(tmsg, catalog.num_plurals)
            new += 1
            continue
        if source_key in old_active:
            used.add(source_key)
            source = old_active[source_key]
        else:
            source = old_obsolete[source_key]
        merged[index] = _carry(tmsg, source, fuzzy_from=source)
        fuzzy += 1
    for key in matches.values():
        old_obsolete.pop(key, None)  # its translation lives on in the fuzzy entry

    for message in merged:
        assert message is not None
        catalog[message.id] = message
    obsolete = 0
    for key, message in old_active.items():
        if key not in used and message.string:
            catalog.obsolete[catalog._key_for(*key)] = _obsoleted(message)
            obsolete += 1
    for key, message in old_obsolete.items():
        if catalog.get(*key) is None:  # an obsolete twin of a live message says nothing new
            catalog.obsolete.setdefault(catalog._key_for(*key), message)
    return catalog, MergeCounts(new=new, fuzzy=fuzzy, obsolete=obsolete, kept=kept)


class FuzzyMatches:
    """The fuzzy matches of one merge, for the next locale's merge of the same template:
    the catalogs of a release's locales hold the same msgids, translated or not alike,
    and the search finds the same for each. Only a digest of what was searched is kept
    (not the msgids, so that one locale's catalog can go before the next is read)."""

    def __init__(self) -> None:
        self.digest = b""
        self.found: dict[int, int] = {}  # pending message -> its match's place in the old


def _searched(
    pending: Sequence[tuple[int, Message]], everything: list[Key], exact: set[Key]
) -> bytes:
    """A digest of all the fuzzy search reads: the old msgids searched, in order, which
    of them a new msgid kept, and the pending msgids."""
    import hashlib

    digest = hashlib.blake2b(digest_size=20)
    for key in everything:
        msgid, context = key
        digest.update(msgid.encode("utf-8", "surrogatepass"))
        # a context (or none), and whether a new msgid kept the message
        digest.update(
            b"\x00\x01"
            if context is None
            else b"\x00\x02" + context.encode("utf-8", "surrogatepass")
        )
        digest.update(b"\x00\x03" if key in exact else b"\x00\x04")
    digest.update(b"\x05")
    for index, tmsg in pending:
        digest.update(f"{index}\x00{tmsg.id!r}\x00".encode("utf-8", "surrogatepass"))
    return digest.digest()


def _fuzzy_sources(
    pending: Sequence[tuple[int, Message]],
    old_active: dict[Key, Message],
    old_obsolete: dict[Key, Message],
    exact: set[Key],
    matched: FuzzyMatches | None = None,
) -> dict[int, Key]:
    """For each pending template message, the closest translated old msgid (if close enough).

    The old messages that no new msgid kept (the texts that changed or went away) are
    searched first, then every translated one, as msgmerge searches all of them: an
    edited sentence finds its old self among a few hundred candidates, not thousands.
    """
    if not pending:
        return {}
    # plural messages (tuple ids) never come from a release; they are only kept
    everything: list[Key] = [k for k, m in old_active.items() if m.string and _text(k[0])]
    everything += [k for k, m in old_obsolete.items() if m.string and _text(k[0])]
    if not everything:
        return {}
    digest = _searched(pending, everything, exact) if matched is not None else b""
    if matched is not None and matched.digest == digest:
        found = matched.found
    else:
        found = _search(pending, everything, exact)
        if matched is not None:
            matched.digest, matched.found = digest, found
    return {index: everything[at] for index, at in found.items()}


def _search(
    pending: Sequence[tuple[int, Message]], everything: list[Key], exact: set[Key]
) -> dict[int, int]:
    """:func:`_fuzzy_sources`'s search: for each pending message, its match's place in
    ``everything``."""
    from rapidfuzz import fuzz, process

    left_over = [at for at, k in enumerate(everything) if k not in exact]
    # the changed texts are searched through an index (they are as many as the changed
    # msgids: a scan of them for each would grow with the square of their number)
    search = _Closest([everything[at][0] for at in left_over])
    found: dict[int, int] = {}
    texts: list[str] | None = None
    for index, tmsg in pending:
        if not _text(tmsg.id):
            continue
        best = search.closest(str(tmsg.id)) if left_over else None
        if best is not None:
            found[index] = left_over[best]
        elif len(left_over) < len(everything):
            texts = texts if texts is not None else [k[0] for k in everything]
            hit = process.extractOne(
                str(tmsg.id), texts, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if hit is not None:
                found[index] = hit[2]
    return found


class _Closest:
    """The text of ``texts`` rapidfuzz's ``extractOne(query, texts, scorer=fuzz.ratio,
    score_cutoff=FUZZY_CUTOFF)`` finds for a query (the first of the best), without
    comparing the query with every text.

    A good candidate is found first among the texts that share the query's rarest
    trigrams; its score ``s`` bounds the rest. A text can score ``s`` only if its length
    is within a band of the query's (ratio is at most ``2 min(a, b) / (a + b)``), and only
    if it shares enough of the query's trigrams: an alignment keeping ``l`` characters
    spoils at most 3 trigrams of the query for each character it leaves out and 2 for
    each run it adds, so at least ``t`` of them stay, and a text sharing none of the
    query's ``m - t + 1`` rarest trigrams cannot be the one. The candidates are the
    texts the index gives for those, when they are fewer than the band's, else the band;
    rapidfuzz compares the query with them, and of the best the first text wins, as in
    a scan in order.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.sizes = [len(text) for text in texts]
        self.order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        self.lengths = [len(texts[i]) for i in self.order]
        self.by_length = [texts[i] for i in self.order]
        index: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            for gram in {text[k : k + _GRAM] for k in range(len(text) - _GRAM + 1)}:
                postings = index.get(gram)
                if postings is None:
                    index[gram] = [i]
                else:
                    postings.append(i)
        self.index = index

    def closest(self, query: str) -> int | None:
        """The index of the text closest to ``query`` (None when none scores the cutoff)."""
        from rapidfuzz import fuzz, process

        a = len(query)
        index = self.index
        grams = Counter(query[k : k + _GRAM] for k in range(a - _GRAM + 1))
        ranked = sorted(grams, key=lambda g: len(index.get(g, ())))
        score = self._seed(query, ranked)
        # the least score the best text has, less what rounding may take off a score
        floor = max(float(FUZZY_CUTOFF), score) - _ROUNDING
        lo = math.ceil(floor * a / (200 - floor))
        hi = math.floor(a * (200 - floor) / floor)
        start, stop = bisect_left(self.lengths, lo), bisect_right(self.lengths, hi)
        if start == stop:
            return None
        shared = _shared_trigrams(a, lo, hi, floor) if grams else 0
        if shared > 0:
            ids = self._sharing(grams, ranked, a - _GRAM + 1 - shared, stop - start, lo, hi)
            if ids is not None:
                if not ids:
                    return None
                hit = process.extractOne(
                    query,
                    [self.texts[i] for i in ids],
                    scorer=fuzz.ratio,
                    score_cutoff=FUZZY_CUTOFF,
                )
                return None if hit is None else ids[hit[2]]
        # the band, shortest first: every text at the best score, then the first of them
        cutoff = floor if floor > FUZZY_CUTOFF + 1 else FUZZY_CUTOFF
        band = self.by_length[start:stop]
        limit = 16
        while True:
            hits = process.extract(query, band, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
            if not hits:
                return None
            best = [hit for hit in hits if hit[1] == hits[0][1]]
            if len(best) < len(hits) or len(hits) < limit:
                return min(self.order[start + hit[2]] for hit in best)
            limit *= 4

    def _sharing(
        self, grams: Counter[str], ranked: list[str], misses: int, band: int, lo: int, hi: int
    ) -> list[int] | None:
        """The texts (in order) of ``lo`` to ``hi`` characters that miss at most ``misses``
        of the query's trigrams ``grams`` (``ranked`` rarest first), or None when finding
        them costs more than comparing the query with the ``band`` texts of those lengths.

        Such a text has at least one of the first ``misses + 1``; of the first ``n``,
        ``n - misses`` at least: the rarest are read as long as they are cheap, and the
        texts that have too few of them are passed over without being compared.
        """
        index, budget = self.index, _BUDGET * band
        chosen: list[Sequence[int]] = []
        taken = cost = 0
        for gram in ranked:
            postings = index.get(gram, ())
            repeats = grams[gram]  # a text has it as often as the query at most
            if taken > misses and cost + len(postings) * repeats > budget:
                break
            cost += len(postings) * repeats
            if cost > budget:
                return None
            chosen += [postings] * repeats
            taken += repeats
        votes = Counter(chain.from_iterable(chosen))
        least, sizes = taken - misses, self.sizes
        ids = [i for i, hits in votes.items() if hits >= least and lo <= sizes[i] <= hi]
        if len(ids) > band // 2:
            return None
        ids.sort()
        return ids

    def _seed(self, query: str, ranked: list[str]) -> float:
        """The best score of the few texts sharing most of the query's rarest trigrams."""
        from rapidfuzz import fuzz

        votes: Counter[int] = Counter()
        used = 0
        for gram in ranked:
            postings = self.index.get(gram)
            if postings:
                votes.update(postings)
                used += 1
                # a few grams at least: the rarest may be the edit's own, in other texts
                if used >= _SEED_GRAMS and votes.total() >= _SEED_POSTINGS:
                    break
        scores = [
            fuzz.ratio(query, self.texts[i], score_cutoff=FUZZY_CUTOFF)
            for i, _votes in votes.most_common(_SEEDS)
        ]
        return max(scores, default=0.0)


_GRAM = 3  # characters of the index's grams
_SEED_GRAMS, _SEED_POSTINGS, _SEEDS = 8, 32, 3
# postings counted for a text of the band left out: counting one costs a fraction of a comparison
_BUDGET = 3
# rapidfuzz's score is its similarity times 100 in floating point: a bound is taken this
# much lower, so that rounding never leaves out a text of the very score
_ROUNDING = 0.01


def _shared_trigrams(a: int, lo: int, hi: int, score: float) -> int:
    """How many of its trigrams (with repeats) a text of ``a`` characters shares at least
    with any text of ``lo`` to ``hi`` characters whose ratio with it is ``score`` or more.

    Their longest common subsequence has ``l = score * (a + b) / 200`` characters or more;
    each character one text leaves out spoils at most 3 of its trigrams, and each run of
    the other's characters between two it keeps 2, so ``(a - 2) - 3 (a - l) - 2 (b - l)``
    of the first's trigrams stay whole in the second, and as many the other way round.
    Each count is linear in ``b``: its least over the band is at one end of it.
    """

    def kept(mine: int, theirs: int) -> float:
        common = score * (mine + theirs) / 200
        return (mine - _GRAM + 1) - _GRAM * (mine - common) - (_GRAM - 1) * (theirs - common)

    first = min(kept(a, b) for b in (lo, hi))
    second = min(kept(b, a) for b in (lo, hi))
    return math.ceil(max(first, second) - 1e-6)


def _text(msgid: object) -> bool:
    return isinstance(msgid, str) and bool(msgid)


def _carry(tmsg: Message, source: Message, *, fuzzy_from: Message | None) -> Message:
    """The template message with the translator's work of ``source``."""
    flags = without_format_flags(source.flags)
    previous = list(source.previous_id) if source.fuzzy else []
    if fuzzy_from is not None:
        flags.add("fuzzy")
        previous = [str(fuzzy_from.id)]
    # where an unreviewed translation came from ("prlocalize: machine translation …",
    # written by translate) stays until a person approves it
    origin = [c for c in source.auto_comments if c.startswith(ORIGIN_PREFIX)]
    origin = origin if "fuzzy" in flags else []
    carried = Message(
        tmsg.id,
        _edges_like(tmsg.id, source.string),
        flags=flags,
        auto_comments=list(tmsg.auto_comments) + origin if origin else (),
        previous_id=previous,
        context=tmsg.context,
    )
    # the lists it has as they are (as _fresh's): a huge release's merged catalog held
    # a copy of every location and comment list of the template and the old catalog
    carried.locations = tmsg.locations
    if not origin:
        carried.auto_comments = tmsg.auto_comments
    carried.user_comments = collapsed_comments(source.user_comments)
    return carried


def _edges_like(
    msgid: object, msgstr: str | tuple[str, ...] | list[str] | None
) -> str | tuple[str, ...] | list[str] | None:
    """``msgstr`` without a leading or trailing newline its ``msgid`` has not (an Enter
    a translator pressed in a text editor): msgfmt --check refuses a catalog for one,
    and in a release's sentence it says nothing."""
    if not isinstance(msgid, str) or not isinstance(msgstr, str) or "\n" not in msgstr:
        return msgstr
    if not msgid.startswith("\n"):
        msgstr = msgstr.lstrip("\n")
    if not msgid.endswith("\n"):
        msgstr = msgstr.rstrip("\n")
    return msgstr


def _fresh(tmsg: Message, plurals: int = 1) -> Message:
    """``tmsg`` untranslated: a plural (from a hand-made template) with one empty form for
    each of the locale's ``plurals`` (Babel refuses a plain string for it)."""
    message = _copy(tmsg)
    message.string = "" if isinstance(tmsg.id, str) else ("",) * plurals
    # a set of its own: the template's may be the one shared, frozen (io.NO_FLAGS)
    message.flags = {flag for flag in tmsg.flags if flag not in _NOT_FRESH}
    return message


_NOT_FRESH = frozenset({"python-format", "python-brace-format", "fuzzy"})  # Babel's own


def _copy(message: Message) -> Message:
    """``copy.copy(message)``, attribute by attribute (a Message is a plain object with
    these fields, as its constructor sets them: no ``__copy__``, no ``__reduce__``).

    copy.copy goes through ``__reduce_ex__`` and ``__dict__``, which makes CPython
    give both messages a real dict: twice the objects for the garbage collector,
    which walks every message of every catalog an update holds, again and again.
    """
    new = Message.__new__(Message)
    new.id = message.id
    new.string = message.string
    new.locations = message.locations
    new.flags = message.flags
    new.auto_comments = message.auto_comments
    new.user_comments = message.user_comments
    new.previous_id = message.previous_id
    new.lineno = message.lineno
    new.context = message.context
    return new


def _obsoleted(message: Message) -> Message:
    gone = _copy(message)
    gone.locations = []
    gone.auto_comments = []
    gone.previous_id = []
    return gone


# a TypeVar would be solved to ``object`` for the date's union: one overload per kind
@overload
def _kept(value: str | None, placeholder: str) -> str | None: ...
@overload
def _kept(value: _Date | None, placeholder: str) -> _Date | None: ...
def _kept(value: _Date | None, placeholder: str) -> _Date | None:
    """A header value that a person set (None for gettext's placeholders)."""
    if not value or (isinstance(value, str) and placeholder in value):
        return None
    return value


def _new_catalog(old: Catalog | None, template: Catalog, locale: str) -> Catalog:
    """An empty catalog for ``locale`` whose header keeps what translators set in ``old``."""
    now = catalog_now()
    parsed = Locale.parse(locale.replace("-", "_"))
    # the header values a person set in ``old``
    revised = _kept(old.revision_date if old is not None else None, "YEAR")
    team = _kept(old.language_team if old is not None else None, "LANGUAGE")
    translator = _kept(old.last_translator if old is not None else None, "FULL NAME")
    catalog = HeaderCatalog(
        locale=locale.replace("-", "_"),
        domain=template.domain,
        project=template.project,
        version=template.version,
        msgid_bugs_address=template.msgid_bugs_address,
        creation_date=template.creation_date,
        revision_date=revised or now,
        language_team=team or str(parsed.english_name),
        charset="utf-8",
        fuzzy=old.fuzzy if old is not None else False,
    )
    # Babel's constructor turns empty values into its placeholders; msgfmt --check
    # warns about those in a PO, and an empty field says "nobody yet" just as well.
    catalog.msgid_bugs_address = template.msgid_bugs_address
    catalog.last_translator = translator or ""
    # X- fields the translators' tools set are kept; the source language is the template's
    catalog.extra_headers = extra_headers(old)
    set_source_language(catalog, source_language(template) or source_language(old or template))
    if old is not None and old.header_comment.strip("# \n"):
        catalog.header_comment = old.header_comment
    else:
        domain = printable_name(template.domain or "messages")  # gettext's default domain
        catalog.header_comment = (
            f"# {parsed.english_name} translations for {template.project}.\n"
            f"# Created by prlocalize update from {domain}.pot.\n#"
        )
    return catalog
