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

import re
import weakref
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from prlocalize.glossary.model import Glossary, Kind

# the words of a name, for telling which name a near miss sits in
TOKEN_RE = re.compile(r"[A-Za-z]+|[\u30a1-\u30fa\u30fc]+|[\u3400-\u9fff]+|[\uac00-\ud7a3]+")
_NAME_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.BRAND})
# words of a script that is written with spaces or in long katakana runs
WORD_RE = re.compile(r"[A-Za-z]{6,}|[\u30a1-\u30fa\u30fc]{6,}|[\uac00-\ud7a3]{5,}")


@dataclass
class NearMissIndex:
    words: dict[str, str]  # case-folded → as written in the glossary
    # words found only in names (people, organisations, places, brands) → the other
    # words of those names: 'Nagano' is a misspelling only next to 'Keisuke' (since
    # 'Nakano' is another person), 'Otsuki' only next to 'Pharmaceutical'
    companions: dict[str, frozenset[str]] = field(default_factory=dict)
    buckets: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    memo: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word → candidates
    _lengths: set[tuple[str, int]] = field(default_factory=set)  # (first letter, length ± 1)

    def __post_init__(self) -> None:
        for key in self.words:
            self.buckets.setdefault(_bucket(key, len(key)), []).append(key)
            for length in (len(key) - 1, len(key), len(key) + 1):
                self._lengths.add((key[:1], length))

    def __len__(self) -> int:
        return len(self.words)

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
                if other.startswith(key) or key.startswith(other):
                    continue  # an inflection or an attached particle, not a typo
                if OSA.distance(key, other, score_cutoff=1) > 1:
                    continue
                if _inflected(key, other) and other not in self.companions:
                    continue  # names do not inflect
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
    for entry in glossary:
        term = entry.term(locale)
        forms: tuple[str, ...] = term.accepted if term is not None else ()
        if not forms and entry.dnt:
            forms = tuple(t.text for t in entry.forms.values() if t.text)
        for form in forms:
            parts = {p.casefold() for p in TOKEN_RE.findall(form)}
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
    index = NearMissIndex(words, companions)
    per_locale[locale] = (revision, index)
    return index
