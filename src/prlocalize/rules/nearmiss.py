"""prlocalize.rules.nearmiss
~~~~~~~~~~~~~~~~~~~~~~~~~~

Near-miss lookup for PR102: the words of every glossary form of one locale,
bucketed by first letter and length, compared with rapidfuzz's optimal string
alignment distance (a swap of two letters counts as one edit).

Precision comes first, so a word is reported only when it is one edit away from
exactly the glossary word, is not that word with letters added at the end (an
inflection such as 'Ministers' or a Korean particle), is capitalised where the
glossary word is (a lower-case English word near a proper name is left alone),
and, for a word of a name, stands next to another word of that name.
"""

from __future__ import annotations

import gc
import re
import weakref
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz.distance import OSA

from prlocalize.glossary.matcher import FormKind, TermMatcher, fold
from prlocalize.glossary.model import Entry, Glossary, Kind, without_legal_form
from prlocalize.hangul import WORD_END_SYLLABLES, is_syllable
from prlocalize.lazy_patterns import lazy_compile

# the words of a name, for telling which name a near miss sits in
TOKEN_RE = lazy_compile(r"[A-Za-z]+|[\u30a1-\u30fa\u30fc]+|[\u3400-\u9fff]+|[\uac00-\ud7a3]+")
_NAME_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.BRAND})
_EXPLICIT = frozenset({FormKind.APPROVED, FormKind.VARIANT, FormKind.FORBIDDEN})
# a word of Japanese written in Hepburn: syllables of a consonant (or a doubled one) and
# a vowel, and 'n'; a letter changed that leaves one ('Ohara' for 'Obara', 'Kudo' for
# 'Kido') is another family name as often as a slip, where 'Obsra' or 'Elana' is none
HEPBURN = lazy_compile(
    r"(?:(?:kk|ss|tt|pp|tch)?(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|y|w)?[aeiou]|n(?![aeiouy]))+"
)


# words of a script that is written with spaces or in long katakana runs
MIN_WORD = 6  # letters of a Latin word
WORD_RE = lazy_compile(r"[A-Za-z]{6,}|[\u30a1-\u30fa\u30fc]{6,}|[\uac00-\ud7a3]{5,}")


@dataclass
class NearMissIndex:
    words: dict[str, str]  # case-folded → as written in the glossary
    # words found only in names (people, organisations, places, brands) → the other
    # words of those names: 'Nagano' is a misspelling only next to 'Keisuke' (since
    # 'Nakano' is another person), 'Otsuki' only next to 'Pharmaceutical'
    companions: dict[str, frozenset[str]] = field(default_factory=dict)
    buckets: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    # words that are a whole name of one word ('Hokkaido', 'Zoravia'), in no title or term
    lone: frozenset[str] = frozenset()
    # Latin words only of titles and terms of two words or more ('cancer' of 'non-small
    # cell lung cancer'): alone, only a slip no word is counts ('cancel' is an English
    # word; the whole term misspelt is TermNearMissIndex's)
    phrase_words: frozenset[str] = frozenset()
    memo: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word → candidates
    # Latin words of releases seen so far: those with candidates, and the others
    near_words: set[str] = field(default_factory=set)
    clean: set[str] = field(default_factory=set)
    _lengths: set[tuple[str, int]] = field(default_factory=set)  # (first letter, length ± 1)

    def __post_init__(self) -> None:
        for key in self.words:
            self.buckets.setdefault(_bucket(key, len(key)), []).append(key)
            for length in (len(key) - 1, len(key), len(key) + 1):
                self._lengths.add((key[:1], length))

    def __len__(self) -> int:
        return len(self.words)

    def any_latin_near(self, words: set[str]) -> bool:
        """Whether any of ``words`` (runs of ASCII letters) of ``MIN_WORD`` letters or more
        is one edit from a glossary word (by set operations on the words seen before: a
        release mostly repeats them)."""
        if not words.isdisjoint(self.near_words):
            return True
        for word in words - self.clean:
            if len(word) >= MIN_WORD and self.candidates(word):
                self.near_words.add(word)
                return True
            if len(self.clean) < 200_000:
                self.clean.add(word)
        return False

    def candidates(self, word: str) -> tuple[str, ...]:
        """Glossary words one edit away from ``word`` (empty when it is fine or unknown)."""
        if (word[:1].casefold(), len(word)) not in self._lengths and word[:1].isascii():
            return ()  # no glossary word of a near length starts with this letter
        memo = self.memo.get(word)
        if memo is not None:
            return memo
        result = self._lookup(word)
        if len(self.memo) < 200_000:
            self.memo[word] = result
        return result

    def _lookup(self, word: str) -> tuple[str, ...]:
        key = word.casefold()
        if key in self.words:
            return ()
        found: list[str] = []
        for length in (len(key) - 1, len(key), len(key) + 1):
            for other in self.buckets.get(_bucket(key, length), ()):
                if (
                    key.startswith(other)
                    and not _s_doubled(key, other)
                    and not (other in self.companions and _last_doubled(key, other))
                ) or (
                    other.startswith(key)
                    and not (other in self.companions and _cut_japanese_name(key, other))
                ):
                    continue  # an inflection or an attached particle, not a typo
                if OSA.distance(key, other, score_cutoff=1) > 1:
                    continue
                if _inflected(key, other) and other not in self.companions:
                    continue  # names do not inflect
                if other in self.phrase_words and not typed_slip(key, other):
                    continue  # 'cancel' beside 'cancer' of a term: another word
                if _korean_compound(key, other) and other not in self.companions:
                    continue  # '심사위원단', the jury, beside the title '심사위원장'
                original = self.words[other]
                if original[:1].isupper() and word[:1].islower():
                    continue
                if _differs_only_in_case_or_width(word, original):
                    continue
                found.append(original)
        return tuple(sorted(set(found)))


