"""prlocalize.rules.consistency
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What PR105 compares: every place the release names a glossary entry (including
organisations named inside a longer title), and compounds with a bound prefix
('bio', 'eco', 'non', ...) written open in one place and hyphenated or closed in
another ('bio ventures' beside 'bio-ventures').
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from prlocalize.document import Block, Segment
from prlocalize.glossary.matcher import FormKind, TermMatch, fold
from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.base import CheckContext
from prlocalize.rules.support import prose_segments, term_matches, url_spans

_NAMING = frozenset({FormKind.APPROVED, FormKind.VARIANT})


class Occurrence(NamedTuple):  # a tuple: tens of thousands are made per corpus
    segment: Segment
    start: int
    end: int
    match: TermMatch


def entity_occurrences(ctx: CheckContext) -> Iterator[Occurrence]:
    """Every approved or variant form in the document, and entries named inside titles."""
    for _block, segment in prose_segments(ctx):
        addresses: list[tuple[int, int]] | None = None
        for m in term_matches(ctx, segment):
            if m.kind not in _NAMING:
                continue
            if addresses is None:
                addresses = url_spans(segment.plain)
            if any(s <= m.start < e for s, e in addresses):
                continue  # 'example.com/bio-ventures' is not how the release writes the term
            yield Occurrence(segment, m.start, m.end, m)
            if m.entry.kind is Kind.TITLE:
                yield from _nested(ctx, segment, m)


def _nested(ctx: CheckContext, segment: Segment, outer: TermMatch) -> Iterator[Occurrence]:
    """Entries named after a comma inside a title ('Head, Takeda Pharmaceutical Co., Ltd.')."""
    text = outer.text
    for comma in re.finditer(r", ", text):
        offset = comma.end()
        for m in ctx.matcher.find(text[offset:]):
            if m.kind in _NAMING and m.entry.kind is not Kind.TITLE and m.start == 0:
                shifted = outer.start + offset
                yield Occurrence(segment, shifted + m.start, shifted + m.end, m)
                return


@lru_cache(maxsize=65536)
def number_key(form: str) -> str:
    """``form`` folded with a plural last word made singular ('companies' → 'company')."""
    folded = fold(form)
    if folded.endswith("ies") and len(folded) > 4:
        return folded[:-3] + "y"
    if folded.endswith("s") and not folded.endswith("ss") and len(folded) > 3:
        return folded[:-1]
    return folded


def is_short_form(form: str, others: list[str]) -> bool:
    """An abbreviation or a shortened form of another form in use ('Takeda', 'MSS')."""
    folded = fold(form)
    if re.fullmatch(r"[A-Z0-9&.\-]{2,6}", form):
        return True
    return any(_shortens(folded, fold(o)) for o in others)


_UNSPACED = lazy_compile(r"[\s・·･]")


def _shortens(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` cut short: a part of it, or a Japanese or Korean
    contraction that keeps its first character and drops characters inside it
    ('청주공항' for '청주국제공항', '関空' for '関西国際空港', '국토부' for '국토교통부'), as
    those languages shorten names, where English takes a word ('Takeda')."""
    if short == long or long.rstrip(".") == short:
        return False  # a legal form without its stop ('Co., Ltd'): another spelling
    if short in long:
        return True
    short, long = _UNSPACED.sub("", short), _UNSPACED.sub("", long)
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False  # spaces alone ('山口武' for '山口 武') are another spelling
    if any(c.isascii() and c.isalnum() for c in short):
        return False  # a Latin form is cut by words, and is a part ('Takeda')
    rest = iter(long)
    return all(c in rest for c in short)  # in order, each found after the one before


_BOUND_PREFIXES = ("bio", "eco", "nano", "neuro", "cyber", "multi", "non", "co", "e")
# (?<![\w-])(bio|eco|...|e)([- ])([a-z]{3,})(?![\w-]), case-insensitive, written to open with
# the class of the prefixes' first letters (only the ASCII pairs fold to them), so that the
# regex engine skips to those letters in C instead of trying the look-behind everywhere;
# each prefix keeps its place in the alternation after a look-behind for its first letter.
COMPOUND_RE = lazy_compile(
    "(["
    + "".join(sorted({p[0] + p[0].upper() for p in _BOUND_PREFIXES}))
    + r"](?<![\w-].)(?i:"
    + "|".join(f"(?<={p[0]}){p[1:]}" for p in _BOUND_PREFIXES)
    + r"))([- ])((?i:[a-z]{3,}))(?![\w-])"
)


