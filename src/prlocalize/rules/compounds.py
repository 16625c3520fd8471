"""prlocalize.rules.compounds
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The glossary's compounds keyed without their spaces and hyphens, so that
'nextgeneration', 'next generation' and 'next-generation' all find the entry.
Shared by PR304 (which owns these forms) and PR103 (which leaves them to PR304).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any

from prlocalize.glossary.model import Glossary, Kind

_SEPARATORS = re.compile(r"[\s\-\u2010\u2011]+")
_WORD = re.compile(r"[^\W_]+")
_MIN_KEY = 6
MAX_PARTS = 4


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


@dataclass
class CompoundIndex:
    entries: dict[str, _Compound]
    keys: frozenset[str]
    max_parts: int
    starts: frozenset[str] = frozenset()  # first words (case-folded) of separated forms
    automaton: Any = None  # pyahocorasick over ``starts`` and ``keys``

    def word_starts(self, text: str) -> set[int]:
        """Offsets of the words of ``text`` that are a key or the first word of a compound."""
        if self.automaton is None:
            return set()
        low = text.lower()
        if len(low) != len(text):
            return {m.start() for m in _WORD.finditer(text)}  # rare: fall back to every word
        found: set[int] = set()
        for end, length in self.automaton.iter(low):
            start = end - length + 1
            if (start == 0 or not text[start - 1].isalnum()) and (
                end + 1 == len(text) or not text[end + 1].isalnum()
            ):
                found.add(start)
        return found

    def judge(self, key: str, found: str) -> tuple[str, bool] | None:
        """(approved form, fix is safe) when ``found`` misspells the compound, else None."""
        compound = self.entries[key]
        written = found.casefold()
        if written in compound.accepted:
            return None
        if written in compound.forbidden:
            return compound.approved, True
        has_space = " " in found
        has_hyphen = "-" in found
        approved_separated = _SEPARATORS.search(compound.approved) is not None
        if not has_space and not has_hyphen:  # closed
            return (compound.approved, True) if approved_separated else None
        if has_hyphen and not has_space:
            return compound.approved, False
        # open: English writes compound nouns open, so only a closed approved form counts
        return (compound.approved, False) if not approved_separated else None


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
    for entry in glossary:
        if entry.kind is Kind.PERSON:
            continue  # glued names are PR101's
        term = entry.term(locale)
        if term is None or not term.text or not term.text.isascii():
            continue
        forms = (term.text, *term.variants, *term.forbidden)
        # hyphenated compounds, and forms the glossary says differ only in separators;
        # multi-word names ('Japan Pharmaceutical ...') are left to the matcher
        wanted = any("-" in f for f in forms) or any(
            differs_only_in_separators(f, other) for f in forms for other in forms
        )
        if not wanted or len(term.text.split()) > MAX_PARTS:
            continue
        key = fold_compound(term.text)
        if len(key) < _MIN_KEY or key in entries:
            continue
        compound = _Compound(term.text)
        compound.accepted.update(f.casefold() for f in (term.text, *term.variants))
        compound.forbidden.update(f.casefold() for f in term.forbidden if fold_compound(f) == key)
        entries[key] = compound
    starts = frozenset(
        _SEPARATORS.split(form.casefold(), maxsplit=1)[0]
        for compound in entries.values()
        for form in (compound.approved.casefold(), *compound.accepted, *compound.forbidden)
    )
    automaton = None
    words = starts | set(entries)
    if words:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for word in words:
            if word:
                automaton.add_word(word, len(word))
        automaton.make_automaton()
    return CompoundIndex(entries, frozenset(entries), MAX_PARTS, starts, automaton)
