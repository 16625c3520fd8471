"""prlocalize.glossary.matcher
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

One Aho-Corasick automaton (pyahocorasick) per glossary and locale over every
approved form, accepted variant and known wrong form, plus the forms checks
need to recognise mistakes in person names:

* ``GLUED``: a Latin-script name written without its space ("MikioKato"), a
  foreign name in Hangul ("가토미키오" for "가토 미키오") or in katakana without its
  middle dot ("マイケルフォーゲル" for "マイケル・フォーゲル");
* ``REVERSED``: a name in the other order ("Youngju Oh" for "Oh Youngju").
  For other names in CJK scripts the unspaced form is normal writing ("加藤幹雄",
  "김민준"), so it is added as a ``VARIANT`` rather than ``GLUED``.

Matching rules

* Text and forms are compared after NFKC and case folding, without invisible format
  characters (zero-width spaces, soft hyphens, direction marks, variation selectors:
  prlocalize.invisible), so full-width, half-width, decomposed (NFD) and (where allowed)
  differently cased forms are found, and so is 'Minis\u00adter'; spans
  always point into the original text (offsets are mapped back when folding
  changes the length of the text).
* Case: titles and terms match case-insensitively ("minister", "Next-Generation");
  persons, organisations, places and brands are case-sensitive ("YOUTH BIO
  GLOBAL" but not "Youth Bio Global"; "X" but not "x"). Full-width/half-width
  variants match in both cases.
* A form whose first (last) character is a Latin-type letter or digit matches
  only where the text has no such character right before (after) it: "Takeda"
  is not found in "Takedas", "Mikio" not in "xMikio", but hyphens, apostrophes,
  punctuation, spaces, CJK characters and superscript or subscript digits are
  boundaries ("Takeda's", "iPark-based", an author list's "Inoue¹").
  Forms starting or ending with a CJK character match anywhere.
* Overlapping matches resolve leftmost-longest; the result is sorted by start
  and never overlaps.
"""

from __future__ import annotations

import gc
import re
import unicodedata
import weakref
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from prlocalize.glossary.abbreviations import abbreviated
from prlocalize.glossary.model import (
    Entry,
    Glossary,
    Kind,
    Term,
    misplaced_legal_form,
    misplaced_legal_forms,
    name_words,
    other_legal_forms,
)
from prlocalize.glossary.wordlike import NAME_KINDS, inside_a_word
from prlocalize.invisible import without_ignorable
from prlocalize.spaced_names import closed_up

CASE_INSENSITIVE_KINDS = frozenset({Kind.TITLE, Kind.TERM})


class FormKind(StrEnum):
    APPROVED = "approved"
    VARIANT = "variant"
    FORBIDDEN = "forbidden"
    GLUED = "glued"
    REVERSED = "reversed"


class TermMatch(NamedTuple):
    """One glossary form found in a text (a named tuple: a release makes thousands, and a
    frozen dataclass took five times as long to make)."""

    entry: Entry
    locale: str
    form: str  # the glossary form (or derived form) that matched
    kind: FormKind
    start: int
    end: int
    text: str  # what the input says at [start, end)

    @property
    def approved(self) -> str | None:
        """The approved form of the matched entry in this locale (the usual suggestion)."""
        return self.entry.approved(self.locale)


# ---------------------------------------------------------------- folding


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    return without_ignorable(unicodedata.normalize("NFKC", char)).casefold()


def fold(text: str) -> str:
    """The comparison key of a form: NFKC, without invisible format characters,
    case-folded, recomposed."""
    return unicodedata.normalize(
        "NFC", without_ignorable(unicodedata.normalize("NFKC", text)).casefold()
    )


_SIMPLE_FOLDS: dict[str, str] = {}  # char -> its one-character fold, "" when it has none
_SIMPLE_FOLDS_MAX = 65536  # distinct characters remembered (pure function of the character)


# the characters with a one-character fold, and the translate table of those it changes
_SIMPLE_CHARS: set[str] = set()
_FOLD_TABLE: dict[int, str] = {}