_ENDINGS = frozenset(
    {
        "",
        "s",
        "es",
        "ies",
        "ed",
        "d",
        "er",
        "r",
        "or",
        "ing",
        "en",
        "an",
        "n",
        "al",
        "ly",
        "y",
        "ic",
    }
)


def _s_doubled(key: str, other: str) -> bool:
    """'servicess' for 'services': an 's' after an 's' ends no English word's form."""
    return key == other + "s" and other.endswith("s") and key.isascii()


def _last_doubled(key: str, other: str) -> bool:
    """'Telecomm' for 'Telecom', 'Dasoll' for 'Dasol': a name's last consonant typed twice.
    English adds no letter so ('Telecoms', 'Telecom's' are other forms), and a word of
    names alone is judged beside its name's other words, so 'Russell' is reported only
    beside the words of a sheet's 'Russel'."""
    return (
        key.isascii()
        and len(key) == len(other) + 1
        and key[-1] == other[-1]
        and other[-1] in _DOUBLED_CONSONANTS
    )


# consonants a slip doubles at a word's end ('s' is _s_doubled's: a plural's 's')
_DOUBLED_CONSONANTS = frozenset("bcdfgklmnprtz")


def _cut_japanese_name(key: str, other: str) -> bool:
    """Whether ``key`` is ``other``, a word of a Japanese name in Hepburn, with its last
    vowel dropped ('Tsujimot', 'Takahash'): a Japanese word never ends in a consonant but
    'n', so it is no other name (and is judged beside the name's other words)."""
    return (
        len(other) == len(key) + 1
        and other[-1] in "aeiou"
        and key[-1] != "n"
        and HEPBURN.fullmatch(other.casefold()) is not None
    )


def _inflected(key: str, other: str) -> bool:
    """'managed' for 'manager', 'Chairmen' for 'Chairman': the words differ in an ending.

    Both tails after the common stem must be English endings, so 'Ministy' (y / ry)
    is still a misspelling of 'Ministry'.
    """
    common = 0
    for a, b in zip(key, other, strict=False):
        if a != b:
            break
        common += 1
    return key.isascii() and key[common:] in _ENDINGS and other[common:] in _ENDINGS


def _korean_compound(key: str, other: str) -> bool:
    """Whether Hangul word ``key`` is ``other`` with its last syllable changed into a
    suffix ('위원단', the panel, or '위원회', the committee, beside the title '위원장'):
    another compound of the same stem, not a slip. Names are judged beside their other
    words (``companions``) and by ``names._long_hangul_name``."""
    return (
        len(key) == len(other)
        and key[:-1] == other[:-1]
        and key[-1] in WORD_END_SYLLABLES
        and is_syllable(key[-1])
    )


