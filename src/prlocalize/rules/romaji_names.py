"""prlocalize.rules.romaji_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Japanese name in Latin letters romanized another way than the glossary's (for PR102):
'Satoh', 'Satou' or 'Satō' for 'Sato', 'Ohno' for 'Ono', 'Homma' for 'Honma', 'Tuda'
for 'Tsuda'. Japanese passports, company sites and newspapers write long vowels and
some sounds each their own way, so one person's name reaches a release in several
spellings; they sound the same and are too short for an edit-distance check (a name
word of four or five letters has too many real neighbours: 'Sato', 'Saito').

A word is reported only where it reads exactly like a word of a glossary name once
long vowels, 'm' before b/p/m and Kunrei-shiki spellings are folded, is not itself a
form the glossary knows (right or wrong), and stands next to another word of that same
name written as the glossary writes it ('Kenji Satoh'): 'Satoh' alone may be another
person.

A Korean family name spelt another way ('Lee' or 'Yi' for the sheet's 'Rhee', 'Pak'
for 'Park': prlocalize.rules.korean_family_spellings) is judged the same way, beside a
word of that person's given name, where no glossary name writes that spelling beside it
('Lee Min-jun' and 'Rhee Jung-hoon' are two people of one sheet).

A place the glossary writes in one word is judged alone where the release marks its
long vowels with macrons or circumflexes ('Kyūshū', 'Tôhoku' for 'Kyushu', 'Tohoku'):
the mark says the same name in the same system, so it is the house style the sheet
decides, not another place. Not a name of four letters or fewer once the marks are
folded ('Ōno' and 'Ono' are two towns), nor one inside a quoted title or a title in
italics, which keeps its owner's spelling ('the exhibition "Tōhoku: Roads North"',
'*Tōhoku Diaries*'). A vowel written out
('Touhoku') stays with the rule above: 'ou' and 'oo' are also two vowels ('Kouchi').
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections.abc import Iterator, Sequence

from prlocalize.glossary.model import Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip
from prlocalize.rules.korean_family_spellings import KOREAN_FAMILY_KEY

# (of two letters too, for a Korean family name: 'Yi', 'Jo', 'Ko')
_WORD = lazy_compile(r"[A-Za-zĀāĒēĪīŌōŪūÂâÊêÎîÔôÛû]{2,}")
_NAME_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.BRAND, Kind.PLACE})
_MACRONS = str.maketrans("āēīōūâêîôû", "aeiouaeiou")
# Kunrei-shiki (and Nihon-shiki) spellings, as Hepburn writes them
_KUNREI = (
    (lazy_compile(r"sy(?=[auo])"), "sh"),
    (lazy_compile(r"ty(?=[auo])"), "ch"),
    (lazy_compile(r"zy(?=[auo])"), "j"),
    (lazy_compile(r"(?<![sc])si"), "shi"),
    (lazy_compile(r"(?<![sc])ti"), "chi"),
    (lazy_compile(r"(?<![st])tu"), "tsu"),
    (lazy_compile(r"(?<![sc])hu"), "fu"),
    (lazy_compile(r"zi"), "ji"),
)
# a long o or u written out: 'Satou', 'Satoh', 'Oota', 'Yuuki' (not before a vowel:
# 'Ohara' and 'Inoue' keep their letters)
_LONG_O = lazy_compile(r"o[ouh](?![aeiouy])")
_LONG_U = lazy_compile(r"uu")
_M_BEFORE = lazy_compile(r"m(?=[bpm])")
_MARKED = frozenset("ĀāĒēĪīŌōŪūÂâÊêÎîÔôÛû")
_SHORTEST_ALONE = 5  # letters of a marked place judged alone ('Hyōgo'; not 'Ōta')
_OPEN_QUOTES = "\"“‘'「『"
_CLOSE_QUOTES = "\"”’'」』"
_QUOTE_PAIR = dict(zip(_OPEN_QUOTES, _CLOSE_QUOTES, strict=True))
# the end of a sentence or a clause inside quotation marks: speech, not a title
_SPOKEN = frozenset(".,!?;…。、")


# A glossary's names share their words (a family name in hundreds of rows): building the
# index of 10,000 rows keyed some 20,000 words, of which 7,000 differ
@functools.lru_cache(maxsize=1 << 16)
def romaji_key(word: str) -> str:
    """What ``word`` sounds like as a Japanese name in Latin letters (a Korean family
    name's spellings share one key)."""
    korean = KOREAN_FAMILY_KEY.get(word.casefold())
    if korean is not None:
        return "korean:" + korean
    key = unicodedata.normalize("NFC", word).casefold().translate(_MACRONS)
    for pattern, hepburn in _KUNREI:
        key = pattern.sub(hepburn, key)
    key = _LONG_O.sub("o", key)
    key = _LONG_U.sub("u", key)
    return _M_BEFORE.sub("n", key)


class RomajiIndex:
    """The Latin words of the glossary's names in one locale, by what they sound like."""

    def __init__(
        self,
        by_key: dict[str, set[str]],
        known: set[str],
        companions: dict[str, frozenset[str]],
        places: frozenset[str] = frozenset(),
    ) -> None:
        self.by_key = by_key
        self.known = known  # every word of a glossary form (case-folded), wrong ones too
        self.companions = companions  # a name's word → the other words of its names
        self.places = places  # the glossary's places of one word (case-folded)

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def slips(self, text: str, titles: Sequence[tuple[int, int]] = ()) -> Iterator[Slip]:
        """Each word of ``text`` that reads like a word of a glossary name but is spelt
        otherwise, next to another word of that name (a place with its long vowels
        marked alone too, outside the ``titles`` spans: a work's title in italics)."""
        words = list(_WORD.finditer(text))
        for n, match in enumerate(words):
            written = match.group()
            folded = written.casefold()
            korean = folded in KOREAN_FAMILY_KEY
            if not written[:1].isupper() or (folded in self.known and not korean):
                continue
            if len(written) < 3 and not korean:
                continue  # (two letters: a Korean family name's only)
            found = self.by_key.get(romaji_key(written))
            if not found:
                continue
            nearby = {
                words[i].group().casefold()
                for i in (n - 1, n + 1)
                if 0 <= i < len(words) and _adjacent(text, words[min(i, n)], words[max(i, n)])
            }
            if korean and self.companions.get(folded, set()) & nearby:
                continue  # a glossary name spelt so ('Lee Min-jun' beside 'Rhee Jung-hoon')
            fits = [f for f in found if self.companions.get(f.casefold(), set()) & nearby]
            if not fits and _MARKED.intersection(written) and not _inside(match, titles):
                fits = [f for f in found if self._marked_place(f, text, match)]
            # in the case the text writes names in ('SATOH Kenji': 'SATO')
            approved = tuple(sorted(f.upper() if written.isupper() else f for f in fits))
            if approved:
                yield Slip(match.start(), match.end(), written, approved)

    def _marked_place(self, approved: str, text: str, match: re.Match[str]) -> bool:
        """Whether ``match``, a word with macrons or circumflexes, is the glossary's place
        ``approved`` of one word, long enough to be no other, outside a quoted title."""
        return (
            approved.casefold() in self.places
            and len(approved) >= _SHORTEST_ALONE
            and not in_quoted_title(text, match.start(), match.end())
        )


def _inside(match: re.Match[str], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= match.start() and match.end() <= b for a, b in spans)


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside quotation marks that close on no sentence or
    clause end: a title ('"Tōhoku and Kyūshū: Roads of Hot Springs"'), not speech."""
    for at in range(start - 1, -1, -1):
        mark = text[at]
        if mark in "'’" and at > 0 and text[at - 1].isalpha():
            continue  # an apostrophe ('Japan's'), no quotation mark
        if mark in "”」』" or (mark == '"' and text.count('"', 0, at) % 2):
            return False  # the closing mark of an earlier quotation
        close = _QUOTE_PAIR.get(mark)
        if close is None:
            continue
        stop = text.find(close, end)
        return stop >= 0 and text[:stop].rstrip()[-1:] not in _SPOKEN
    return False


def _adjacent(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Only a space between the two words ('Kenji Satoh', 'SATOH Kenji'): after a comma
    the next word may begin another name ('Kenji, Satoh and Ono')."""
    return text[first.end() : second.start()] in (" ", "\u00a0")


_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, RomajiIndex]] = weakref.WeakKeyDictionary()


