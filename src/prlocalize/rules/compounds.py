"""prlocalize.rules.compounds
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The glossary's compounds keyed without their spaces and hyphens, so that
'nextgeneration', 'next generation' and 'next-generation' all find the entry.
Shared by PR304 (which owns these forms) and PR103 (which leaves them to PR304).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

from prlocalize.glossary.model import Glossary, Kind, Term
from prlocalize.lazy_patterns import lazy_compile

_SEPARATORS = lazy_compile(r"[\s\-\u2010\u2011]+")
_WORD = lazy_compile(r"[^\W_]+")
# kana, kanji and Hangul: a Latin name ends where they start ('KurenaiIDで', 'KurenaiID를'),
# as Japanese and Korean write a particle or the next word right after it
CJK_LETTERS = (
    "\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uac00-\ud7a3\uff66-\uff9f"
)
_CJK_LETTER = lazy_compile(f"[{CJK_LETTERS}]")
_MIN_KEY = 6
MAX_PARTS = 4  # words of a common compound ('next-generation', 'bio-ecosystem')
MAX_NAME_PARTS = 8  # words of a name kept to one spelling ('Ministry of SMEs and Startups')
# kinds whose multi-word forms are fixed names: each word is written one way only
_NAME_KINDS = frozenset({Kind.TITLE, Kind.ORG, Kind.PLACE, Kind.BRAND})


def fold_compound(text: str) -> str:
    """``text`` case-folded without spaces and hyphens."""
    return _SEPARATORS.sub("", text).casefold()


def differs_only_in_separators(a: str, b: str) -> bool:
    """'nextgeneration' and 'next-generation' (not 'Youtube' and 'YouTube': that is case)."""
    return a.casefold() != b.casefold() and fold_compound(a) == fold_compound(b)


@dataclass
class _Compound:
    approved: str
    accepted: set[str] = field(default_factory=set)  # case-folded, separators kept
    forbidden: set[str] = field(default_factory=set)
    words_only: bool = False  # a name with no compound forms: only a word's separators count
    # judged only when written with a hyphen: names with no compound forms of their own,
    # and names longer than MAX_PARTS words (a cheap gate for the common case)
    gated: bool = False
    # an organisation's, brand's or place's name of a few words or of capitalised parts
    # ('Sakura Bank', 'SkyLedger'): written with its letters and capitals but other
    # spaces or hyphens ('SakuraBank', 'Sky Ledger', 'Care-Loop') it is misspelt
    name: bool = False
    # a brand's, organisation's or place's name with a hyphen of its own ('WIND-LAYER
    # Coat'): written with a space there, letters and capitals kept, it is misspelt
    hyphenated_name: bool = False


@dataclass
class CompoundIndex:
    entries: dict[str, _Compound]
    keys: frozenset[str]
    max_parts: int
    starts: frozenset[str] = frozenset()  # keys and first words (case-folded) of forms
    automaton: Any = None  # pyahocorasick over ``starts`` and ``keys``
    # first words of names longer than ``max_parts`` -> the words a compound may span there
    reach: dict[str, int] = field(default_factory=dict)

    def word_starts(self, text: str) -> set[int]:
        """Offsets of the words of ``text`` that are a key or the first word of a compound."""
        if self.automaton is None:
            return set()
        low = text.lower()
        if len(low) != len(text):
            return {m.start() for m in _WORD.finditer(text)}  # rare: fall back to every word
        found: set[int] = set()
        hyphen = "-" in text
        for end, (length, name_only) in self.automaton.iter(low):
            if name_only and not hyphen:
                continue  # gated compounds are judged only when written with a hyphen
            start = end - length + 1
            if (start == 0 or not _continues(text[start - 1], text[start])) and (
                end + 1 == len(text)
                or not _continues(text[end], text[end + 1])
                # the next word of the name run on with its capital ('AozoraHanul Logistics')
                or (text[end].islower() and text[end + 1].isupper())
            ):
                found.add(start)
        return found

    def judge(self, key: str, found: str) -> tuple[str, bool] | None:
        """(approved form, fix is safe) when ``found`` misspells the compound, else None."""
        compound = self.entries[key]
        written = found.casefold()
        if written in compound.accepted:
            return None
        if not _passes_gate(compound, found):
            return None
        if written in compound.forbidden:
            return compound.approved, True
        if compound.name:
            return _misspelt_name(compound.approved, found)
        if " " in compound.approved and found.count(" ") == compound.approved.count(" "):
            # the same words with a hyphen added or dropped inside one ('Start-ups' in a
            # name whose glossary form has 'Startups')
            return compound.approved, False
        # ('WIND LAYER Coat' for 'WIND-LAYER Coat')
        if compound.hyphenated_name and _SEPARATORS.sub(" ", found) == _SEPARATORS.sub(
            " ", compound.approved
        ):
            return compound.approved, False
        if compound.words_only:
            return None
        has_space = " " in found
        has_hyphen = "-" in found
        approved_separated = _SEPARATORS.search(compound.approved) is not None
        if not has_space and not has_hyphen:  # closed
            return (compound.approved, True) if approved_separated else None
        if has_hyphen and not has_space:
            return compound.approved, False
        if found.count("-") > compound.approved.count("-") and _SEPARATORS.sub(
            " ", written
        ) == _SEPARATORS.sub(" ", compound.approved.casefold()):
            # a space of a longer term hyphenated ('non-small-cell lung cancer'); an open
            # form is left alone, as below
            return compound.approved, False
        # open: English writes compound nouns open, and an open form of a closed term is
        # often another phrase ('to start up a plant', 'a round table'): only forbidden
        # open forms (handled above) are reported
        return None


def _continues(before: str, after: str) -> bool:
    """Whether letter ``after`` goes on with the word that ``before`` is in: both letters or
    digits, of one side of the Latin/CJK divide."""
    return (
        before.isalnum()
        and after.isalnum()
        and (_CJK_LETTER.match(before) is None) == (_CJK_LETTER.match(after) is None)
    )


def _misspelt_name(approved: str, found: str) -> tuple[str, bool] | None:
    """(approved, fix is safe) when ``found`` has a name's letters with other separators:
    glued with the name's capitals ('MediTrackPro', 'SakuraBank') is certain; split or
    hyphenated into capitalised words ('Sky Ledger', 'Care-Loop', 'Yokohama Minatomirai')
    is suggested. Not otherwise cased ('Bluesky' for 'Blue Sky', 'sky ledger'): that may
    be another word or a phrase."""
    if found == approved:
        return None
    if _SEPARATORS.search(found) is None:  # glued: the capitals say where the words were
        if found != _SEPARATORS.sub("", approved):
            return None
        return approved, _SEPARATORS.search(approved) is not None
    # split or hyphenated: each word capitalised, as a name's ('Yokohama Minatomirai')
    if not all(word[:1].isupper() for word in _WORD.findall(found)):
        return None
    return approved, False


_CAMEL = lazy_compile(r"[a-z][A-Z]")  # 'SkyLedger', 'MediTrack': parts a writer may split


_CACHE: weakref.WeakKeyDictionary[Glossary, dict[str, tuple[int, CompoundIndex]]] = (
    weakref.WeakKeyDictionary()
)


def compound_index(glossary: Glossary, locale: str) -> CompoundIndex:
    per_locale = _CACHE.setdefault(glossary, {})
    revision = getattr(glossary, "revision", 0)
    cached = per_locale.get(locale)
    if cached is not None and cached[0] == revision:
        return cached[1]
    index = _build(glossary, locale)
    per_locale[locale] = (revision, index)
    return index


def _build(glossary: Glossary, locale: str) -> CompoundIndex:
    entries: dict[str, _Compound] = {}
    # names with no compound forms of their own, or too long: judged only where one of
    # their words is a compound (below), so looked at only when the glossary has any
    names: list[tuple[str, Term, bool, bool]] = []  # form, its term, wanted, long_name
    for entry in glossary:
        if entry.kind is Kind.PERSON:
            continue  # glued names are PR101's
        term = entry.term(locale)
        if term is None or not term.text or not term.text.isascii():
            continue
        if term.variants or term.forbidden:
            forms = (term.text, *term.variants, *term.forbidden)
            # hyphenated compounds, and forms the glossary says differ only in separators
            wanted = any("-" in f for f in forms) or any(
                differs_only_in_separators(f, other) for f in forms for other in forms
            )
        else:  # the usual entry: one form, which differs from itself in nothing
            forms = (term.text,)
            wanted = "-" in term.text
        kind_names = entry.kind in _NAME_KINDS
        for form in (term.text, *term.variants):
            # a multi-word name is one spelling, word by word; longer ones are the matcher's
            name = kind_names and " " in form
            spelt = _spelt_name(entry.kind, form)
            if spelt and len(_WORD.findall(form)) <= MAX_PARTS:
                key = fold_compound(form)
                if len(key) >= _MIN_KEY and key not in entries:
                    entries[key] = _compound(form, term, key, True, False)
                    entries[key].name = True
                continue
            if not name and (not wanted or len(form.split()) > MAX_PARTS):
                continue
            long_name = name and len(form.split()) > MAX_PARTS
            if not wanted or long_name:
                names.append((form, term, wanted, long_name))
                continue
            if name and len(_WORD.findall(form)) > MAX_NAME_PARTS:
                continue
            key = fold_compound(form)
            if len(key) < _MIN_KEY or key in entries:
                continue
            entries[key] = _compound(form, term, key, wanted, long_name)
            entries[key].hyphenated_name = kind_names and "-" in form
    # a gated name is judged only when one of its words is a compound the glossary spells
    # two ways ('Startups', also 'start-ups'): inside the name only its own spelling is right
    compounds = set(entries)
    for form, term, wanted, long_name in names if compounds else ():
        words = _WORD.findall(form)
        if len(words) > MAX_NAME_PARTS or compounds.isdisjoint(w.casefold() for w in words):
            continue
        key = fold_compound(form)
        if len(key) < _MIN_KEY or key in entries:
            continue
        entries[key] = _compound(form, term, key, wanted, long_name)
    name_only: dict[str, bool] = {}  # start word or key -> only gated compounds
    for key, compound in entries.items():
        forms = (compound.approved.casefold(), *compound.accepted, *compound.forbidden)
        firsts = {key, *(_SEPARATORS.split(form, maxsplit=1)[0] for form in forms)}
        camel = _CAMEL.search(compound.approved) if compound.name else None
        if camel is not None:  # 'Sky Ledger', 'Care-Loop' for 'SkyLedger', 'CareLoop'
            firsts.add(compound.approved[: camel.start() + 1].casefold())
        # its first words run together: a word of its own where the name is in capitals,
        # whose glued words no case change marks ('SEOYOONHAN STUDIO', 'WINDLAYER Coat')
        words = _SEPARATORS.split(compound.approved.casefold())
        firsts.update("".join(words[:count]) for count in range(2, len(words)))
        for word in firsts:
            name_only[word] = name_only.get(word, True) and compound.gated
    starts = frozenset(name_only)
    automaton = None
    if name_only:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for word, only in name_only.items():
            if word:
                automaton.add_word(word, (len(word), only))
        automaton.make_automaton()
    reach: dict[str, int] = {}
    for compound in entries.values():
        # + 1: a word of a name that the release splits with a hyphen ('Start-ups') counts twice
        parts = len(_WORD.findall(compound.approved)) + 1
        if parts > MAX_PARTS:
            first = _SEPARATORS.split(compound.approved.casefold(), maxsplit=1)[0]
            reach[first] = max(reach.get(first, MAX_PARTS), parts)
    return CompoundIndex(entries, frozenset(entries), MAX_PARTS, starts, automaton, reach)


def _spelt_name(kind: Kind, form: str) -> bool:
    """Whether ``form`` is a name spelt one way with its separators: an organisation's,
    brand's or place's, of capitalised words ('Sakura Bank', 'Yokohama Minato Mirai') or
    of capitalised parts ('SkyLedger'); not a title, whose words are common words."""
    if kind not in {Kind.ORG, Kind.BRAND, Kind.PLACE} or "-" in form:
        return False  # (a hyphenated name is a compound the usual way)
    words = _WORD.findall(form)
    if len(words) > 1:
        return all(word[:1].isupper() for word in words)
    return _CAMEL.search(form) is not None


def _compound(form: str, term: Term, key: str, wanted: bool, long_name: bool) -> _Compound:
    compound = _Compound(
        form,
        {f.casefold() for f in (term.text, *term.variants)},
        words_only=not wanted,
        gated=not wanted or long_name,
    )
    compound.forbidden.update(f.casefold() for f in term.forbidden if fold_compound(f) == key)
    return compound


def _passes_gate(compound: _Compound, found: str) -> bool:
    """Whether a gated compound is judged at all: written with a hyphen and capitalised
    as the name is ('a ministry of SMEs and start-ups' is a phrase, not the name)."""
    if not compound.gated:
        return True
    return "-" in found and found[:1].isupper() == compound.approved[:1].isupper()


def owns(glossary: Glossary, locale: str, text: str) -> bool:
    """Whether PR304 judges ``text`` (a form differing from a glossary form in separators)."""
    compound = compound_index(glossary, locale).entries.get(fold_compound(text))
    return compound is not None and _passes_gate(compound, text)
