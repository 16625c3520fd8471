"""prlocalize.translation_checking
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Translation checks (PR4xx) over a .po file, driven from here as
:mod:`prlocalize.checking` drives the source checks (``catalog/`` only reads and writes
catalogs: it sits below ``rules/`` and never imports it). Every translated, non-fuzzy
message becomes a :class:`~prlocalize.rules.base.TranslationPair` that knows where its
msgstr sits in the file, so findings carry the .po file's own lines and columns.

A ``#, prlocalize-ignore:PR401`` flag on an entry suppresses that code there. Codes
are exact: an unknown one ('PR4O1', 'PR999', 'all') or a family prefix is an input
error naming the flag's line, never a silent no-op or a family silenced.
"""

from __future__ import annotations

import re
import textwrap
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, Union, overload

from babel.messages.catalog import Catalog

from prlocalize.catalog.io import decode_catalog, parse_catalog
from prlocalize.document import Offsets, Span
from prlocalize.errors import InputError
from prlocalize.findings import FileReport, Finding, Severity
from prlocalize.rules.base import Rule, TranslationContext, TranslationPair
from prlocalize.rules.defined_words import CATALOG_SHORT_FORMS
from prlocalize.scripts import detect_language

if TYPE_CHECKING:
    from prlocalize.catalog.quick import QuickCatalog
    from prlocalize.glossary.matcher import TermMatch, TermMatcher
    from prlocalize.glossary.model import Entry, Glossary, Term

# a catalog as Babel reads it, or as build's gate reads it (prlocalize.catalog.quick)
AnyCatalog = Union[Catalog, "QuickCatalog"]

IGNORE_FLAG = "prlocalize-ignore:"
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v"}  # fmt: skip