def compound_key(prefix: str, stem: str) -> str:
    stem = stem.casefold()
    if stem.endswith("s") and len(stem) > 4:
        stem = stem[:-1]
    return prefix.casefold() + stem


@dataclass(frozen=True)
class CompoundConflict:
    segment: Segment
    match: re.Match[str]  # the open form ('bio ventures')
    fixed: str  # written the way the release mostly writes it ('bio-ventures')
    other: str  # that way, as the release writes it somewhere


def open_compound_conflicts(ctx: CheckContext) -> Iterator[CompoundConflict]:
    """Open forms of bound-prefix compounds the release also writes joined."""
    segments = [segment for _block, segment in prose_segments(ctx)]
    seen: dict[str, list[tuple[Segment, re.Match[str]]]] = {}
    for segment in segments:
        addresses: list[tuple[int, int]] | None = None
        for m in COMPOUND_RE.finditer(segment.plain):
            if _cited_name(m):
                continue  # 'the Bio Ventures Forum' is spelt by its owner
            if addresses is None:
                addresses = url_spans(segment.plain)
            if any(s <= m.start() < e for s, e in addresses):
                continue  # 'example.com/bio-ventures': an address is spelt as it works
            if not _named(ctx, segment, m):
                seen.setdefault(compound_key(m.group(1), m.group(3)), []).append((segment, m))
    for key, occurrences in seen.items():
        if not any(m.group(2) == " " for _s, m in occurrences):
            continue
        closed = re.compile(rf"(?<![\w-]){re.escape(key)}s?(?![\w-])", re.IGNORECASE)
        written = [(m.group(2), m.group()) for _s, m in occurrences if m.group(2) != " "]
        for segment in segments:
            written += [
                ("", c.group())
                for c in closed.finditer(segment.plain)
                if not _named(ctx, segment, c)
            ]
        if not written:
            continue
        counts = Counter(sep for sep, _text in written)
        sep = max(counts, key=lambda s: (counts[s], s == "-"))
        other = next(text for s, text in written if s == sep)
        for segment, m in occurrences:
            if m.group(2) == " ":
                yield CompoundConflict(segment, m, m.group(1) + sep + m.group(3), other)


def _cited_name(m: re.Match[str]) -> bool:
    """Both parts capitalised mid-sentence: part of a name or title."""
    return m.start() > 0 and m.group(1)[:1].isupper() and m.group(3)[:1].isupper()


def _named(ctx: CheckContext, segment: Segment, m: re.Match[str]) -> bool:
    """Whether a glossary match covers any of ``m`` (then the glossary rules speak)."""
    return any(t.start < m.end() and m.start() < t.end for t in term_matches(ctx, segment))


# ---------------------------------------------------------------- legal forms
#
# 'Sakura Mobility Co., Ltd.', 'Sakura Mobility Inc.' and 'Sakura Mobility Corporation'
# in one release: one company in two legal forms, whether or not the glossary lists it.
# A legal form is recognised by its suffix; spellings of one suffix ('Co., Ltd.',
# 'Co.,Ltd.', 'Co. Ltd.') are one form (spacing is PR302's), the others are not.