def romaji_name_index(glossary: Glossary, locale: str) -> RomajiIndex:
    """The index of the Latin words in ``glossary``'s names in ``locale`` (made once)."""
    per_locale = _INDEXES.setdefault(glossary, {})
    index = per_locale.get(locale)
    if index is None:
        by_key: dict[str, set[str]] = {}
        known: set[str] = set()
        companions: dict[str, set[str]] = {}
        places: set[str] = set()
        for entry in glossary:
            term = entry.term(locale)
            if term is None:
                continue
            for form in (*term.accepted, *term.forbidden):
                known.update(w.group().casefold() for w in _WORD.finditer(form))
            if entry.kind not in _NAME_KINDS:
                continue
            for form in term.accepted:
                words = [w.group() for w in _WORD.finditer(form)]
                for word in words:
                    if len(word) > 2 or word.casefold() in KOREAN_FAMILY_KEY:
                        by_key.setdefault(romaji_key(word), set()).add(word)
                    others = {w.casefold() for w in words} - {word.casefold()}
                    companions.setdefault(word.casefold(), set()).update(others)
                if entry.kind is Kind.PLACE and len(words) == 1 and words[0] == form:
                    places.add(form.casefold())
        index = per_locale[locale] = RomajiIndex(
            by_key, known, {k: frozenset(v) for k, v in companions.items()}, frozenset(places)
        )
    return index