def _simple_fold(char: str) -> str:
    """The fold of ``char`` when it is one character that composes with nothing, else ""."""
    simple = _SIMPLE_FOLDS.get(char)
    if simple is not None:
        return simple
    folded = _fold_char(char)
    simple = folded if len(folded) == 1 and not _is_mark(folded) else ""
    if len(_SIMPLE_FOLDS) < _SIMPLE_FOLDS_MAX:
        _SIMPLE_FOLDS[char] = simple
        if simple:
            _SIMPLE_CHARS.add(char)
            if simple != char:
                _FOLD_TABLE[ord(char)] = simple
    return simple


def _is_mark(char: str) -> bool:
    """A character that composes with the one before it: a combining mark, or a Hangul
    vowel or final consonant jamo (decomposed Hangul, as macOS writes it, composes to
    the syllables glossaries hold)."""
    cp = ord(char)
    return unicodedata.combining(char) != 0 or 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF


class _Folded:
    """Folded text plus the map from folded offsets back to original offsets.

    ``origin`` is None when folding kept every character in place (the usual case).
    Otherwise ``origin[k]`` is the original start of the chunk that folded
    character k came from and ``chunk_start[k]`` says whether k begins a chunk;
    a match must begin and end on chunk boundaries.
    """

    __slots__ = ("chunk_start", "origin", "original", "original_length", "text")

    def __init__(self, text: str) -> None:
        self.original = text
        self.original_length = len(text)
        self.origin: list[int] | None = None
        self.chunk_start: list[bool] | None = None
        if text.isascii():
            self.text = text.lower()
            return
        table = _FOLD_TABLE
        expanding: dict[int, str] = {}  # characters that fold to several (㈜ → "(주)") or none
        # characters met before are in _SIMPLE_CHARS (a set difference in C, not a loop)
        for char in set(text).difference(_SIMPLE_CHARS):
            folded = _simple_fold(char)
            if not folded:
                first = _fold_char(char)[:1]
                if first and _is_mark(first):
                    self._fold_slowly(text)  # composes with what comes before: by chunks
                    return
                expanding[ord(char)] = fold(char)
                continue
            if char not in _SIMPLE_CHARS and folded != char:  # not remembered: the cap
                if table is _FOLD_TABLE:
                    table = dict(_FOLD_TABLE)
                table[ord(char)] = folded
        if expanding:
            self._fold_expanding(text, table, expanding)
            return
        self.text = text.translate(table)

    def _fold_expanding(self, text: str, table: dict[int, str], expanding: dict[int, str]) -> None:
        """What :meth:`_fold_slowly` gives when every chunk is one character (no mark in
        the text), in C-level runs between the few characters that fold to more or less
        than one: a Korean sentence with ㈜ in it is not folded letter by letter."""
        origin: list[int] = []
        chunk_start: list[bool] = []
        parts: list[str] = []
        pattern = re.compile("[" + "".join(re.escape(chr(c)) for c in expanding) + "]")
        last = 0
        for match in pattern.finditer(text):
            at = match.start()
            parts.append(text[last:at].translate(table))
            origin.extend(range(last, at))
            chunk_start.extend([True] * (at - last))
            piece = expanding[ord(match.group())]
            parts.append(piece)
            origin.extend([at] * len(piece))
            chunk_start.extend([True] + [False] * (len(piece) - 1) if piece else [])
            last = at + 1
        parts.append(text[last:].translate(table))
        origin.extend(range(last, len(text)))
        chunk_start.extend([True] * (len(text) - last))
        self.text = "".join(parts)
        self.origin = origin
        self.chunk_start = chunk_start

    def _fold_slowly(self, text: str) -> None:
        self.original = text
        parts: list[str] = []
        origin: list[int] = []
        chunk_start: list[bool] = []
        i, n = 0, len(text)
        while i < n:
            j = i + 1
            while j < n and (f := _fold_char(text[j])) and _is_mark(f[0]):
                j += 1
            piece = fold(text[i:j])
            if piece:  # a chunk may fold to nothing; it then belongs to no match
                parts.append(piece)
                origin.extend([i] * len(piece))
                chunk_start.extend([True] + [False] * (len(piece) - 1))
            i = j
        self.text = "".join(parts)
        self.origin = origin
        self.chunk_start = chunk_start

    def span(self, fstart: int, fend: int) -> tuple[int, int] | None:
        """Original [start, end) of folded [fstart, fend), or None inside a chunk."""
        if self.origin is None or self.chunk_start is None:
            return fstart, fend
        if not self.chunk_start[fstart]:
            return None
        if fend == len(self.origin):
            return self.origin[fstart], self.original_length
        if not self.chunk_start[fend]:
            return None
        start, end = self.origin[fstart], self.origin[fend]
        # characters that folded to nothing (a zero-width space) after the match are
        # not part of it: 'Busan\u200b' is found as 'Busan'
        while end - 1 > start and not _fold_char(self.original[end - 1]):
            end -= 1
        return start, end