def _bucket(key: str, length: int) -> tuple[str, int]:
    # Latin words share their first letter with the intended word nearly always;
    # katakana and Hangul words are bucketed by length only.
    first = key[:1] if key[:1].isascii() else ""
    return first, length


def _differs_only_in_case_or_width(a: str, b: str) -> bool:
    import unicodedata

    return (
        unicodedata.normalize("NFKC", a).casefold() == unicodedata.normalize("NFKC", b).casefold()
    )


_CACHE: weakref.WeakKeyDictionary[Glossary, dict[str, tuple[int, NearMissIndex]]] = (
    weakref.WeakKeyDictionary()
)


def near_miss_index(glossary: Glossary, locale: str) -> NearMissIndex:
    per_locale = _CACHE.setdefault(glossary, {})
    revision = getattr(glossary, "revision", 0)
    cached = per_locale.get(locale)
    if cached is not None and cached[0] == revision:
        return cached[1]
    words: dict[str, str] = {}
    name_parts: dict[str, set[str]] = {}
    other_words: set[str] = set()
    lone: set[str] = set()
    single_words: set[str] = set()  # words that are a whole form of their own
    for entry in glossary:
        term = entry.term(locale)
        forms: tuple[str, ...] = term.accepted if term is not None else ()
        if not forms and entry.dnt:
            forms = tuple(t.text for t in entry.forms.values() if t.text)
        for form in forms:
            parts = {p.casefold() for p in TOKEN_RE.findall(form)}
            if entry.kind in _NAME_KINDS and len(parts) == 1:
                lone.update(parts)
            if len(parts) == 1:
                single_words.update(parts)
            for m in WORD_RE.finditer(form):
                key = m.group().casefold()
                words.setdefault(key, m.group())
                if entry.kind in _NAME_KINDS:
                    name_parts.setdefault(key, set()).update(parts - {key})
                else:
                    other_words.add(key)
    companions = {
        key: frozenset(parts) for key, parts in name_parts.items() if key not in other_words
    }
    index = NearMissIndex(
        words,
        companions,
        lone=frozenset(lone - other_words),
        phrase_words=frozenset(
            w for w in other_words - single_words - name_parts.keys() if w.isascii()
        ),
    )
    per_locale[locale] = (revision, index)
    return index


# ---------------------------------------------------------------- whole terms
#
# Titles and terms are judged as a whole: 'Chef' is an English word, but 'Chef Executive
# Officer' is the title 'Chief Executive Officer' with one letter missing. Every word of
# every Latin-script title and term of the locale goes into a symmetric-delete index
# (the word and each form of it with one letter deleted, so that two words one
# insertion, deletion, substitution or transposition apart share a key); a word of the
# text with a near glossary word is then tried in each place it could take in a term,
# through a table of the terms keyed by their other words.

LATIN_WORD = lazy_compile(r"[A-Za-z]+")
_SPACES = lazy_compile(r"\s+")
_TERM_KINDS = frozenset({Kind.TITLE, Kind.TERM})
# a name of two words or more is judged as a whole too, for a slip in its short words
# ('Sakura Bnak' for 'Sakura Bank': the word index reads six letters and more): only a
# slip no word is one of (see typed_slip), never in a legal form ('Canon Ink')
_NAME_TERM_KINDS = frozenset({Kind.ORG, Kind.BRAND, Kind.PLACE})
_LEGAL_WORDS = frozenset({"inc", "ltd", "corp", "co", "llc", "plc", "gmbh", "pte", "pty", "llp"})
MIN_SINGLE = 6  # letters a one-word term needs before a near miss of it is reported alone
# letters a word of a term needs to be looked for misspelt: 'of', 'R&D' or 'Co' have too
# many neighbours ('on', 'or', 'to') to tell a slip from another word
MIN_SLOT = 3


class _TermForm(NamedTuple):  # a tuple: the index makes one per title and term form
    entry: Entry
    form: str  # as the glossary writes it
    words: tuple[str, ...]  # as written
    folded: tuple[str, ...]
    seps: tuple[str, ...]  # between the words, spaces collapsed


@dataclass(frozen=True, slots=True)
class TermNearMiss:
    start: int  # the span of the whole term as written
    end: int
    edit_start: int  # the misspelt word
    edit_end: int
    suggestion: str  # the text with that word corrected
    single: bool  # a one-word term
    entry: Entry


