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
A consonant made tense ('삿뽀로' for '삿포로', '후쿠오까' for '후쿠오카') needs no such
witness: it is the spelling of foreign names the loanword orthography replaced, and
makes no Korean word of a transliterated name. Nor does a Japanese name's first sound
made aspirated ('큐슈', '토야마' for '규슈', '도야마', of two syllables too), where the
glossary's Latin form shows the name keeps a voiceless sound there ('Kyushu', 'Toyama'),
which the orthography writes lax at a word's start (Korean's own names are romanized
'Gimhae', 'Daegu'), nor ツ written 츠 or 쯔 for 쓰 ('이츠쿠시마' for '이쓰쿠시마').

A person's name of two words or more in Hangul ('가가미 다이스케', '잉그리드 솔하임': a
Japanese or Western name, which Korean spaces) is judged the same way, a word beside
the rest of the name as the glossary writes it ('가가미 다이스키', '잉그리드 솔헤임'; two
neighbouring syllables or their initials typed in the other order, '기요사와 하투로' for
'기요사와 하루토', '모리시타 레니아' for '모리시타 레이나', as typing mixes them), but
only where the release also writes the name right: a family shares its name, and
'가가미 유키' beside '가가미 유카' may be the sister.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.glossary.model import Entry, Glossary, Kind
from prlocalize.hangul import aspirated, is_syllable, jamo, one_letter_apart, tensed
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip
from prlocalize.rules.name_slips import KO_PARTICLE_END, written_whole

_KINDS = frozenset({Kind.BRAND, Kind.TERM, Kind.PLACE, Kind.ORG})
_HANGUL_RUN = lazy_compile("[\uac00-\ud7a3]+")
_SYLLABLES = range(3, 6)  # of a word judged here (longer names are the word index's)
# syllables that end a Korean word or follow a noun: a name's last syllable changed into
# one makes another word ('김해서', '연구원은')
_ENDINGS = frozenset(
    "은는이가을를의에와과도로만께서"
    "계들상적간별용측내외형식화성력감체층인안비사세차치장권전자제품대법론학역청처부원소국"
    "과실단회관팀업금류월일"
)
# tense syllables that end a Korean word or follow a noun ('김해씨', '부산쯤')
_TENSE_ENDINGS = frozenset("씨께쯤껏뿐꼴쪽째짜")
_LEGAL_WORDS = frozenset({"주식회사", "유한회사", "재단법인", "사단법인"})
_SIGNS = "®™℠"  # the trademark signs a brand's form may end with ('스타폴 크로니클™')
# a Japanese name's first consonant in Latin letters, by the lax Hangul initial the
# loanword orthography writes for it at a word's start (jamo index: ㄱ, ㄷ, ㅂ, ㅈ)
_VOICELESS_LATIN = {0: ("k",), 3: ("t",), 7: ("p",), 12: ("ch",)}
_TSU, _OLD_TSU = "쓰", frozenset("츠쯔")
# aspirated initial → the lax one the orthography writes at a name's start (ㅋ → ㄱ,
# ㅌ → ㄷ, ㅍ → ㅂ, ㅊ → ㅈ)
_LAX = {15: 0, 16: 3, 17: 7, 14: 12}


@dataclass(frozen=True, slots=True)
class _Word:
    word: str  # a Hangul word of a glossary form, as written there
    entry: Entry