# ---------------------------------------------------------------- boundaries

_CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2FDF),
    (0x3040, 0x30FF),
    (0x3130, 0x318F),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFFDC),
    (0x20000, 0x3134F),
)


@lru_cache(maxsize=65536)
def is_cjk(char: str) -> bool:
    cp = ord(char)
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


@lru_cache(maxsize=65536)
def is_word_char(char: str) -> bool:
    """A letter, digit or underscore of a space-separated script (Latin and the like).

    A superscript, subscript or circled digit ('Inoue¹', 'Seo₂', 'Kato①') is a
    footnote or affiliation marker set on a word, never a letter of it."""
    if char.isalnum() and unicodedata.category(char) == "No":
        return False
    return (char.isalnum() or char == "_") and not is_cjk(char)


# ---------------------------------------------------------------- forms


# (entry, form, kind, exact, left, right): a plain tuple, since building 100,000s of them
# must be cheap. ``exact`` is the NFKC form to compare with when the entry is
# case-sensitive (else None); ``left``/``right`` say whether a word boundary is needed.
_Form = tuple[Entry, str, FormKind, "str | None", bool, bool]
# (forms by key, has_forbidden, has_legal_swaps): what the automaton is made from
_Tables = tuple[dict[str, list[_Form]], bool, bool]


def entry_forms(entry: Entry, locale: str) -> Iterator[tuple[str, FormKind]]:
    """Every (form, kind) the matcher looks for, in priority order, explicit forms first."""
    term = entry.term(locale)
    terms: tuple[Term, ...] = ()
    if term is not None and (term.text or term.variants or term.forbidden):
        terms = (term,)
    elif entry.dnt:  # written the same everywhere: its forms in any locale count
        terms = tuple(entry.forms.values())
    seen: set[str] = set()
    for t in terms:
        if t.text and t.text not in seen:
            seen.add(t.text)
            yield t.text, FormKind.APPROVED
        for form in t.variants:
            if form and form not in seen:
                seen.add(form)
                yield form, FormKind.VARIANT
        for form in t.forbidden:
            if form and form not in seen:
                seen.add(form)
                yield form, FormKind.FORBIDDEN
    if entry.dnt and terms == (term,):
        # a name written the same everywhere is misspelt the same everywhere: a form
        # another locale forbids ('Nova9' for 'NOVA9' in a Korean release) is wrong here
        for t in entry.forms.values():
            for form in t.forbidden:
                if form and form not in seen:
                    seen.add(form)
                    yield form, FormKind.FORBIDDEN
    if entry.kind is Kind.TITLE and term is not None and term.text:
        # an English title 'Rank, Body' as running text writes it, 'Rank of the Body'
        # ('Chairperson of the Board of the Kitakaze Foundation' for 'Chairperson of the
        # Board, Kitakaze Foundation'): the same title
        for written in (term.text, *term.variants):
            for form in titled_of_body(written):
                if form not in seen:
                    seen.add(form)
                    yield form, FormKind.VARIANT
    if entry.kind in (Kind.TITLE, Kind.TERM) and term is not None and term.text:
        # a title's words as English abbreviates them ('Assoc. Prof.' for 'Associate
        # Professor', 'PhD candidate' for 'Ph.D. candidate'): the same title
        for written in (term.text, *term.variants):
            for form in abbreviated(written):
                if form not in seen:
                    seen.add(form)
                    yield form, FormKind.VARIANT
    if entry.kind is Kind.PERSON and term is not None and term.text:
        for form, kind in person_forms(term):
            if form not in seen:
                seen.add(form)
                yield form, kind
    if entry.kind is Kind.ORG and term is not None and term.text:
        # the legal form on the wrong side ('アオバエナジー株式会社' or 'アオバエナジー㈱' for
        # '株式会社アオバエナジー')
        punctuations, others, swaps = _legal_forms_of(term.text)
        for swapped in swaps:
            if swapped not in seen:
                seen.add(swapped)
                yield swapped, FormKind.FORBIDDEN
        # another legal form after the name ('Seorin Materials Inc.' for 'Seorin
        # Materials Co., Ltd.', 'アオバ有限会社' for 'アオバ株式会社'): a slip, below any form
        # of another entry (see _without_shadowed_legal_forms)
        for other in others:
            if other not in seen and other not in punctuations:
                seen.add(other)
                yield other, FormKind.FORBIDDEN
        # the legal form with its comma otherwise ('Hanbit America Inc.' for 'Hanbit
        # America, Inc.'): a style, so accepted, but one company in one release is
        # written one way (PR105)
        for other in punctuations:
            if other not in seen:
                seen.add(other)
                yield other, FormKind.VARIANT