def one_deleted(word: str) -> set[str]:
    """``word`` with each of its letters deleted in turn: two words one edit apart (a
    letter changed, added, dropped, or two swapped) share one of these or the word."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _plural_pair(a: str, b: str) -> bool:
    # an 's' after an 's' ('Foodss') makes no English plural: a key held down
    return (a == b + "s" and not b.endswith("s")) or (b == a + "s" and not a.endswith("s"))


# the small words a proper name leaves in lower case ('Act on the Protection of …')
_NAME_MINOR_WORDS = frozenset({"of", "on", "and", "the", "for", "in", "to", "at", "by", "a"})


def _named(form: _TermForm) -> bool:
    """Whether a term's form is a proper name of two words or more: each word but the
    small ones opens with a capital ('Personal Information Protection Act')."""
    return len(form.words) > 1 and all(
        w[:1].isupper() or w in _NAME_MINOR_WORDS for w in form.words
    )


def _number_slip(written: str, wanted: str) -> bool:
    """A plural 's' added or dropped, or one typed twice ('systemss' for 'systems')."""
    return _plural_pair(written, wanted) or _s_doubled(written, wanted)


def _agent_base(text: str, glossary: str) -> bool:
    """Whether ``text`` is agent noun ``glossary`` without its final 'r' ('office')."""
    return glossary.endswith("er") and text == glossary[:-1]


def _excused(text: str, glossary: str, single: bool) -> bool:
    """A one-edit difference that is English morphology rather than a slip.

    A plural 's' added or dropped, or 'men' for 'man', is another form of the word
    ('Vice Presidents', 'Heads of Unit', 'Vice Chairmen'); an agent noun without its
    final 'r' is its base word ('Corporate Office' beside 'Corporate Officer'), except in
    a title set beside a person's name, which _verify tells. A
    one-word term has no other word to vouch for it, so a change at either end is left
    alone: its last letter is where English inflects ('Offices', 'Founded',
    'Directory') and its first where another word begins ('Sinister').
    """
    if _plural_pair(text, glossary):
        return True
    if _agent_base(text, glossary):
        return True
    if text[:-3] == glossary[:-3] and {text[-3:], glossary[-3:]} == {"man", "men"}:
        return True  # 'Vice Chairmen'
    if not single:
        return False
    if text[:1] != glossary[:1]:
        return True
    return text[:-1] == glossary[:-1] or text[:-1] == glossary or text == glossary[:-1]


# the comma between a person's name and the title after it ('Emi Kuroda, ')
_APPOSITION = lazy_compile(r",[ \u00a0]\Z")
# a capitalised word after the title: the title goes on ('Executive Office Manager')
_TITLE_GOES_ON = lazy_compile(r"[ \u00a0][A-Z]")
MIN_PAIR_DROP = 12  # letters of a title's word in which two may be dropped together


def _pairs_dropped(word: str) -> tuple[str, ...]:
    """``word`` with two neighbouring letters dropped inside it ('Representive' for
    'Representative'), for a title's long word: fingers skip a syllable of a word that
    long, and no English word is so made of one."""
    if len(word) < MIN_PAIR_DROP:
        return ()
    return tuple(word[:j] + word[j + 2 :] for j in range(1, len(word) - 2))


class TermNearMissIndex:
    """Titles and terms of one locale, for finding them misspelt by one edit."""

    def __init__(self, forms: list[tuple[Entry, str]], glossary: Glossary, locale: str) -> None:
        self._glossary = glossary
        self._locale = locale
        self._matcher: TermMatcher | None = None
        self.deletes: dict[str, set[str]] = {}
        # a name's word of MIN_WORD letters by its forms with a letter dropped: the word
        # index judges the word, but such a slip is too short for it ('Safty' for 'Safety')
        self.short_deletes: dict[str, set[str]] = {}
        self.table: dict[tuple[int, tuple[str | None, ...]], list[_TermForm]] = {}
        # glossary word → (words in the term, its place there) of every term holding it
        self.shapes: dict[str, set[tuple[int, int]]] = {}
        # glossary word → the other words of each term holding it, under the longest of
        # them ("" for a term of one word), so that a release is tested only against the
        # terms whose longest other word it holds
        self.others: dict[str, dict[str, set[frozenset[str]]]] = {}
        self.memo: dict[str, frozenset[str]] = {}
        self.written: dict[str, frozenset[str]] = {}  # words as written near a term word
        self.quiet: set[str] = set()  # words as written near none
        self.leads: dict[str, tuple[bool, tuple[str, ...]]] = {}  # see _leads
        # the words of titles and terms (the others are of names only)
        self.term_words: set[str] = set()
        # a long word inside an organisation's name, which another word follows there:
        # looked up here only for its number changed ('Rail System Corporation' for 'Rail
        # Systems Corporation'); its other slips are the word index's
        self.inner_only: set[str] = set()
        inner_only = self.inner_only
        # the words that stand inside an organisation's name (or a law's, a programme's:
        # a term named as a proper name), another word after them
        self.org_inner: set[str] = set()
        term_words = self.term_words
        table, others_of, shapes_of, deletes = self.table, self.others, self.shapes, self.deletes
        for entry, form in forms:
            pieces = LATIN_WORD.split(form)  # separators between the words, and the ends
            words = tuple(LATIN_WORD.findall(form))
            if not words or (len(words) == 1 and len(words[0]) < MIN_SINGLE):
                continue
            folded = tuple(w.casefold() for w in words)
            seps = tuple(sep if sep == " " else _SPACES.sub(" ", sep) for sep in pieces[1:-1])
            record = _TermForm(entry, form, words, folded, seps)
            n = len(folded)
            name = entry.kind in _NAME_TERM_KINDS
            for k, word in enumerate(folded):
                if len(word) < MIN_SLOT or (word in _LEGAL_WORDS and entry.kind is Kind.ORG):
                    continue
                long_name_word = name and len(word) > MIN_WORD
                if k < n - 1 and (
                    entry.kind is Kind.ORG or (entry.kind is Kind.TERM and _named(record))
                ):
                    self.org_inner.add(word)
                elif long_name_word:
                    continue  # a name's long word is the word index's
                shortened = name and len(word) == MIN_WORD  # and this one's, but for a drop
                if not name:
                    term_words.add(word)
                table.setdefault((k, (*folded[:k], None, *folded[k + 1 :])), []).append(record)
                others = frozenset(folded[:k] + folded[k + 1 :])
                likeliest = max(others, key=len, default="")  # the likeliest to be missing
                by_key = others_of.get(word)
                if by_key is None:
                    by_key = others_of[word] = {}
                by_key.setdefault(likeliest, set()).add(others)
                shapes = shapes_of.get(word)
                if shapes is not None:  # a word of an earlier term: its deletes are in
                    shapes.add((n, k))
                    if long_name_word or word not in inner_only:
                        continue
                    inner_only.discard(word)  # a title's or term's word too: all its deletes
                else:
                    shapes_of[word] = {(n, k)}
                if long_name_word:
                    inner_only.add(word)
                    # keyed so that near() finds it with an 's' dropped or added
                    for d in (word, word[:-1] if word.endswith("s") else word):
                        deletes.setdefault(d, set()).add(word)
                    continue
                if shortened:
                    for d in one_deleted(word):
                        self.short_deletes.setdefault(d, set()).add(word)
                    continue
                for d in (
                    word,
                    *(word[:j] + word[j + 1 :] for j in range(len(word))),
                    *(_pairs_dropped(word) if not name else ()),
                ):
                    bucket = deletes.get(d)
                    if bucket is None:
                        deletes[d] = {word}
                    else:
                        bucket.add(word)

    def __bool__(self) -> bool:
        return bool(self.table)

    def _beside_person(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is set beside a glossary person's name as their
        title ('Emi Kuroda, Chief Scientific Office'; 'Chief Executive Office Ken Sato'),
        where an office's name ('the Corporate Office') never stands."""
        if self._matcher is None:
            self._matcher = TermMatcher.build(self._glossary, self._locale)
        before = _APPOSITION.search(text, 0, start)
        if _TITLE_GOES_ON.match(text, end):
            before = None  # 'Executive Office Manager': the title is a longer one
        for m in self._matcher.find(text):
            if m.entry.kind is not Kind.PERSON:
                continue
            if (before is not None and m.end == before.start()) or (
                m.start == end + 1 and text[end] == " "
            ):
                return True
        return False

    def is_glossary_form(self, text: str) -> bool:
        """Whether ``text`` is an approved, accepted or forbidden glossary form of the
        locale (none of them is a misspelling), as the locale's matcher holds them."""
        if self._matcher is None:
            self._matcher = TermMatcher.build(self._glossary, self._locale)
        for entry, form, kind, *_ in self._matcher.forms(fold(text)):
            term = entry.term(self._locale) if kind in _EXPLICIT else None
            if term is not None and (form in term.accepted or form in term.forbidden):
                return True  # (a DNT entry's form of another locale is not the locale's)
        return False

    def near(self, word: str) -> frozenset[str]:
        """Glossary words of titles and terms one edit from ``word`` (folded)."""
        found = self.memo.get(word)
        if found is not None:
            return found
        candidates: set[str] = set()
        if len(word) < MIN_SLOT - 1:
            self.memo[word] = frozenset()
            return self.memo[word]
        deletes = self.deletes
        for key in (word, *one_deleted(word)):
            hit = deletes.get(key)
            if hit:
                candidates |= hit
        if len(word) == MIN_WORD - 1:
            candidates |= self.short_deletes.get(word, set())
        result = frozenset(
            c
            for c in candidates
            if c != word
            and (OSA.distance(word, c, score_cutoff=1) <= 1 or word in _pairs_dropped(c))
        )
        if len(self.memo) < 200_000:
            self.memo[word] = result
        return result

    def near_written(self, word: str) -> frozenset[str]:
        """``near`` of a word as written (remembered as written: most words recur; only
        the words near a term word are kept in ``written``, the others in ``quiet``)."""
        found = self.written.get(word)
        if found is None:
            found = self.near(word.casefold())
            if found and len(self.written) < 200_000:
                self.written[word] = found
        return found

    def suspicious(self, words: set[str]) -> set[str]:
        """Those of ``words`` (a release's, as written) one edit from a word of a title
        or term whose other words are all among ``words`` too: the only places worth a
        look ('held' is near 'Head', but no release without 'Unit' holds 'Head of Unit')."""
        near = self.near_written
        # set against a dict: CPython looks each word up (a dict's key view would be walked)
        for w in words.difference(self.quiet, self.written):  # words not seen before
            if not near(w) and len(self.quiet) < 200_000:
                self.quiet.add(w)
        folded: set[str] | None = None
        found: set[str] = set()
        for w in self.written.keys() & words:  # the words near a term word
            leads = self.leads.get(w)
            if leads is None:
                leads = self.leads[w] = self._leads(w)
            always, inside_terms = leads
            if always:
                found.add(w)
                continue
            for c in inside_terms:
                if folded is None:
                    folded = set(map(str.casefold, words))
                by_key = self.others[c]
                if any(
                    others <= folded for key in by_key.keys() & folded for others in by_key[key]
                ):
                    found.add(w)
                    break
        return found

    def _leads(self, word: str) -> tuple[bool, tuple[str, ...]]:
        """What makes ``word`` (near a term word) worth a look: whether it misspells a
        one-word term, and the term words it may misspell inside a longer term. A slip
        that _verify excuses in every term holding the word is no lead: most releases
        hold 'founded' (Founder) or 'products' (product), few a slip."""
        low = word.casefold()
        multi: list[str] = []
        for c in sorted(self.written[word]):
            number = c in self.org_inner and _number_slip(low, c)  # see _verify
            if c not in self.term_words and not (
                word[:1].isupper() and (number or typed_slip(low, c))
            ):
                continue  # a word of names only: a slip no word is, capitalised (_verify)
            by_key = self.others[c]
            if "" in by_key and not _excused(low, c, single=True):
                return True, ()
            if len(by_key) > ("" in by_key) and (
                not _excused(low, c, single=False) or _agent_base(low, c) or number
            ):
                multi.append(c)  # an agent noun's base: a slip beside a person (_verify)
        return False, tuple(multi)

    def find(self, text: str, suspicious: set[str] | None = None) -> list[TermNearMiss]:
        """Titles and terms misspelt by one edit in ``text``, longest first where they overlap.

        ``suspicious``: the words of the text's release that are near a term word, when
        known (one set test then passes over the usual sentence)."""
        near_of = self.near_written
        if suspicious is not None and not any(w in text for w in suspicious):
            return []  # a few substring tests in C rule out the usual sentence
        words = LATIN_WORD.findall(text)
        if suspicious is not None:
            if suspicious.isdisjoint(words):
                return []
            hits = [i for i, w in enumerate(words) if w in suspicious]
        else:
            hits = [i for i, w in enumerate(words) if near_of(w)]
            if not hits:  # nothing near a term word
                return []
        tokens = list(LATIN_WORD.finditer(text))
        folded = [w.casefold() for w in words]
        found: list[TermNearMiss] = []
        shapes = self.shapes
        for i in hits:
            near = near_of(words[i])
            for n, k in set().union(*(shapes[c] for c in near)):
                s = i - k
                if s < 0 or s + n > len(tokens):
                    continue
                key = (k, (*folded[s:i], None, *folded[i + 1 : s + n]))
                for form in self.table.get(key, ()):
                    if form.folded[k] in near:
                        miss = self._verify(text, tokens[s : s + n], k, form)
                        if miss is not None:
                            found.append(miss)
        found.sort(key=lambda m: (m.start - m.end, m.start))
        kept: list[TermNearMiss] = []
        for miss in found:
            if all(miss.end <= o.start or o.end <= miss.start for o in kept):
                kept.append(miss)
        return sorted(kept, key=lambda m: m.start)

    def _verify(
        self, text: str, window: list[re.Match[str]], k: int, form: _TermForm
    ) -> TermNearMiss | None:
        single = len(window) == 1
        for j in range(len(window) - 1):
            if _SPACES.sub(" ", text[window[j].end() : window[j + 1].start()]) != form.seps[j]:
                return None
        for j, token in enumerate(window):
            if j != k and not _same_case(token.group(), form.words[j]):
                return None
        written, wanted = window[k].group(), form.words[k]
        # a word of an organisation's name with its number changed where the name goes
        # on after it ('Kotobuki Rail System Corporation', 'Meridia Food Co., Ltd.'): a
        # proper name keeps its words as registered, and no plural reads so mid-name
        # ... and so of a term named as a proper name, every word capitalised: a law or
        # a programme ('Telecommunication Business Act' for the Telecommunications one)
        number = (
            (form.entry.kind is Kind.ORG or (form.entry.kind is Kind.TERM and _named(form)))
            and k < len(window) - 1
            and _number_slip(written.casefold(), form.folded[k])
        )
        if form.folded[k] in self.inner_only and not number:
            return None  # the word index's
        if (
            not number
            and _excused(written.casefold(), form.folded[k], single)
            and not (
                form.entry.kind is Kind.TITLE
                and not single
                and _agent_base(written.casefold(), form.folded[k])
                and self._beside_person(text, window[0].start(), window[-1].end())
            )
        ):
            return None
        if form.entry.kind in _NAME_TERM_KINDS and (
            written[:1].isupper() != wanted[:1].isupper()  # 'Tokyo has' for 'Tokyo Gas'
            or not (number or typed_slip(written.casefold(), form.folded[k]))
        ):
            return None
        if written[:1].casefold() == wanted[:1].casefold() and (
            written[:1].isupper() != wanted[:1].isupper() and not _title_cased(written, wanted)
        ):
            return None  # 'chef' in prose is a cook, not a slip in 'Chief'
        if single and written.isupper() != wanted.isupper():
            return None
        start, end = window[0].start(), window[-1].end()
        fixed = _with_case_of(written, wanted)
        suggestion = text[start : window[k].start()] + fixed + text[window[k].end() : end]
        if self.is_glossary_form(text[start:end]):
            return None
        return TermNearMiss(
            start, end, window[k].start(), window[k].end(), suggestion, single, form.entry
        )


