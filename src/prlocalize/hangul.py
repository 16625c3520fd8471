"""prlocalize.hangul
~~~~~~~~~~~~~~~~~~

Korean particles that change with the word before them. '은/는', '이/가', '을/를',
'과/와' and '으로/로' take their first form after a final consonant and the second
after a vowel ('김민준은', '삼성전자는'); '으로' is '로' after a final ㄹ too ('서울로').
A name that reaches a sentence from elsewhere (a glossary's approved form put in place
of a machine translation's placeholder, a name typed over another) keeps the particle
its neighbour chose, and a wrong one reads as a typo beside the name.

The sound a word ends in is known from its last character when that is a Hangul
syllable. For anything else it is not known and nothing is judged: a kanji, a Latin
word, and a digit too, which is read as a figure in '갤럭시 S24는' (사) but in English
in a group's name ('NOVA9이', 나인).

A Korean word in Hangul is also read as Japanese writes it in katakana, syllable by
syllable (김 キム, 대 デ, 현 ヒョン; 서울 ソウル, 부산 プサン), folded so that what a
transcription varies compares equal: voiced or not (デ, テ; ジ, チ), the middle dot, the
long-vowel mark and the small ッ (:func:`katakana_of_korean`). PR105 reads it for a Korean
person the sheet writes in kanji, `glossary suggest` for a Korean place's katakana.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_VOWELS, _FINALS = 21, 28  # of a composed syllable: 19 initials x 21 vowels x 28 finals
# syllables that end a Korean compound or follow a noun as a particle: a word's last
# syllable changed into one of them makes another word ('위원단', the panel, beside
# '위원장', its chair; '기업체', '기술인', '기술은')
WORD_END_SYLLABLES = frozenset(
    "은는이가을를의에와과도로만께"
    "계들상적간별용측내외형식화성력감체층인안비사서세차치장권전자제품대법론학역청처부원소국"
    "과실단회관팀업금류월일"
)
_RIEUL = 8  # the index of ㄹ among the final consonants


class Ending(Enum):
    VOWEL = "vowel"
    RIEUL = "rieul"  # ㄹ: a consonant, but '로' follows it as a vowel
    CONSONANT = "consonant"


def jamo(syllable: str) -> tuple[int, int, int]:
    """(initial, vowel, final) of a Hangul syllable, as indexes (final 0: none)."""
    code = ord(syllable) - _FIRST_SYLLABLE
    return code // (_VOWELS * _FINALS), code // _FINALS % _VOWELS, code % _FINALS


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two Hangul syllables differ in one letter (jamo) only: '연' and '현'."""
    return sum(x != y for x, y in zip(jamo(a), jamo(b), strict=True)) == 1


# initial consonant → its tense counterpart (ㄱ ㅋ → ㄲ, ㄷ ㅌ → ㄸ, ㅂ ㅍ → ㅃ, ㅅ → ㅆ,
# ㅈ ㅊ → ㅉ), as jamo indexes
_TENSE = {0: 1, 15: 1, 3: 4, 16: 4, 7: 8, 17: 8, 9: 10, 12: 13, 14: 13}


def tensed(written: str, wanted: str) -> bool:
    """Whether Hangul syllable ``written`` is ``wanted`` with its initial consonant made
    tense ('뽀' for '포', '까' for '카'): the way Japanese and other foreign names were
    spelt before the loanword orthography, which writes no tense consonant in them."""
    a, b = jamo(written), jamo(wanted)
    return a[1:] == b[1:] and _TENSE.get(b[0]) == a[0]


# lax initial → its aspirated counterpart (ㄱ → ㅋ, ㄷ → ㅌ, ㅂ → ㅍ, ㅈ → ㅊ), as jamo indexes
_ASPIRATED = {0: 15, 3: 16, 7: 17, 12: 14}


def aspirated(written: str, wanted: str) -> bool:
    """Whether Hangul syllable ``written`` is ``wanted`` with its lax initial made
    aspirated ('큐' for '규', '토' for '도'): how a Japanese name's first sound was
    spelt before the loanword orthography, which writes it lax ('규슈', '도쿄')."""
    a, b = jamo(written), jamo(wanted)
    return a[1:] == b[1:] and _ASPIRATED.get(b[0]) == a[0]


def is_syllable(char: str) -> bool:
    """Whether ``char`` is one composed Hangul syllable (가-힣)."""
    return len(char) == 1 and _FIRST_SYLLABLE <= ord(char) <= _LAST_SYLLABLE


def compose(initial: int, vowel: int, final: int = 0) -> str:
    """The syllable of these indexes: :func:`jamo` turned around."""
    return chr(_FIRST_SYLLABLE + (initial * _VOWELS + vowel) * _FINALS + final)