class HangulTermSlipIndex:
    """The short Hangul words of a glossary's brands, terms, places and organisations."""

    def __init__(
        self,
        words: dict[tuple[str, int], list[_Word]],
        known: frozenset[str],
        named: dict[str, list[tuple[tuple[str, ...], int]]],
        persons: dict[str, list[tuple[tuple[str, ...], int]]],
        transcribed: dict[str, list[tuple[str, bool]]] | None = None,
    ):
        self.words = words  # (first syllable, syllables) → words
        # a Japanese name's Hangul word by its older spelling's key → (the word, whether
        # its Latin form starts with a voiceless sound)
        self.transcribed = transcribed or {}
        self._firsts = frozenset(key[0] for key in self.transcribed)
        self.known = known  # every Hangul word of the glossary's Korean forms
        # each word of a name of two words or more → (the name's words, its place there)
        self.named = named
        self.persons = persons  # the same, of persons' names

    def __bool__(self) -> bool:
        return bool(self.words or self.named or self.persons or self.transcribed)

    def slips_in_names(self, text: str) -> Iterator[Slip]:
        """Names of two words or more written with a letter of one Hangul word slipped,
        the other words as the glossary writes them ('별이 내리는 향구' for the film '별이
        내리는 항구', '미드나이트 카로셀'): beside the rest of its name a word of any length
        and any syllable is judged, as no other word stands there."""
        return _slips_beside(text, self.named, self.known, None)

    def slips_in_persons(self, text: str, release: str) -> Iterator[Slip]:
        """Persons' names of two words or more slipped so ('가가미 다이스키' for '가가미
        다이스케'), where ``release`` also writes the name as the glossary does."""
        return _slips_beside(text, self.persons, self.known, release)

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
                            if (_slipped(written, c.word) and written_whole(c.word, release))
                            or _tense_spelling(written, c.word)
                        }
                    )
                )
                if fits:
                    yield Slip(run.start(), run.start() + size, written, fits)
                    break
            else:
                if self.transcribed:
                    slip = self._old_spelling(run)
                    if slip is not None:
                        yield slip

    def _old_spelling(self, run: re.Match[str]) -> Slip | None:
        """The name that ``run`` (a Hangul word) writes in the spelling the loanword
        orthography replaced ('큐슈의' for '규슈'), a particle after it or not."""
        word = run.group()
        if _old_spelling_key(word[0]) not in self._firsts:
            return None  # (most words: one look-up, not one per length)
        for size in range(len(word), 1, -1):
            written, rest = word[:size], word[size:]
            candidates = self.transcribed.get(_old_spelling_key(written))
            if not candidates or written in self.known:
                continue
            if rest and KO_PARTICLE_END.match(rest) is None:
                continue
            fits = tuple(
                sorted({w for w, voiceless in candidates if _respelt(written, w, voiceless)})
            )
            if fits:
                return Slip(run.start(), run.start() + size, written, fits)
        return None


def _slips_beside(
    text: str,
    named: dict[str, list[tuple[tuple[str, ...], int]]],
    known: frozenset[str],
    release: str | None,
) -> Iterator[Slip]:
    """The names of ``named`` written in ``text`` with one Hangul word slipped, found from
    a word written right; with ``release``, only names that it also writes right."""
    seen: set[tuple[int, str]] = set()
    for run in _HANGUL_RUN.finditer(text):
        for words, j in named.get(run.group(), ()):
            form = " ".join(words)
            start = run.start() - sum(len(w) + 1 for w in words[:j])
            written = text[start : start + len(form)] if start >= 0 else ""
            if len(written) != len(form) or written == form or (start, form) in seen:
                continue
            if text[start - 1 : start].isalnum() and start > 0:
                continue  # the name inside a longer word
            seen.add((start, form))
            if _one_word_slipped(written.split(" "), words, known) and (
                release is None or written_whole(form, release)
            ):
                yield Slip(start, start + len(form), written, (form,))


def _slipped(written: str, wanted: str) -> bool:
    """One letter of one syllable changed, not in the first syllable, nor in the last
    where that makes an ending ('김해서' for '김해시')."""
    diff = [i for i, (a, b) in enumerate(zip(written, wanted, strict=True)) if a != b]
    if len(diff) != 1 or diff[0] == 0:
        return False
    i = diff[0]
    if i == len(written) - 1 and written[i] in _ENDINGS | _TENSE_ENDINGS:
        return False
    return one_letter_apart(written[i], wanted[i])


def _tense_spelling(written: str, wanted: str) -> bool:
    """One syllable's initial made tense, not the first syllable's ('삿뽀로' for '삿포로',
    '후쿠오까' for '후쿠오카'): the spelling the loanword orthography replaced, which is
    reported where the release writes the name no other way, as no Korean word differs
    so from a transliterated name; the last syllable not where it makes an ending
    ('…씨', '…께')."""
    diff = [i for i, (a, b) in enumerate(zip(written, wanted, strict=True)) if a != b]
    if len(diff) != 1 or diff[0] == 0:
        return False
    i = diff[0]
    if i == len(written) - 1 and written[i] in _ENDINGS | _TENSE_ENDINGS:
        return False
    return tensed(written[i], wanted[i])


def _old_spelling_key(word: str) -> str:
    """``word`` with ツ's 츠 and 쯔 read as 쓰 and its first consonant as the lax one."""
    word = "".join(_TSU if c in _OLD_TSU else c for c in word)
    if not is_syllable(word[0]):
        return word
    initial, vowel, final = jamo(word[0])
    first = chr(0xAC00 + (_LAX.get(initial, initial) * 21 + vowel) * 28 + final)
    return first + word[1:]