_LEGAL_SUFFIXES: tuple[tuple[str, str], ...] = (
    # (key, pattern), longest first where one suffix starts another
    ("company limited", r"Company,?\s+Limited"),
    ("co ltd", r"Co\.?,?\s*Ltd\.?"),
    ("incorporated", r"Incorporated"),
    ("inc", r"Inc\.?"),
    ("corporation", r"Corporation"),
    ("corp", r"Corp\.?"),
    ("limited", r"Limited"),
    ("ltd", r"Ltd\.?"),
    ("llc", r"LLC|L\.L\.C\."),
    ("kk", r"K\.K\."),
    ("gmbh", r"GmbH"),
    ("plc", r"PLC|plc"),
)
_NAME_WORD = r"(?:[A-Z][A-Za-z0-9&'.-]*|[a-z]+[A-Z][A-Za-z0-9&'-]*)"  # 'Sakura', 'iPark'
# a legal suffix, found first (rare), then the name before it. The pattern opens with the
# space or comma before the suffix (no suffix ends in one, so two suffixes in a row are
# both found) and its first letter: the regex engine then skips through the text in C
# instead of trying a look-behind at every position (a third of PR105's time).
LEGAL_SUFFIX_RE = lazy_compile(
    r"[ \t,](?=[CILKGPp])(?:"
    + "|".join(f"(?P<s{i}>{pattern})" for i, (_key, pattern) in enumerate(_LEGAL_SUFFIXES))
    + r")(?![A-Za-z])"
)
# the key of the legal form each group of LEGAL_SUFFIX_RE finds ('s1' → 'co ltd')
_SUFFIX_KEYS = {f"s{i}": key for i, (key, _pattern) in enumerate(_LEGAL_SUFFIXES)}
# up to six words of a name ending right before the suffix (searched in the text before it)
_BASE_RE = lazy_compile(
    rf"(?<![A-Za-z0-9&'-])(?P<base>{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,5}}),?[ \t]+$"
)
# words that open a sentence or a phrase before a company's name, never part of it
_LEADING_TEXT = """
the a an and or of in on at by for from with to as about after before between both
today yesterday tomorrow also meanwhile through under since when while partner partners
subsidiary customer customers supplier shareholder investor at via including
"""
_LEADING = frozenset(_LEADING_TEXT.split())


class LegalName(NamedTuple):
    segment: Segment
    start: int
    end: int
    base: str  # as written
    key: str  # the base, folded
    suffix: str  # the legal form's key ('co ltd', 'inc', ...)


# a legal suffix found: its segment, the alternative of LEGAL_SUFFIX_RE that matched,
# where that alternative starts and where the match ends (a match object per suffix held
# the segment's text and every group's span: 300 bytes each, 11 MB on a 5 MB archive)
LegalSuffix = tuple[Segment, str, int, int]


def legal_suffixes(ctx: CheckContext) -> Iterator[LegalSuffix]:
    """Every legal suffix in the release's prose, with its segment, as it is found."""
    for _block, segment in prose_segments(ctx):
        for m in LEGAL_SUFFIX_RE.finditer(segment.plain):
            group = m.lastgroup or ""  # the one alternative that matched
            yield (segment, group, m.start(group), m.end())


def legal_names(
    ctx: CheckContext, suffixes: Iterable[LegalSuffix] | None = None
) -> Iterator[LegalName]:
    """Company names with a legal suffix in the release (at ``suffixes``, default: every
    legal suffix of it), outside addresses."""
    for segment, group, at, end in legal_suffixes(ctx) if suffixes is None else suffixes:
        name = _legal_name(segment, group, at, end)
        if name is not None:
            yield name


def _legal_name(segment: Segment, group: str, at: int, end: int) -> LegalName | None:
    """The company name before the legal suffix that ``group`` of LEGAL_SUFFIX_RE found at
    [at, end) of ``segment``, or None (no name before it, or inside an address)."""
    text = segment.plain
    before = _BASE_RE.search(text, max(0, at - 160), at)
    if before is None:
        return None
    words = before.group("base").split()
    drop = 0
    while drop < len(words) and words[drop].casefold() in _LEADING:
        drop += 1
    if drop == len(words):
        return None
    if any(s <= before.start() < e for s, e in url_spans(text)):  # remembered per text
        return None
    start = before.start("base")
    for word in words[:drop]:
        start = text.index(word, start) + len(word)
    start = text.index(words[drop], start)
    base = text[start : before.end("base")]
    suffix = _SUFFIX_KEYS[group]
    key = fold(" ".join(base.split()))
    return LegalName(segment, start, end, base, key, suffix)


@dataclass(frozen=True)
class LegalFormConflict:
    name: LegalName
    other: str  # the preferred form as written somewhere in the release
    fixed: str  # this occurrence with the preferred suffix