def ending(word: str) -> Ending | None:
    """How ``word`` ends when read aloud, or None when its last character does not say."""
    if not word or not _FIRST_SYLLABLE <= ord(word[-1]) <= _LAST_SYLLABLE:
        return None
    final = jamo(word[-1])[2]
    if final == 0:
        return Ending.VOWEL
    return Ending.RIEUL if final == _RIEUL else Ending.CONSONANT


# each particle: (after a consonant, after a vowel); '으로' keeps '로' after ㄹ
_PAIRS: tuple[tuple[str, str], ...] = (
    ("은", "는"),
    ("이", "가"),
    ("을", "를"),
    ("과", "와"),
    ("으로", "로"),
)
_OTHER = {form: pair for pair in _PAIRS for form in pair}
# what may follow a particle in the same word ('과의', '로서', '으로부터'): longest first
_TAILS = {
    "과": ("의", "는", "도", "만"),
    "와": ("의", "는", "도", "만"),
    "으로": ("부터", "서", "써", "는", "도", "의", "만"),
    "로": ("부터", "서", "써", "는", "도", "의", "만"),
}
# between a word and its particle: closing quotes, and a bracket that glosses the word
# ('김민준(金敏俊)은', "'김민준'을"): the particle goes with the word, not with them
_BETWEEN = re.compile(r"""['"’”」』]{0,2}(?:[(（][^()（）\n]{1,40}[)）])?""")
_PARTICLE = re.compile("|".join(sorted((re.escape(f) for f in _OTHER), key=len, reverse=True)))
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def proper_form(particle: str, word_ending: Ending) -> str:
    """The form of ``particle`` ('는', '으로', ...) that follows a word ending so."""
    after_consonant, after_vowel = _OTHER[particle]
    if word_ending is Ending.VOWEL:
        return after_vowel
    if word_ending is Ending.RIEUL and after_consonant == "으로":
        return after_vowel
    return after_consonant


class ParticleSlip(NamedTuple):
    """A particle at ``text[start:end]`` that does not fit the word before it."""

    start: int
    end: int
    written: str
    proper: str


def particle_slip(text: str, word: str, end: int) -> ParticleSlip | None:
    """The particle right after ``word`` (which ends at ``end`` in ``text``) when it has
    the wrong form for it ('김민준는', '삼성전자이', '부산로') or is written twice
    ('김민준은은'); None when it fits, when no particle follows (a word goes on:
    '한국가스공사'), or when ``word``'s ending is not known."""
    word_ending = ending(word)
    if word_ending is None:
        return None
    between = _BETWEEN.match(text, end)
    start = between.end() if between is not None else end
    found = _PARTICLE.match(text, start)
    if found is None:
        return None
    written = found.group()
    stop = found.end()
    again = _PARTICLE.match(text, stop)
    if again is not None and _OTHER[again.group()] == _OTHER[written]:
        # typed twice, in one form or both ('미키오는는', '김민준은는'): one, made to fit
        stop = again.end()
        if stop < len(text) and _HANGUL.match(text, stop):
            return None
        return ParticleSlip(
            found.start(), stop, text[found.start() : stop], proper_form(written, word_ending)
        )
    for tail in _TAILS.get(written, ()):
        if text.startswith(tail, stop):
            stop += len(tail)
            break
    if stop < len(text) and _HANGUL.match(text, stop):
        return None  # a longer word or a copula ('이다', '가스', '로봇'), not a particle
    proper = proper_form(written, word_ending)
    if proper == written:
        return None
    return ParticleSlip(found.start(), found.end(), written, proper)


def fix_particles(text: str, words: list[tuple[str, int]]) -> str:
    """``text`` with the particle after each (word, end offset) made to fit the word."""
    slips = [s for word, end in words if (s := particle_slip(text, word, end)) is not None]
    for slip in sorted(slips, reverse=True):
        text = text[: slip.start] + slip.proper + text[slip.end :]
    return text