def check_po(
    path: Path, glossary: Glossary, rules: Sequence[type[Rule]], settings: Any = None
) -> FileReport:
    """Run the translation rules among ``rules`` on the catalog at ``path``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, None, f"cannot read catalog: {exc.strerror or exc}") from None
    text = decode_catalog(data, path)
    return check_po_text(text, path=str(path), glossary=glossary, rules=rules, settings=settings)


def check_po_text(
    text: str,
    *,
    path: str,
    glossary: Glossary,
    rules: Sequence[type[Rule]],
    settings: Any = None,
    locale: str | None = None,
) -> FileReport:
    """:func:`check_po` on catalog text already read."""
    catalog = parse_catalog(text, path=path, locale=locale or _locale_from_path(path))
    findings = [
        finding
        for _, found in catalog_findings(
            text, catalog, path=path, glossary=glossary, rules=rules, settings=settings,
            locale=locale,
        )
        for finding in found
    ]  # fmt: skip
    findings.sort(key=Finding.sort_key)
    return FileReport(
        path=path, text=text, findings=findings, lang=_catalog_locale(catalog, path, locale),
        kind="catalog",
    )  # fmt: skip


def _catalog_locale(catalog: AnyCatalog, path: str, locale: str | None) -> str:
    found = locale or catalog.locale_identifier or _locale_from_path(path)
    if not found:
        raise InputError(
            path, None, "cannot tell the catalog's locale", "add a Language header to it"
        )
    return str(found)


def rule_instances(rules: Sequence[type[Rule]], settings: Any, path: str) -> list[Rule]:
    """The translation rules among ``rules`` that apply to the catalog at ``path`` (its
    per-file ignores left out), each at the severity the configuration gives it."""
    per_file = getattr(settings, "ignored_codes_for", None)
    file_ignores = tuple(c.upper() for c in per_file(path)) if per_file else ()
    overrides = dict(getattr(settings, "severity", None) or {})
    return [
        rule(Severity.parse(overrides[rule.code]) if rule.code in overrides else None)
        for rule in rules
        if rule.target == "translation" and not any(rule.code.startswith(c) for c in file_ignores)
    ]


def catalog_findings(
    text: str,
    catalog: AnyCatalog,
    *,
    path: str,
    glossary: Glossary,
    rules: Sequence[type[Rule]],
    settings: Any = None,
    locale: str | None = None,
    keep: Callable[[Rule], bool] | None = None,
    memo: SourceMemo | None = None,
) -> Iterator[tuple[TranslationPair, list[Finding]]]:
    """Every translated message of ``catalog`` (parsed from ``text``) with the findings of
    ``rules`` on it, its ``prlocalize-ignore`` flags applied. ``keep`` chooses among the
    rule instances (``build`` runs only those whose findings can keep a translation off a
    page); every message's flags are still checked, so a bad flag is the same error.
    ``memo`` keeps what depends on the msgid alone (its glossary matches, its figures) for
    the next catalogs that hold it: a release's msgids are the same in every locale's
    catalog."""
    from prlocalize.glossary.matcher import TermMatcher

    locale = _catalog_locale(catalog, path, locale)
    instances = rule_instances(rules, settings, path)
    if keep is not None:
        instances = [rule for rule in instances if keep(rule)]
    lines = CatalogLines(text)
    pairs = list(translation_pairs(catalog, text, lines))
    if not pairs:
        # nothing translated yet (a catalog just made by update): no message to check,
        # and no term matcher to build (over a second a worker for a large glossary)
        return
    source_lang = _source_lang(settings, catalog, pairs)
    source_matcher = TermMatcher.build(glossary, source_lang)
    target_matcher = TermMatcher.build(glossary, locale)
    defined = catalog_definitions(pairs, source_matcher, target_matcher) if instances else {}
    shared: dict[str, Any] = {}
    readings: dict[str, dict[str, Any]] = {}
    if instances:
        readings = (memo or SourceMemo()).readings(source_lang, (p.msgid for p in pairs))
        # every msgid's glossary matches, known before the first message is checked: the
        # rules that look across the catalog (the persons it names) read them from here
        short_forms = source_short_forms(pairs, source_matcher, glossary)
        shared[CATALOG_SHORT_FORMS] = short_forms
        shared[CATALOG_SOURCE_MATCHES] = _source_matches(
            pairs, readings, source_matcher, short_forms
        )
    for pair in pairs:
        ignored = _ignored_codes(pair, path, lines)
        if not instances:
            yield pair, []
            continue
        ctx = TranslationContext(
            path=path,
            pair=pair,
            source_lang=source_lang,
            locale=locale,
            glossary=glossary,
            source_matcher=source_matcher,
            target_matcher=target_matcher,
            defined=defined,
            catalog=pairs,
            catalog_cache=shared,
            source_cache=_reading(readings, pair.msgid),
        )
        ctx.cache[SOURCE_MATCHES] = shared[CATALOG_SOURCE_MATCHES][pair.msgid]
        yield pair, list(check_pair(ctx, instances, ignored))


SOURCE_MATCHES = "source_matches"  # the key of a msgid's glossary matches in ctx.cache
# the key of every msgid's glossary matches (msgid → matches) in ctx.catalog_cache
CATALOG_SOURCE_MATCHES = "catalog_source_matches"


def _source_matches(
    pairs: Sequence[TranslationPair],
    readings: dict[str, dict[str, Any]],
    matcher: TermMatcher,
    short_forms: SourceShortForms | None = None,
) -> dict[str, list[TermMatch]]:
    """The glossary matches of each msgid of ``pairs``, kept in ``readings`` (msgid →
    what is known of it) where it has one: another locale's catalog of the release may
    have found them already. A match inside a short form the release defines for
    another entry is left out (in '北浜大学（以下「北浜大」）… 北浜大が', 北浜大 is the
    university, not the district 北浜), and a short form of a name written again is a
    match of that name."""
    from prlocalize.catalog.compare import mask_tags
    from prlocalize.glossary.glued_offices import with_offices_after_places

    found: dict[str, list[TermMatch]] = {}
    for pair in pairs:
        msgid = pair.msgid
        if msgid in found:
            continue
        known = readings.get(msgid)
        matches = known.get(SOURCE_MATCHES) if known is not None else None
        if matches is None:
            masked = mask_tags(msgid)
            matches = with_offices_after_places(masked, matcher.find(masked), matcher)
            if known is not None:
                known[SOURCE_MATCHES] = matches
        if short_forms is not None and short_forms.entries:
            matches = _outside_short_forms(matches, msgid, short_forms, matcher.locale)
        found[msgid] = matches
    return found


class SourceShortForms(NamedTuple):
    """The short forms a release (its msgids) defines for glossary entries."""

    # form → the entry it stands for: every definition that follows a glossary name
    entries: dict[str, str]
    # form → the organisation, person or brand whose name the definition follows
    # right after it ('Daon Biologics Inc. (KOSDAQ: 298170; "Daon")'), which the form
    # names wherever the release writes it again
    names: dict[str, Entry]
    # (msgid, start) of each defining occurrence, which names nothing again
    defining: frozenset[tuple[str, int]]
    # form → the entry whose name the definition follows right after it, whatever the
    # form ('当社', 'Company', '現地法人' too): the body the release means by it
    after_names: Mapping[str, str] = MappingProxyType({})


def source_short_forms(
    pairs: Sequence[TranslationPair], matcher: TermMatcher, glossary: Glossary
) -> SourceShortForms:
    """The short forms the msgids of ``pairs`` (one release) define, read once per
    catalog: most msgids hold no definition, and one search in C passes over them."""
    from prlocalize.glossary.definitions import find_definitions

    entries: dict[str, str] = {}
    names: dict[str, Entry] = {}
    after_names: dict[str, str] = {}
    defining: set[tuple[str, int]] = set()
    for msgid in dict.fromkeys(pair.msgid for pair in pairs):
        for definition in find_definitions(msgid, matcher):
            if definition.entry_id is None:
                continue
            entries.setdefault(definition.form, definition.entry_id)
            defining.add((msgid, definition.start))
            if definition.adjacent:
                after_names.setdefault(definition.form, definition.entry_id)
            entry = glossary.get(definition.entry_id) if definition.adjacent else None
            if entry is None or entry.kind not in _NAMED_SHORT or entry.dnt:
                continue
            if _shortens(definition.form, entry.term(matcher.locale)):
                names.setdefault(definition.form, entry)
    return SourceShortForms(entries, names, frozenset(defining), after_names)


_NAMED_SHORT = frozenset({"org", "person", "brand"})
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*")


def _shortens(form: str, term: Term | None) -> bool:
    """Whether ``form`` is the name ``term`` gives, shortened: a word of it ('Tsukishiro',
    'Daon') or its first two letters inside it, without its legal form ('北浜大', 'アカリ',
    '한빛'). A word for any body ('当社', '회사', 'the Company') is not: a translation may
    say 'we' for it."""
    from prlocalize.glossary.model import without_legal_form

    if term is None or not term.text:
        return False
    bare = [b for name in term.accepted for b in (without_legal_form((name,)) or [name])]
    first = _LATIN_WORD.match(form.removeprefix("the ").removeprefix("The "))
    if first is not None:
        word = first.group().casefold()
        return any(word == w.casefold() for name in bare for w in _LATIN_WORD.findall(name))
    return len(form) >= 2 and any(form[:2] in name for name in bare)


def _outside_short_forms(
    matches: list[TermMatch], msgid: str, short_forms: SourceShortForms, locale: str
) -> list[TermMatch]:
    """``matches`` without those written inside a short form the release defines for
    another entry, and with a match of its entry for each short form the release writes
    again: the translation must name the company the source's 'Tsukishiro' or 「北浜大」
    names. A match that is the whole form is the sheet's row of that short name where it
    is of the same kind; one of another kind ('Kitahama', a district, for the university
    the release calls 'Kitahama') gives way, but where a longer name goes on from it
    ('Kitahama Station')."""
    from prlocalize.glossary.matcher import FormKind, TermMatch

    spans: list[tuple[int, int, str]] = []
    for form, entry_id in short_forms.entries.items():
        start = msgid.find(form)
        while start >= 0:
            spans.append((start, start + len(form), entry_id))
            start = msgid.find(form, start + 1)
    if not spans:
        return matches
    kept = [
        m
        for m in matches
        if not any(
            s <= m.start
            and m.end <= e
            and m.entry.id != id_
            and _gives_way(m, msgid, s, e, short_forms)
            for s, e, id_ in spans
        )
    ]
    added = []
    for start, end, _id in spans:
        form = msgid[start:end]
        entry = short_forms.names.get(form)
        if entry is None or (msgid, start) in short_forms.defining:
            continue
        if any(m.start < end and start < m.end for m in kept) or _inside_word(msgid, start, end):
            continue
        if _LONGER_NAME.match(msgid, end):
            continue  # 'the Daon Bio Campus': a place of the company's, named otherwise
        added.append(TermMatch(entry, locale, form, FormKind.VARIANT, start, end, form))
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end)) if added else kept


def _gives_way(
    match: TermMatch, msgid: str, start: int, end: int, short_forms: SourceShortForms
) -> bool:
    """Whether ``match``, inside the short form written at ``msgid[start:end]``, is that
    short form's entry rather than its own (see :func:`_outside_short_forms`)."""
    if match.end - match.start < end - start:
        return True
    named = short_forms.names.get(msgid[start:end])
    return (
        named is not None
        and named.kind != match.entry.kind
        and _LONGER_NAME.match(msgid, end) is None
    )