# LegalName's suffix keys in LEGAL_SUFFIX_RE's order, and each one's place there
_SUFFIX_ORDER = tuple(key for key, _pattern in _LEGAL_SUFFIXES)
_SUFFIX_PLACE = {key: i for i, key in enumerate(_SUFFIX_ORDER)}
_NAME_INTS = 6  # a name in _NameTable: segment, start, base end, end, key, suffix


class _NameTable:
    """The legal names of a release as ints, six a name: its segment's place among the
    prose segments, where its base starts and ends, where its suffix ends, and the places
    of its key and suffix. LegalName objects (the tuple, its base and key strings) for
    every company a huge release names were held through PR105, about 2 bytes a byte of
    the release, though only the names of a company written two ways are reported."""

    __slots__ = ("forms", "ints", "keys")

    def __init__(self) -> None:
        self.ints = array("i")
        self.keys: dict[str, int] = {}  # each key's place, in order of first use
        self.forms: list[dict[int, None]] = []  # a key's suffixes, in order of first use

    def add(self, number: int, name: LegalName) -> None:
        key = self.keys.setdefault(name.key, len(self.keys))
        if key == len(self.forms):
            self.forms.append({})
        suffix = _SUFFIX_PLACE[name.suffix]
        self.forms[key][suffix] = None
        self.ints.extend((number, name.start, name.start + len(name.base), name.end, key, suffix))

    def by_key(self, segments: Sequence[tuple[Block, Segment]]) -> dict[str, list[LegalName]]:
        """The names of each key written with two legal forms or more (keys in order of
        first use, names in the release's order): the LegalNames made again."""
        found: dict[int, list[LegalName]] = {
            key: [] for key, forms in enumerate(self.forms) if len(forms) > 1
        }
        if not found:
            return {}
        keys = list(self.keys)
        ints = self.ints
        for i in range(0, len(ints), _NAME_INTS):
            names = found.get(ints[i + 4])
            if names is None:
                continue
            segment = segments[ints[i]][1]
            start, base_end, end = ints[i + 1], ints[i + 2], ints[i + 3]
            base = segment.plain[start:base_end]
            key, suffix = keys[ints[i + 4]], _SUFFIX_ORDER[ints[i + 5]]
            names.append(LegalName(segment, start, end, base, key, suffix))
        return {keys[key]: names for key, names in found.items()}


def legal_form_conflicts(ctx: CheckContext) -> Iterator[LegalFormConflict]:
    """Names of one company written with two legal forms: every one in the less used form
    (the glossary's approved form, when it is one of them, is the preferred one)."""
    groups: set[str] = set()
    for _segment, group, _at, _end in legal_suffixes(ctx):
        groups.add(group)
        if len(groups) > 1:
            break
    else:
        return  # one legal form throughout (the usual release): no name can have two
    segments = prose_segments(ctx)
    table = _NameTable()
    for number, (_block, segment) in enumerate(segments):
        for m in LEGAL_SUFFIX_RE.finditer(segment.plain):
            group = m.lastgroup or ""
            name = _legal_name(segment, group, m.start(group), m.end())
            if name is not None:
                table.add(number, name)
    for names in table.by_key(segments).values():
        suffixes = list(dict.fromkeys(n.suffix for n in names))
        counts = Counter(n.suffix for n in names)
        approved = _approved_suffix(ctx, names)
        preferred = approved or max(suffixes, key=lambda s: (counts[s], -suffixes.index(s)))
        model = next(n for n in names if n.suffix == preferred)
        written = model.segment.plain[model.start : model.end]
        tail = written[len(model.base) :]
        for n in names:
            if n.suffix != preferred:
                yield LegalFormConflict(
                    n, written, n.segment.plain[n.start : n.start + len(n.base)] + tail
                )


def _approved_suffix(ctx: CheckContext, names: list[LegalName]) -> str | None:
    """The legal form of the glossary's approved form of this company, if it is in use."""
    for n in names:
        for m in term_matches(ctx, n.segment):
            if m.start <= n.start and n.end <= m.end and m.entry.kind is Kind.ORG and m.approved:
                hit = LEGAL_SUFFIX_RE.search(m.approved)
                if hit is not None:
                    key = _SUFFIX_KEYS[hit.lastgroup or ""]
                    return key if any(x.suffix == key for x in names) else None
    return None