# The katakana row of each initial consonant (jamo index), by the vowel's sound: a i u e
# o, ya yu yo, wa wo wi (a plain, an aspirated and a tense consonant are one row: Japanese
# has one)
_KANA_ROWS: dict[str, tuple[str, ...]] = {
    "k": ("カ", "キ", "ク", "ケ", "コ", "キャ", "キュ", "キョ", "クァ", "クォ", "クィ"),
    "n": ("ナ", "ニ", "ヌ", "ネ", "ノ", "ニャ", "ニュ", "ニョ", "ヌァ", "ヌォ", "ヌィ"),
    "t": ("タ", "ティ", "トゥ", "テ", "ト", "ティャ", "テュ", "ティョ", "トァ", "トォ", "トィ"),
    "r": ("ラ", "リ", "ル", "レ", "ロ", "リャ", "リュ", "リョ", "ルァ", "ルォ", "ルィ"),
    "m": ("マ", "ミ", "ム", "メ", "モ", "ミャ", "ミュ", "ミョ", "ムァ", "ムォ", "ムィ"),
    "p": ("パ", "ピ", "プ", "ペ", "ポ", "ピャ", "ピュ", "ピョ", "プァ", "プォ", "プィ"),
    "s": ("サ", "シ", "ス", "セ", "ソ", "シャ", "シュ", "ショ", "スァ", "スォ", "スィ"),
    "": ("ア", "イ", "ウ", "エ", "オ", "ヤ", "ユ", "ヨ", "ワ", "ウォ", "ウィ"),
    "c": ("チャ", "チ", "チュ", "チェ", "チョ", "チャ", "チュ", "チョ", "チュァ", "チュォ",
          "チュィ"),
    "h": ("ハ", "ヒ", "フ", "ヘ", "ホ", "ヒャ", "ヒュ", "ヒョ", "ファ", "フォ", "フィ"),
}  # fmt: skip
# ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_KANA_INITIALS = (
    "k", "k", "n", "t", "t", "r", "m", "p", "p", "s", "s", "", "c", "c", "c", "k", "t", "p", "h",
)  # fmt: skip
# ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ, as the row's column
_KANA_VOWELS = (0, 3, 5, 3, 4, 3, 7, 3, 4, 8, 3, 3, 7, 2, 9, 3, 10, 6, 2, 1, 1)
# ㅙ ㅚ ㅞ are 'e' (최 チェ) but after ㅇ and ㅎ (외 ウェ, 회 フェ); ㅢ is 'i' (희 ヒ) but
# after ㅇ (의 ウィ)
_KANA_WE, _KANA_UI = frozenset({10, 11, 15}), 19
# a final consonant: ㄱ ク, ㄴ ㅇ ン, ㄹ ル, ㅁ ム, ㅂ プ; the others as the small ッ
_KANA_FINALS = {1: "ク", 2: "ク", 3: "ク", 9: "ク", 24: "ク", 4: "ン", 21: "ン", 8: "ル"}
_KANA_FINALS |= {16: "ム", 10: "ム", 17: "プ", 26: "プ", 18: "プ"}

# a final consonant carried over to the silent ㅇ of the next syllable, as its initial
_KANA_SILENT = 11
_KANA_LINKED = {1: "k", 4: "n", 8: "r", 16: "m", 17: "p"}
_KANA_CARRIED = {"k": 0, "n": 2, "r": 5, "m": 6, "p": 7}

# what a transcription varies, folded: voiced consonants as unvoiced (バ as パ, ジ as
# チ: ㅂ and ㅈ), the middle dot, the long-vowel mark, the small ッ
_KANA_FOLD = str.maketrans(
    "ガギグゲゴザズゼゾジダヂヅデドバビブベボ",
    "カキクケコサスセソチタチツテトパピプペポ",
    "・･＝ーッ ",
)


@lru_cache(maxsize=4096)
def katakana_key(text: str) -> str:
    """``text`` in katakana with what a transcription of Korean varies folded away."""
    return text.translate(_KANA_FOLD).replace("イェ", "エ").replace("ウイ", "ウィ")


@lru_cache(maxsize=4096)
def katakana_of_korean(hangul: str, *, linked: bool = False) -> str:
    """The katakana Japanese writes for a Korean name in Hangul ('김대현' → キムテヒョン,
    folded as katakana_key folds); ``linked``: with a final consonant carried over to a
    syllable of the given name that opens with a vowel, as Korean says it (김연아
    キムヨナ)."""
    out = []
    carried = ""
    for i, char in enumerate(hangul):
        initial, vowel, final = jamo(char)
        if carried:
            initial, carried = _KANA_CARRIED[carried], ""
        following = hangul[i + 1] if i + 1 < len(hangul) else ""
        # (within the given name: Japanese sets the family name apart, キム・ヨナ)
        if (
            linked
            and i
            and final in _KANA_LINKED
            and following
            and jamo(following)[0] == _KANA_SILENT
        ):
            carried, final = _KANA_LINKED[final], 0
        consonant = _KANA_INITIALS[initial]
        syllable = _KANA_ROWS[consonant][_KANA_VOWELS[vowel]]
        if vowel in _KANA_WE and consonant in ("", "h"):
            syllable = "ウェ" if consonant == "" else "フェ"
        elif vowel == _KANA_UI and consonant == "":
            syllable = "ウィ"
        out.append(syllable + _KANA_FINALS.get(final, ""))
    return katakana_key("".join(out))