# a capitalised word after a name: 'Kitahama Station' is no 'Kitahama' the release defines
_LONGER_NAME = re.compile(r" [A-Z]")


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer word: a Latin or katakana letter
    on either side of it, or a Hangul syllable before it (particles follow a name)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""

    def latin(c: str) -> bool:
        return c.isascii() and c.isalpha()

    def kana(c: str) -> bool:
        return "\u30a1" <= c <= "\u30fa" or c == "ー"

    first, last = text[start], text[end - 1]
    return (
        (latin(first) and latin(before))
        or (latin(last) and latin(after))
        or (kana(first) and kana(before))
        or (kana(last) and kana(after))
        or ("가" <= first <= "힣" and "가" <= before <= "힣")
    )


def _reading(readings: dict[str, dict[str, Any]], msgid: str) -> dict[str, Any]:
    """What is kept of ``msgid``, or a dict of its own for this message alone (a msgid past
    the memo's limit)."""
    found = readings.get(msgid)
    return found if found is not None else {}


class SourceMemo:
    """What the msgids of a catalog give alone, in the source language (one glossary):
    their glossary matches, their figures, each msgid's in a dict of its own (a rule's
    ``ctx.source_cache``), for the catalogs of the other locales of the same release,
    which hold the same msgids. It keeps the msgids of the catalog read last and forgets
    the others (a memo that forgot a large catalog's first msgids before the next
    locale's catalog asked for them read each msgid again in every locale), up to
    ``limit`` msgids: each costs about a kilobyte, and a huge release's catalog holds
    hundreds of thousands, whose readings past the limit are made for each locale again
    rather than held."""

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self._lang: str | None = None
        self._readings: dict[str, dict[str, Any]] = {}

    def readings(self, source_lang: str, msgids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """What is known of each of ``msgids`` (an empty dict for a msgid new here), the
        first ``limit`` of them."""
        known = self._readings if source_lang == self._lang else {}
        kept: dict[str, dict[str, Any]] = {}
        for msgid in msgids:
            if len(kept) >= self.limit:
                break
            if msgid not in kept:
                found = known.get(msgid)
                kept[msgid] = found if found is not None else {}
        self._readings = kept
        self._lang = source_lang
        return kept


# (msgctxt, msgid) → the error-level findings that keep its translation off the page
WithheldEntries = dict[tuple[str | None, str], tuple[Finding, ...]]


class GateRecord(NamedTuple):
    """What the gate worked out for one catalog, sent back from a worker so that the
    parent remembers it (:meth:`CatalogGate.remember`): the error-level findings of the
    catalog at ``path`` whose decoded text has ``digest``."""

    path: str
    digest: str
    locale: str
    findings: tuple[Finding, ...]


class CatalogGate:
    """What `build` asks of the translation checks: which entries of a catalog have an
    error-level finding (PR4xx, as `check` finds them: same rules, settings, severities
    and ``prlocalize-ignore`` flags), so that their translations are not published.

    Only the rules whose findings are errors run: a warning never keeps a translation
    off a page, so the costlier warnings-only checks are skipped. Made once per build
    (forked workers inherit it with the loaded glossary).

    With ``cache`` (a :class:`~prlocalize.check_cache.CheckCache` of the same settings,
    rules and glossaries), a catalog that `check` checked as it is now is not checked
    again: its remembered findings say what to withhold (``run`` checks the catalogs
    just before it builds). ``remembered`` is the gate's own cache (another fingerprint:
    it holds error-level findings only, which `check` must never take for a whole
    report): a catalog the gate checked in an earlier build, unchanged since, is not
    checked again either, so a second build of unchanged catalogs checks none.
    """

    def __init__(
        self, glossary: Glossary, settings: Any, *, cache: Any = None, remembered: Any = None
    ) -> None:
        from prlocalize.rules.registry import select_rules

        self.glossary = glossary
        self.settings = settings
        self.rules = [
            rule
            for rule in select_rules(
                getattr(settings, "select", ()) or None, getattr(settings, "ignore", ()) or None
            )
            if rule.target == "translation"
        ]
        self.memo = SourceMemo()
        self.cache = cache
        self.remembered = remembered

    def before_fork(self) -> None:
        for cache in (self.cache, self.remembered):
            if cache is not None:
                cache.before_fork()

    def before_workers(self) -> None:
        """What every worker would load for itself at its first pair, loaded once here
        before they fork (see :func:`load_pair_checks`)."""
        if self.rules:
            load_pair_checks()

    def withheld(
        self, text: str, catalog: AnyCatalog, *, path: str, locale: str
    ) -> WithheldEntries:
        """The entries of ``catalog`` (parsed from ``text`` at ``path``) not to publish."""
        return self.examine(text, catalog, path=path, locale=locale)[0]

    def examine(
        self, text: str, catalog: AnyCatalog, *, path: str, locale: str
    ) -> tuple[WithheldEntries, GateRecord | None]:
        """:meth:`withheld`, and the record to :meth:`remember` when the catalog was
        checked here (None: a cache knew it, or the gate remembers nothing)."""
        for cache in (self.cache, self.remembered):
            known = cache.get(path, text) if cache is not None else None
            if known is not None:
                return withheld_from(known.findings, text, catalog), None
        table: dict[tuple[str | None, str], tuple[Finding, ...]] = {}
        for pair, found in catalog_findings(
            text,
            catalog,
            path=path,
            glossary=self.glossary,
            rules=self.rules,
            settings=self.settings,
            locale=locale,
            keep=_blocks,
            memo=self.memo,
        ):
            errors = sorted(
                (f for f in found if f.severity is Severity.ERROR), key=Finding.sort_key
            )
            if errors:
                key = (pair.msgctxt, pair.msgid)
                table[key] = (*table.get(key, ()), *errors)
        record = None
        if self.remembered is not None and self.remembered.usable:
            every = tuple(f for entry in table.values() for f in entry)
            record = GateRecord(path, self.remembered.digest(text), locale, every)
        return table, record

    def remember(self, record: GateRecord) -> None:
        """Store ``record`` (in the one process that writes: the parent of the workers)."""
        if self.remembered is not None:
            report = FileReport(
                path=record.path,
                text="",
                findings=list(record.findings),
                lang=record.locale,
                kind="catalog",
            )
            self.remembered.put(report, record.digest)

    def close(self) -> None:
        """Store what is pending in the gate's own cache."""
        if self.remembered is not None:
            self.remembered.save()


def load_pair_checks() -> None:
    """Import the readings the translation checks call on every pair (rules/pair_readings
    and the catalog modules it loads: some 1,300 patterns, about half a CPU second), which
    a rule otherwise imports at the first pair it checks. Called before workers fork, when
    they will check catalogs: each inherits them then, instead of compiling its own copy."""
    import prlocalize.rules.pair_readings  # noqa: F401


def _blocks(rule: Rule) -> bool:
    return rule.effective_severity is Severity.ERROR


def withheld_from(findings: Iterable[Finding], text: str, catalog: AnyCatalog) -> WithheldEntries:
    """:meth:`CatalogGate.withheld` worked out from the findings of the whole catalog (as
    `check` reports them): each error belongs to the entry whose msgstr is the first to
    end at or after it (a finding points into its entry: its msgstr, msgid or comments,
    all after the msgstr of the entry before)."""
    errors = sorted((f for f in findings if f.severity is Severity.ERROR), key=Finding.sort_key)
    if not errors:
        return {}
    pairs = sorted(translation_pairs(catalog, text), key=lambda pair: pair.span.end)
    if not pairs:
        return {}  # nothing translated: nothing to keep off a page
    ends = [pair.span.end for pair in pairs]
    table: dict[tuple[str | None, str], tuple[Finding, ...]] = {}
    for finding in errors:
        index = bisect_left(ends, finding.span.start)
        if index == len(pairs):
            index -= 1  # (cannot happen for what check reports: kept off the page all the same)
        key = (pairs[index].msgctxt, pairs[index].msgid)
        table[key] = (*table.get(key, ()), finding)
    return table


class CatalogLines(Sequence[str]):
    """The lines of a catalog's text (ended by "\\n" only), as ``text.split("\\n")`` gives
    them, without holding them: where each starts (8 bytes a line, not a string)."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        starts = array("q", [0])
        find, append = text.find, starts.append
        pos = find("\n")
        while pos != -1:
            append(pos + 1)
            pos = find("\n", pos + 1)
        self._text = text
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        starts = self._starts
        if index < 0:
            index += len(starts)
        start = starts[index]  # IndexError past the end, as a list's
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self._text)
        return self._text[start:end]

    def start(self, index: int) -> int:
        """Offset in the text of line ``index`` (0-based)."""
        return self._starts[index]

    @property
    def text(self) -> str:
        return self._text

    @property
    def starts(self) -> Sequence[int]:
        """Where each line starts, in order."""
        return self._starts


def translation_pairs(
    catalog: AnyCatalog, text: str, lines: CatalogLines | None = None
) -> Iterator[TranslationPair]:
    """The translated, non-fuzzy messages of ``catalog`` with their place in ``text``
    (``lines``: those of ``text``, when the caller has them already)."""
    if lines is None:
        lines = CatalogLines(text)
    for message in catalog:
        if not message.id or not isinstance(message.string, str) or not message.string:
            continue
        if message.fuzzy or message.lineno is None:
            continue
        located = _locate_msgstr(lines, message.lineno - 1)
        if located is None:
            continue
        line_no, span, offsets = located
        yield TranslationPair(
            msgid=str(message.id),
            msgstr=message.string,
            line=line_no,
            span=span,
            msgctxt=message.context,
            flags=frozenset(message.flags),
            comments=tuple(message.user_comments),
            offsets=offsets if len(offsets) == len(message.string) + 1 else None,
        )


def catalog_definitions(
    pairs: Sequence[TranslationPair], source_matcher: TermMatcher, target_matcher: TermMatcher
) -> dict[str, frozenset[str]]:
    """Short forms the translations of a catalog (one release) define, by glossary entry.

    A translated definition names its entry by the glossary term before it, or else
    by the definition at the same place in the msgid ("(hereafter "Takeda")" and
    "（以下「武田」）" after a name the translator wrote differently).
    """
    from prlocalize.glossary.definitions import defined_forms, find_definitions

    found = []
    for pair in pairs:
        mine = find_definitions(pair.msgstr, target_matcher)
        if any(d.entry_id is None for d in mine):
            theirs = find_definitions(pair.msgid, source_matcher)
            mine = [
                d if d.entry_id or i >= len(theirs) else replace(d, entry_id=theirs[i].entry_id)
                for i, d in enumerate(mine)
            ]
        found.extend(mine)
    return defined_forms(found)


# \s* may run over blank lines: the match's keyword, not its start, gives the line
_MSGSTR_LINE = re.compile(r"^\s*msgstr", re.MULTILINE)


def _locate_msgstr(lines: CatalogLines, msgid_index: int) -> tuple[int, Span, Offsets] | None:
    if msgid_index >= len(lines):
        return None
    # the first line from the msgid's on that starts, after white space, with "msgstr"
    # (found in C: a line at a time in Python was a tenth of the build's gate)
    found = _MSGSTR_LINE.search(lines.text, lines.start(msgid_index))
    if found is None:
        return None
    keyword = found.end() - len("msgstr")
    index = bisect_right(lines.starts, keyword) - 1
    first = index
    # (first offset, characters) of each run of the msgstr's characters: a line without
    # escapes is one run (not one int a character: a long msgstr has millions)
    runs: list[tuple[int, int]] = []
    span_start = span_end = -1
    text, starts = lines.text, lines.starts
    count = len(starts)
    while index < count:
        base = starts[index]
        line = text[base : starts[index + 1] - 1 if index + 1 < count else len(text)].rstrip("\r")
        if index > first and not line.lstrip().startswith('"'):
            break
        quote = line.find('"')
        if span_start < 0:
            span_start = base + quote
        j = quote + 1
        close = line.find('"', j)
        if "\\" not in line[j : close if close >= 0 else len(line)]:
            # no escape before the closing quote: the characters as they are, in one step
            j = close if close >= 0 else len(line)
            runs.append((base + quote + 1, j - quote - 1))
        else:
            while j < len(line) and line[j] != '"':
                runs.append((base + j, 1))
                j += 2 if line[j] == "\\" and line[j + 1 : j + 2] in _ESCAPES else 1
        span_end = base + j + 1
        index += 1
    return first + 1, Span(span_start, span_end), Offsets.from_runs(runs, span_end - 1)


_CODE_FLAG = re.compile(r"PR\w+\Z", re.IGNORECASE)


def check_pair(
    ctx: TranslationContext, rules: Sequence[Rule], ignored: Collection[str] = frozenset()
) -> Iterator[Finding]:
    """The findings of ``rules`` on one message but for the codes ``ignored`` (``translate``
    checks every proposed translation with this too)."""
    for rule in rules:
        if rule.code not in ignored:
            yield from rule.check(ctx)


def ignored_codes(flags: Iterable[str]) -> frozenset[str]:
    """The exact codes an entry's ``prlocalize-ignore:`` flag names (ValueError when it
    names something else). Babel splits flags at commas, so ``prlocalize-ignore:PR401,
    PR402`` arrives as two flags: a flag that looks like a code belongs to the ignore flag
    beside it."""
    flags = list(flags)
    if not any(flag.startswith(IGNORE_FLAG) or flag == IGNORE_FLAG[:-1] for flag in flags):
        return frozenset()
    from prlocalize.rules.registry import suppression_codes  # (only once a flag is there)

    tokens = [flag[len(IGNORE_FLAG) :] for flag in flags if flag.startswith(IGNORE_FLAG)]
    tokens += [flag for flag in flags if _CODE_FLAG.match(flag)]
    return suppression_codes(" ".join(tokens))


def _ignored_codes(pair: TranslationPair, path: str, lines: Sequence[str]) -> frozenset[str]:
    try:
        return ignored_codes(pair.flags)
    except ValueError as exc:
        raise InputError(
            path, _flag_line(lines, pair.line), str(exc), "write #, prlocalize-ignore:PR401 PR402"
        ) from None


def _flag_line(lines: Sequence[str], msgstr_line: int) -> int | None:
    """The 1-based line of the ``#,`` flags comment above the entry whose msgstr is at
    ``msgstr_line``."""
    index = msgstr_line - 1
    while index >= 0 and not lines[index].startswith("#"):
        index -= 1  # msgid, msgctxt and their continuation lines
    while index >= 0 and lines[index].startswith("#"):
        if lines[index].startswith("#,") and "prlocalize-ignore" in lines[index]:
            return index + 1
        index -= 1
    return None


def _locale_from_path(path: str) -> str | None:
    """``<locale>/LC_MESSAGES/<domain>.po``, or a file named after its locale (``ja.po``)."""
    parts = Path(path).parts
    if len(parts) >= 3 and parts[-2] == "LC_MESSAGES":
        return parts[-3]
    from babel import Locale, UnknownLocaleError

    stem = Path(path).stem.replace("-", "_")
    try:
        return str(Locale.parse(stem))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _source_lang(settings: Any, catalog: AnyCatalog, pairs: list[TranslationPair]) -> str:
    """--source-lang, else the catalog's X-Source-Language, else the config's, else a guess."""
    from prlocalize.catalog.headers import source_language

    configured = getattr(settings, "source_lang", None)
    origin = getattr(settings, "origin", None)
    if configured and origin is not None and origin("source_lang").kind == "flag":
        return str(configured)
    declared = source_language(catalog)
    if declared:
        return declared
    if configured:
        return str(configured)
    sample = " ".join(p.msgid for p in pairs[:200])
    return detect_language(sample) if sample else "en"


# -- docstring examples ------------------------------------------------------------


def example_po(rule: type[Rule]) -> tuple[str, str]:
    """The catalog text and locale of a PR4xx rule's docstring ``Example``.

    The Example names the locale as "In a ``ja`` catalog" and gives ``msgid`` /
    ``msgstr`` lines; this wraps them in a header so that they form a .po file.
    """
    example = rule.doc_sections().get("Example", "")
    found = re.search(r"``([A-Za-z_]+)`` catalog", example)
    locale = found.group(1) if found else "ja"
    body = textwrap.dedent(
        "\n".join(line for line in example.splitlines() if line.strip().startswith("msg"))
    )
    body = "\n".join(line.strip() for line in body.splitlines())
    header = (
        'msgid ""\nmsgstr ""\n'
        f'"Language: {locale}\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    )
    return header + body + "\n", locale


def example_findings(rule: type[Rule], glossary: Glossary) -> list[Finding]:
    """The findings of ``rule`` on its own docstring Example (executable docs)."""
    text, locale = example_po(rule)
    report = check_po_text(
        text, path=f"{rule.code}.po", glossary=glossary, rules=[rule], locale=locale
    )
    return report.findings