def _respelt(written: str, wanted: str, voiceless: bool) -> bool:
    """Whether ``written`` is ``wanted`` in the older spelling of a Japanese name: its
    first sound aspirated (``voiceless``: where the name's Latin form shows it
    voiceless; not made tense, '까고시마', rarely so written), 츠 or 쯔 for 쓰, and
    nothing else changed."""
    if written == wanted or len(written) != len(wanted):
        return False
    for i, (a, b) in enumerate(zip(written, wanted, strict=True)):
        if a == b or (b == _TSU and a in _OLD_TSU):
            continue
        if i or not voiceless or not aspirated(a, b):
            return False
    return True


def _voiceless_start(entry: Entry, position: int) -> bool:
    """Whether the Latin form of ``entry`` starts the word at ``position`` of its Korean
    form with the voiceless sound the orthography writes lax ('Kyushu' for '규슈')."""
    latin = next((t.text for t in entry.forms.values() if t.text[:1].isascii()), "")
    words = latin.split()
    ko = entry.term("ko")
    if not words or ko is None:
        return False
    if position and len(words) != len(ko.text.split()):
        return False
    first = words[position].casefold() if position < len(words) else ""
    initial = jamo(ko.text.split()[position][0])[0]
    return first.startswith(_VOICELESS_LATIN.get(initial, ("\0",)))


def _one_word_slipped(written: list[str], wanted: tuple[str, ...], known: frozenset[str]) -> bool:
    """Whether ``written`` is ``wanted`` with one letter of one syllable of one Hangul word
    changed, or two neighbouring syllables of it (or their initials) typed in the other
    order ('하투로', '레니아' for '하루토', '레이나'), into no word of the glossary."""
    if len(written) != len(wanted):
        return False
    diff = [(a, b) for a, b in zip(written, wanted, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    if len(a) != len(b) or not _HANGUL_RUN.fullmatch(a) or not _HANGUL_RUN.fullmatch(b):
        return False
    at = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if a in known:
        return False
    if len(at) == 2 and at[1] == at[0] + 1:
        return _swapped(a[at[0] : at[1] + 1], b[at[0] : at[1] + 1])
    return len(at) == 1 and one_letter_apart(a[at[0]], b[at[0]])


def _swapped(written: str, wanted: str) -> bool:
    """Whether two Hangul syllables are two others typed in the other order ('투로' for
    '루토'), or with their initial consonants so ('니아' for '이나'): letters a name keeps,
    in the order typing mixes, which another name's seldom are."""
    if written == wanted[::-1]:
        return True
    (i1, v1, f1), (i2, v2, f2) = jamo(written[0]), jamo(written[1])
    (j1, w1, g1), (j2, w2, g2) = jamo(wanted[0]), jamo(wanted[1])
    return (i1, i2) == (j2, j1) and (v1, f1, v2, f2) == (w1, g1, w2, g2)


_INDEXES: weakref.WeakKeyDictionary[Glossary, HangulTermSlipIndex] = weakref.WeakKeyDictionary()


def hangul_term_slip_index(glossary: Glossary) -> HangulTermSlipIndex:
    """The index of ``glossary``'s Korean words (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    words: dict[tuple[str, int], list[_Word]] = {}
    named: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    persons: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    transcribed: dict[str, list[tuple[str, bool]]] = {}
    known: set[str] = set()
    for entry in glossary:
        term = entry.term("ko")
        if term is None:
            continue
        for form in (*term.accepted, *term.forbidden):
            known.update(_HANGUL_RUN.findall(form))
        if entry.kind not in _KINDS and entry.kind is not Kind.PERSON:
            continue
        by_word = persons if entry.kind is Kind.PERSON else named
        for form in term.accepted:
            name = tuple(word.rstrip(_SIGNS) for word in form.split())
            if len(name) > 1 and any(
                len(word) > 1 and _HANGUL_RUN.fullmatch(word) for word in name
            ):
                for j, word in enumerate(name):
                    if _HANGUL_RUN.fullmatch(word):  # an anchor: a Hangul word written right
                        by_word.setdefault(word, []).append((name, j))
            if entry.kind is Kind.PERSON:
                continue  # a person's word alone is name_slips'
            for position, word in enumerate(form.split()):
                word = word.rstrip(_SIGNS)  # a brand's sign is no part of its word
                if word in _LEGAL_WORDS or not _HANGUL_RUN.fullmatch(word):
                    continue
                voiceless = form == term.text and _voiceless_start(entry, position)
                if len(word) > 1 and (voiceless or _TSU in word):
                    key = _old_spelling_key(word)
                    transcribed.setdefault(key, []).append((word, voiceless))
                if len(word) in _SYLLABLES:
                    words.setdefault((word[0], len(word)), []).append(_Word(word, entry))
    index = _INDEXES[glossary] = HangulTermSlipIndex(
        words, frozenset(known), named, persons, transcribed
    )
    return index