_SLIP_CONSONANTS = frozenset("bcdfgjklmnpqrstvxz")


def typed_slip(written: str, wanted: str) -> bool:
    """A slip only fingers make, which turns a word into no other word: two neighbouring
    letters swapped ('bnak'), a letter doubled or undoubled ('bannk'), or one dropped
    inside a word of four letters or more ('bnk'), or a consonant added inside a word of
    seven or more ('Minitster'; a short word so made is often another, 'coast', 'planet',
    and a vowel, 'h', 'w' or 'y' added is another romanisation of a name: 'Ryousuke',
    'Kyoungmin'); not a letter changed or added at the end ('New Work', 'Blue Nose',
    'South Korean' are words of their own)."""
    if len(written) == len(wanted):
        return swapped_letters(written, wanted)
    longer, shorter = (written, wanted) if len(written) > len(wanted) else (wanted, written)
    i = 0  # the letter one has and the other has not
    while i < len(shorter) and longer[i] == shorter[i]:
        i += 1
    if longer[i + 1 : i + 2] == longer[i] or longer[i - 1 : i] == longer[i]:
        return True  # doubled or undoubled
    if len(written) > len(wanted) >= 7:
        return 0 < i < len(written) - 1 and written[i] in _SLIP_CONSONANTS
    return len(wanted) > len(written) >= 3 and 0 < i < len(wanted) - 1


