"""prlocalize.rules.hangul_term_slips
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A short Hangul word of a glossary brand, term, place or organisation written with one
letter (jamo) slipped, for PR102: '조라비야' for the brand '조라비아', '조레티닢' for the
drug '조레티닙', '가나자워' in '쓰루기 가나자워 FC'. The near-miss index reads Hangul
words of five syllables and more, and judges a name of one word alone only from six
(``names._LONE_HANGUL``): a word of three to five syllables has too many neighbours
among Korean words ('김해서', Gimhae and the particle 서, is one letter from '김해시').

So, as for a person's name (``name_slips``), a slip counts only where the release also
writes the glossary's word as it should: the same release naming two things one letter
apart is far rarer than a slip. The first syllable is never the slipped one, and the last
not where it makes an ending or a particle ('…시' read '…서', '…원' read '…은'); the
glossary's own words are never slips.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.glossary.model import Entry, Glossary, Kind
from prlocalize.hangul import jamo
from prlocalize.rules.kanji_names import Slip
from prlocalize.rules.name_slips import KO_PARTICLE_END, written_whole

_KINDS = frozenset({Kind.BRAND, Kind.TERM, Kind.PLACE, Kind.ORG})
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")
_SYLLABLES = range(3, 6)  # of a word judged here (longer names are the word index's)
# syllables that end a Korean word or follow a noun: a name's last syllable changed into
# one makes another word ('김해서', '연구원은')
_ENDINGS = frozenset(
    "은는이가을를의에와과도로만께서"
    "계들상적간별용측내외형식화성력감체층인안비사세차치장권전자제품대법론학역청처부원소국"
    "과실단회관팀업금류월일"
)
_LEGAL_WORDS = frozenset({"주식회사", "유한회사", "재단법인", "사단법인"})
_SIGNS = "®™℠"  # the trademark signs a brand's form may end with ('스타폴 크로니클™')


@dataclass(frozen=True, slots=True)
class _Word:
    word: str  # a Hangul word of a glossary form, as written there
    entry: Entry


class HangulTermSlipIndex:
    """The short Hangul words of a glossary's brands, terms, places and organisations."""

    def __init__(self, words: dict[tuple[str, int], list[_Word]], known: frozenset[str]):
        self.words = words  # (first syllable, syllables) → words
        self.known = known  # every Hangul word of the glossary's Korean forms

    def __bool__(self) -> bool:
        return bool(self.words)

    def slips(self, text: str, release: str) -> Iterator[Slip]:
        """The slipped words of ``text``, a segment of ``release`` (its whole text)."""
        for run in _HANGUL_RUN.finditer(text):
            word = run.group()
            for size in range(min(_SYLLABLES.stop - 1, len(word)), _SYLLABLES.start - 1, -1):
                candidates = self.words.get((word[0], size))
                if not candidates:
                    continue
                written, rest = word[:size], word[size:]
                if written in self.known or (rest and KO_PARTICLE_END.match(rest) is None):
                    continue
                fits = tuple(
                    sorted(
                        {
                            c.word
                            for c in candidates
                            if _slipped(written, c.word) and written_whole(c.word, release)
                        }
                    )
                )
                if fits:
                    yield Slip(run.start(), run.start() + size, written, fits)
                    break


def _slipped(written: str, wanted: str) -> bool:
    """One letter of one syllable changed, not in the first syllable, nor in the last
    where that makes an ending ('김해서' for '김해시')."""
    diff = [i for i, (a, b) in enumerate(zip(written, wanted, strict=True)) if a != b]
    if len(diff) != 1 or diff[0] == 0:
        return False
    i = diff[0]
    if i == len(written) - 1 and written[i] in _ENDINGS:
        return False
    return sum(x != y for x, y in zip(jamo(written[i]), jamo(wanted[i]), strict=True)) == 1


_INDEXES: weakref.WeakKeyDictionary[Glossary, HangulTermSlipIndex] = weakref.WeakKeyDictionary()


def hangul_term_slip_index(glossary: Glossary) -> HangulTermSlipIndex:
    """The index of ``glossary``'s Korean words (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    words: dict[tuple[str, int], list[_Word]] = {}
    known: set[str] = set()
    for entry in glossary:
        term = entry.term("ko")
        if term is None:
            continue
        for form in (*term.accepted, *term.forbidden):
            known.update(_HANGUL_RUN.findall(form))
        if entry.kind not in _KINDS:
            continue
        for form in term.accepted:
            for word in form.split():
                word = word.rstrip(_SIGNS)  # a brand's sign is no part of its word
                if word in _LEGAL_WORDS or not _HANGUL_RUN.fullmatch(word):
                    continue
                if len(word) in _SYLLABLES:
                    words.setdefault((word[0], len(word)), []).append(_Word(word, entry))
    index = _INDEXES[glossary] = HangulTermSlipIndex(words, frozenset(known))
    return index