def titled_of_body(title: str) -> tuple[str, ...]:
    """An English title of the form 'Rank, Body' written 'Rank of the Body' and 'Rank of
    Body' ('President of the Japan Pharmaceutical Manufacturers Association'); () for any
    other title (one comma exactly, in Latin letters, the body capitalised)."""
    rank, comma, body = title.partition(", ")
    body = body.removeprefix("the ").removeprefix("The ")
    if (
        not comma
        or "," in body
        or not rank
        or not body[:1].isupper()
        or not title.isascii()
        or body.startswith(("Inc", "Ltd", "Co"))
    ):
        return ()
    return (f"{rank} of the {body}", f"{rank} of {body}")


# a Latin legal suffix written with or without the comma before it, or inside it
_LEGAL_COMMAS = (
    (", Inc.", " Inc."),
    (", Ltd.", " Ltd."),
    (", LLC", " LLC"),
)  # 'Co., Ltd.' and 'Co. Ltd.' are the second


def legal_form_punctuations(form: str) -> list[str]:
    """``form`` with its Latin legal suffix's comma dropped or added ('Hanbit America
    Inc.' for 'Hanbit America, Inc.', 'Kaiyo Denki Co. Ltd.' for 'Kaiyo Denki Co., Ltd.'),
    and without the suffix's last stop ('Kaiyo Denki Co., Ltd', as British style writes
    it); [] when it has no such suffix."""
    for with_comma, without in _LEGAL_COMMAS:
        for written, other in ((with_comma, without), (without, with_comma)):
            name = form[: -len(written)] if form.endswith(written) else ""
            if name and not name.endswith(","):
                forms = [name + other]
                if written.endswith("."):
                    forms += [form[:-1], name + other[:-1]]
                return forms
    return []