def vowel_added(written: str, wanted: str) -> bool:
    """A vowel added inside a word of Japanese in Hepburn ('fukuoaka' for 'fukuoka',
    'yokoahama'): no syllable of the name is made so, where a vowel that lengthens the
    one before it ('touhoku', 'oosaka') is another romanisation of the same name."""
    if len(written) != len(wanted) + 1 or HEPBURN.fullmatch(wanted) is None:
        return False
    i = 0
    while i < len(wanted) and written[i] == wanted[i]:
        i += 1
    if not 0 < i < len(wanted) or written[i] not in "aeiou" or written[i + 1 :] != wanted[i:]:
        return False
    return written[i - 1 : i + 1] not in _LONG_VOWELS and written[i] != written[i + 1]


# two vowels that write one long vowel in some romanisation ('ou', 'oo', 'ei', 'aa')
_LONG_VOWELS = frozenset({"aa", "ii", "uu", "ee", "oo", "ou", "ei"})


def swapped_letters(written: str, wanted: str) -> bool:
    """The same letters but two neighbours swapped ('kenij' for 'kenji')."""
    if len(written) != len(wanted):
        return False
    diff = [i for i, (a, b) in enumerate(zip(written, wanted, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and written[diff[0]] == wanted[diff[1]]
        and written[diff[1]] == wanted[diff[0]]
    )


def _same_case(written: str, wanted: str) -> bool:
    """A word of the term written as the glossary writes it; a lower-case glossary word
    may open a sentence or a title-case heading with a capital."""
    if written == wanted:
        return True
    return wanted.islower() and written == wanted.capitalize()


def _title_cased(written: str, wanted: str) -> bool:
    """A lower-case glossary word capitalised in the text (a sentence start, a heading)."""
    return wanted[:1].islower() and written[:1].isupper()


def _with_case_of(written: str, wanted: str) -> str:
    if wanted[:1].islower() and written[:1].isupper():
        return wanted[:1].upper() + wanted[1:]
    return wanted


_TERM_CACHE: weakref.WeakKeyDictionary[Glossary, dict[str, tuple[int, TermNearMissIndex]]] = (
    weakref.WeakKeyDictionary()
)


def term_near_miss_index(glossary: Glossary, locale: str) -> TermNearMissIndex:
    """The whole-term near-miss index of ``glossary`` in ``locale`` (built once, then cached)."""
    per_locale = _TERM_CACHE.setdefault(glossary, {})
    revision = getattr(glossary, "revision", 0)
    cached = per_locale.get(locale)
    if cached is not None and cached[0] == revision:
        return cached[1]
    forms: list[tuple[Entry, str]] = []
    for entry in glossary:
        if entry.kind in _TERM_KINDS and (term := entry.term(locale)) is not None:
            forms += [(entry, form) for form in term.accepted if form.isascii()]
        elif entry.kind in _NAME_TERM_KINDS and (term := entry.term(locale)) is not None:
            # a company as running text names it too: without its legal form
            # ('Sakuragawa Bank' of 'Sakuragawa Bank, Ltd.')
            named = (*term.accepted, *without_legal_form(term.accepted))
            forms += [
                (entry, form)
                for form in dict.fromkeys(named)
                if form.isascii() and len(LATIN_WORD.findall(form)) > 1
            ]
    # tens of thousands of small sets and tuples, none of them garbage: keep the cyclic
    # collector from scanning the whole glossary again and again meanwhile
    enabled = gc.isenabled()
    gc.disable()
    try:
        index = TermNearMissIndex(forms, glossary, locale)
    finally:
        if enabled:
            gc.enable()
    per_locale[locale] = (revision, index)
    return index