@lru_cache(maxsize=8)
def _legal_forms_of(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A company's other punctuations, other legal forms and misplaced legal forms: the
    matcher's build asks for them three times a company (whether it has any, its forms,
    which of them shadow another entry's), each time of the last name it looked at."""
    punctuations = tuple(legal_form_punctuations(name))
    return punctuations, other_legal_forms(name), misplaced_legal_forms(name)


def person_forms(term: Term) -> list[tuple[str, FormKind]]:
    """The forms derived from a person's approved form: glued and reversed.

    The glued form follows from the form alone. The reversed form needs the two parts:
    from the name parts when given, else from a form of exactly two parts; for three
    parts or more without name parts the order is left alone ('Park Hyun Sook' may be
    read 'Park | Hyun Sook' or 'Park Hyun | Sook').
    """
    cjk = not term.text.isascii() and any(is_cjk(c) for c in term.text)
    derived: list[tuple[str, FormKind]] = []
    parts = term.name_parts()
    if parts is not None:
        first, sep, second = parts
        if not sep:  # "영주오" is no name anyone writes: unspaced names get no derived forms
            return []
        glued = (
            FormKind.VARIANT
            if cjk and not _spaced_in_hangul(first, second) and not _dotted_katakana(parts)
            else FormKind.GLUED
        )
        derived += [(first + second, glued), (second + sep + first, FormKind.REVERSED)]
        if not cjk:
            derived.append((second + first, FormKind.GLUED))
            # a hyphenated part glued without its hyphen too: 'JiwonPark' for 'Ji-won Park'
            if "-" in first or "-" in second:
                bare_first, bare_second = first.replace("-", ""), second.replace("-", "")
                derived += [
                    (bare_first + bare_second, FormKind.GLUED),
                    (bare_second + bare_first, FormKind.GLUED),
                    # ... and as one word with one capital, as a user name or a slug
                    # capitalised writes it: 'Minjunlee', 'Leeminjun' ('Min-jun' is no
                    # English word, so neither is the name run together)
                    (bare_first + bare_second.lower(), FormKind.GLUED),
                    (bare_second + bare_first.lower(), FormKind.GLUED),
                ]
    if not cjk and len(words := name_words(term.text)) >= 3:  # 'ParkHyunSook': glued
        derived.append(("".join(words), FormKind.GLUED))  # whatever the order
    return derived


# Korean family names of two syllables: a Korean name is one of one or two syllables and a
# given name of one to three, written without a space ('김민준', '남궁민수')
_KOREAN_DOUBLE_FAMILIES = frozenset(
    {"남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방"}
)
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")


_KATAKANA_PART = re.compile("[\u30a1-\u30fa\u30fc]+")


def _dotted_katakana(parts: tuple[str, str, str]) -> bool:
    """Whether a name is two katakana parts set apart by a middle dot or an equals sign
    ('マイケル・フォーゲル', 'パク・ジミン'): a foreign name, which Japanese never runs
    together ('マイケルフォーゲル'), as it does a Japanese name in kanji ('加藤幹雄')."""
    first, sep, second = parts
    return (
        sep.strip() in {"・", "･", "·", "＝", "="}
        and _KATAKANA_PART.fullmatch(first) is not None
        and _KATAKANA_PART.fullmatch(second) is not None
    )


def _spaced_in_hangul(first: str, second: str) -> bool:
    """Whether a name written in Hangul in these two parts keeps its space: a foreign
    name ('히로아키 우에노', '가토 미키오'), which Korean spelling writes apart as the name
    is in its own language; a Korean name is written in one word ('김민준')."""
    if not (_HANGUL_WORD.fullmatch(first) and _HANGUL_WORD.fullmatch(second)):
        return False
    for family, given in ((first, second), (second, first)):
        if (len(family) == 1 or family in _KOREAN_DOUBLE_FAMILIES) and len(given) <= 3:
            return False  # a Korean name, whichever way round the glossary wrote it
    return True


# ---------------------------------------------------------------- matcher

_CACHE: weakref.WeakKeyDictionary[Glossary, dict[str, tuple[int, TermMatcher]]] = (
    weakref.WeakKeyDictionary()
)


_LEFTMOST_LONGEST = itemgetter(0, 1)  # (start, start - end) of a hit


class TermMatcher:
    """Finds every glossary form of one locale in a text in one pass."""

    def __init__(
        self,
        locale: str,
        automaton: ahocorasick.Automaton | None,
        *,
        has_forbidden: bool = True,
        has_legal_swaps: bool = True,
    ) -> None:
        self.locale = locale
        self._automaton = automaton
        # whether any form is forbidden: without one, a search for forbidden forms is moot
        self.has_forbidden = automaton is not None and has_forbidden
        # whether a company's legal form on the wrong side is among them (only a text
        # with a legal form can hold one)
        self.has_legal_swaps = automaton is not None and has_legal_swaps

    @classmethod
    def build(cls, glossary: Glossary, locale: str) -> TermMatcher:
        """The matcher of ``glossary`` in ``locale`` (built once, then cached)."""
        per_locale = _CACHE.setdefault(glossary, {})
        cached = per_locale.get(locale)
        if cached is not None and cached[0] == glossary.revision:
            return cached[1]
        matcher = cls._build(glossary, locale)
        per_locale[locale] = (glossary.revision, matcher)
        return matcher

    @classmethod
    def _build(cls, glossary: Glossary, locale: str) -> TermMatcher:
        # Hundreds of thousands of small tuples would set off the cyclic garbage
        # collector again and again (a third of the build time); none of them is garbage.
        from prlocalize.glossary.stored import read_derived, store_derived

        enabled = gc.isenabled()
        gc.disable()
        try:
            # a glossary kept in the cache folder keeps its forms beside it: working them
            # out again (variants, legal forms, names glued and reversed) took the most of
            # the build, done before any worker starts
            name = f"matcher forms {locale}"
            tables = _tables_from(read_derived(glossary, name), glossary)
            if tables is None:
                tables = cls._forms_by_key(glossary, locale)
                built = tables
                store_derived(glossary, name, lambda: _tables_record(built, glossary))
            return cls._from_tables(locale, tables)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def _from_tables(cls, locale: str, tables: _Tables) -> TermMatcher:
        by_key, has_forbidden, has_swaps = tables
        if not by_key:
            return cls(locale, None)
        automaton = ahocorasick.Automaton()
        for key, records in by_key.items():
            automaton.add_word(key, (len(key), records))
        automaton.make_automaton()
        return cls(locale, automaton, has_forbidden=has_forbidden, has_legal_swaps=has_swaps)

    @classmethod
    def _forms_by_key(cls, glossary: Glossary, locale: str) -> _Tables:
        """Every form of ``glossary`` in ``locale`` by its comparison key, and whether any
        is forbidden / a misplaced legal form."""
        by_key: dict[str, list[_Form]] = {}
        shadowed: set[str] = set()  # keys of another legal form derived for a company
        has_forbidden = has_swaps = False
        for entry in glossary:
            case_sensitive = entry.kind not in CASE_INSENSITIVE_KINDS
            term = entry.term(locale)
            forms: Iterable[tuple[str, FormKind]]
            if (
                term is not None
                and term.text
                and not term.variants
                and not term.forbidden
                and not entry.dnt  # another locale's forbidden forms count (entry_forms)
                and entry.kind is not Kind.PERSON
                and (entry.kind is not Kind.TITLE or not titled_of_body(term.text))
                and (entry.kind not in (Kind.TITLE, Kind.TERM) or not abbreviated(term.text))
                and (
                    entry.kind is not Kind.ORG
                    or (
                        misplaced_legal_form(term.text) is None
                        and not any(_legal_forms_of(term.text)[:2])
                    )
                )
            ):  # most entries: what entry_forms gives, without its steps
                forms = ((term.text, FormKind.APPROVED),)
            else:
                forms = entry_forms(entry, locale)
            others: tuple[str, ...] | None = None  # worked out once per entry
            swaps: tuple[str, ...] = ()
            for form, kind in forms:
                if kind is FormKind.FORBIDDEN:
                    if others is None:
                        text = term.text if term is not None else ""
                        _, others, swaps = _legal_forms_of(text) if text else ((), (), ())
                    if form in others:
                        shadowed.add(fold(form) if not form.isascii() else form.lower())
                    # a misplaced legal form is searched for only in a text that has one
                    # (see TermMatcher.has_legal_swaps): not every text of the locale
                    swapped = form in swaps
                    has_swaps = has_swaps or swapped
                    has_forbidden = has_forbidden or not swapped
                if form.isascii():  # the common case: NFKC changes nothing, folding is lower()
                    key, nfkc = form.lower(), form
                else:
                    key, nfkc = fold(form), unicodedata.normalize("NFKC", form)
                if not key:
                    continue
                record: _Form = (
                    entry,
                    form,
                    kind,
                    nfkc if case_sensitive else None,
                    is_word_char(nfkc[0]),
                    is_word_char(nfkc[-1]),
                )
                bucket = by_key.get(key)
                if bucket is None:
                    by_key[key] = [record]
                else:
                    bucket.append(record)
        _without_shadowed_legal_forms(by_key, shadowed)
        return by_key, has_forbidden, has_swaps

    def forms(self, key: str) -> list[_Form]:
        """The forms whose comparison key (``fold``) is ``key``, in priority order."""
        if self._automaton is None:
            return []
        found: tuple[int, list[_Form]] | None = self._automaton.get(key, None)
        return found[1] if found is not None else []

    def find(self, text: str) -> list[TermMatch]:
        """Non-overlapping matches, leftmost-longest, sorted by start."""
        locale = self.locale
        return [
            TermMatch(form[0], locale, form[1], form[2], start, end, text[start:end])
            for start, end, form in self.spans(text)
        ]

    def spans(self, text: str) -> list[tuple[int, int, _Form]]:
        """:meth:`find`'s matches as ``(start, end, form)``, without the match objects:
        for callers that only need the entries (extract's hints run it on every sentence
        of an archive)."""
        automaton = self._automaton
        if automaton is None or not text:
            return []
        if not text.isascii():
            # a name set out in a table's column ('加　藤　幹　雄', '森　　一郎') is read
            # closed up, and found where it is written
            view = closed_up(text)
            if view is not None:
                return [(*view.span(s, e), form) for s, e, form in self.spans(view.text)]
        folded: _Folded | None = None
        ascii_text = text.isascii()
        if ascii_text:  # the usual text: folding is lower(), offsets stay in place
            key = text.lower()
        else:
            folded = _Folded(text)
            key = folded.text
            if folded.origin is None:  # folded offsets are still the text's
                folded = None
        hits: list[tuple[int, int, int, _Form]] = []  # (start, start - end, end, form)
        for fend_incl, (length, forms) in automaton.iter(key):
            end = fend_incl + 1
            start = end - length
            if folded is not None:
                span = folded.span(start, end)
                if span is None:
                    continue
                start, end = span
            chosen = _choose(text, start, end, forms, ascii_text)
            if chosen is not None:
                hits.append((start, start - end, end, chosen))
        result: list[tuple[int, int, _Form]]
        if len(hits) < 2:
            result = [(hit[0], hit[2], hit[3]) for hit in hits]
        else:
            hits.sort(key=_LEFTMOST_LONGEST)  # stable: equal keys keep the automaton's order
            result = []
            last_end = 0
            for start, _, end, form in hits:
                if start >= last_end:
                    result.append((start, end, form))
                    last_end = end
        if ascii_text:
            return result
        return _names_not_inside_words(text, result)


def _names_not_inside_words(
    text: str, found: list[tuple[int, int, _Form]]
) -> list[tuple[int, int, _Form]]:
    """``found`` without the names that are pieces of longer words ('京都' in '東京都',
    'スマート' in 'スマートフォン', '한' in '한 사람'): prlocalize.glossary.wordlike."""
    kept: list[tuple[int, int, _Form]] = []
    for i, (start, end, form) in enumerate(found):
        if form[0].kind in NAME_KINDS and (is_cjk(text[start]) or is_cjk(text[end - 1])):
            # a neighbouring match marks a boundary only when it is more than one character
            previous = found[i - 1][1] if i and found[i - 1][1] - found[i - 1][0] > 1 else -1
            following = -1
            if i + 1 < len(found) and found[i + 1][1] - found[i + 1][0] > 1:
                following = found[i + 1][0]
            if inside_a_word(form[0], text, start, end, (previous, following)):
                continue
        kept.append((start, end, form))
    return kept


def _without_shadowed_legal_forms(by_key: dict[str, list[_Form]], keys: set[str]) -> None:
    """Drop a company's derived other legal form where another entry writes that form
    ('Hanbit Energy, Inc.', a subsidiary beside 'Hanbit Energy Co., Ltd.'): a form of the
    glossary's own is never a slip."""
    for key in keys:
        records = by_key.get(key, [])
        if len(records) < 2 or len({id(record[0]) for record in records}) < 2:
            continue
        kept = [r for r in records if r[2] is not FormKind.FORBIDDEN or _explicit(r)]
        if kept:
            by_key[key] = kept
        else:
            del by_key[key]


def _explicit(record: _Form) -> bool:
    """Whether a forbidden ``record`` is one its entry lists, not a derived legal form."""
    entry, form = record[0], record[1]
    term = next((t for t in entry.forms.values() if form in t.forbidden), None)
    return term is not None


def _choose(
    text: str, start: int, end: int, forms: list[_Form], ascii_text: bool = False
) -> _Form | None:
    """The first of ``forms`` (found at ``[start, end)``) whose boundaries and case hold.
    ``ascii_text``: ``text`` is ASCII, which NFKC and the invisible characters leave as it is."""
    left_ok = start == 0 or not is_word_char(text[start - 1])
    right_ok = end == len(text) or not is_word_char(text[end])
    original: str | None = None
    for form in forms:
        _, _, _, exact, left, right = form
        if (left and not left_ok) or (right and not right_ok):
            continue
        if exact is not None:
            if original is None:
                # (a name's case is compared at each of its hits: most texts are ASCII)
                original = (
                    text[start:end]
                    if ascii_text
                    else without_ignorable(unicodedata.normalize("NFKC", text[start:end]))
                )
            if original != exact:
                continue
        return form
    return None


# ---------------------------------------------------------------- stored forms

_TABLES_FORMAT = 1
_FORM_KINDS = tuple(FormKind)


def _tables_record(tables: _Tables, glossary: Glossary) -> list[object]:
    """``tables`` as JSON: an entry by its place in the glossary, a form kind by its
    number, ``exact`` 1 when it is the form itself, the two boundaries as bits; a key and
    its forms in one flat list (a list per form took longer to read back)."""
    by_key, has_forbidden, has_swaps = tables
    place = {id(entry): i for i, entry in enumerate(glossary)}
    number = {kind: i for i, kind in enumerate(_FORM_KINDS)}
    rows: list[list[object]] = []
    for key, records in by_key.items():
        row: list[object] = [key]
        for entry, form, kind, exact, left, right in records:
            row += [place[id(entry)], form, number[kind], 1 if exact == form else exact]
            row.append(int(left) | int(right) << 1)
        rows.append(row)
    return [_TABLES_FORMAT, len(place), has_forbidden, has_swaps, rows]


def _tables_from(value: object, glossary: Glossary) -> _Tables | None:
    """The tables :func:`_tables_record` wrote, read back; None for anything else (a
    value of another shape, an entry out of range), so the forms are worked out again."""
    if type(value) is not list or len(value) != 5 or value[0] != _TABLES_FORMAT:
        return None
    _, count, has_forbidden, has_swaps, rows = value
    entries = list(glossary)
    if count != len(entries) or type(has_forbidden) is not bool or type(has_swaps) is not bool:
        return None
    if type(rows) is not list:
        return None
    kinds = _FORM_KINDS
    bounds = ((False, False), (True, False), (False, True), (True, True))
    by_key: dict[str, list[_Form]] = {}
    try:
        for row in rows:
            if type(row) is not list or len(row) % 5 != 1:
                return None
            key = row[0]
            if type(key) is not str or not key or key in by_key:
                return None
            records: list[_Form] = []
            for i in range(1, len(row), 5):
                place, form, kind, exact, flags = row[i : i + 5]
                # type() before the lookups: True is an int to a list, and -1 a place
                if type(place) is not int or place < 0 or type(form) is not str:
                    return None
                if type(kind) is not int or kind < 0 or type(flags) is not int or flags < 0:
                    return None
                if exact == 1 and type(exact) is int:
                    exact = form
                elif exact is not None and type(exact) is not str:
                    return None
                left, right = bounds[flags]
                records.append((entries[place], form, kinds[kind], exact, left, right))
            if not records:
                return None
            by_key[key] = records
    except IndexError:  # a place, kind or bits out of range
        return None
    return by_key, has_forbidden, has_swaps
