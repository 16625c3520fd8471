"""prlocalize.korean_in_katakana
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Korean word in Hangul as Japanese writes it in katakana, syllable by syllable (김 キム,
대 デ, 현 ヒョン; 서울 ソウル, 부산 プサン), folded so that what a transcription varies
compares equal: voiced or not (デ, テ; ジ, チ), the middle dot, the long-vowel mark and
the small ッ. Read by PR105 (a Korean person the sheet writes in kanji, written in
katakana) and by `glossary suggest` (the katakana of a Korean place on the Japanese page).
"""

from __future__ import annotations

from functools import lru_cache

from prlocalize.hangul import jamo

# The katakana row of each initial consonant (jamo index), by the vowel's sound: a i u e
# o, ya yu yo, wa wo wi (a plain, an aspirated and a tense consonant are one row: Japanese
# has one)
_ROWS: dict[str, tuple[str, ...]] = {
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
_INITIALS = (
    "k", "k", "n", "t", "t", "r", "m", "p", "p", "s", "s", "", "c", "c", "c", "k", "t", "p", "h",
)  # fmt: skip
# ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ, as the row's column
_VOWELS = (0, 3, 5, 3, 4, 3, 7, 3, 4, 8, 3, 3, 7, 2, 9, 3, 10, 6, 2, 1, 1)
# ㅙ ㅚ ㅞ are 'e' (최 チェ) but after ㅇ and ㅎ (외 ウェ, 회 フェ); ㅢ is 'i' (희 ヒ) but
# after ㅇ (의 ウィ)
_WE, _UI = frozenset({10, 11, 15}), 19
# a final consonant: ㄱ ク, ㄴ ㅇ ン, ㄹ ル, ㅁ ム, ㅂ プ; the others as the small ッ
_FINALS = {1: "ク", 2: "ク", 3: "ク", 9: "ク", 24: "ク", 4: "ン", 21: "ン", 8: "ル"}
_FINALS |= {16: "ム", 10: "ム", 17: "プ", 26: "プ", 18: "プ"}

# a final consonant carried over to the silent ㅇ of the next syllable, as its initial
_SILENT = 11
_LINKED = {1: "k", 4: "n", 8: "r", 16: "m", 17: "p"}
_CARRIED = {"k": 0, "n": 2, "r": 5, "m": 6, "p": 7}

# what a transcription varies, folded: voiced consonants as unvoiced (バ as パ, ジ as
# チ: ㅂ and ㅈ), the middle dot, the long-vowel mark, the small ッ
_FOLD = str.maketrans(
    "ガギグゲゴザズゼゾジダヂヅデドバビブベボ",
    "カキクケコサスセソチタチツテトパピプペポ",
    "・･＝ーッ ",
)


@lru_cache(maxsize=4096)
def katakana_key(text: str) -> str:
    """``text`` in katakana with what a transcription of Korean varies folded away."""
    return text.translate(_FOLD).replace("イェ", "エ").replace("ウイ", "ウィ")


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
            initial, carried = _CARRIED[carried], ""
        following = hangul[i + 1] if i + 1 < len(hangul) else ""
        # (within the given name: Japanese sets the family name apart, キム・ヨナ)
        if linked and i and final in _LINKED and following and jamo(following)[0] == _SILENT:
            carried, final = _LINKED[final], 0
        consonant = _INITIALS[initial]
        syllable = _ROWS[consonant][_VOWELS[vowel]]
        if vowel in _WE and consonant in ("", "h"):
            syllable = "ウェ" if consonant == "" else "フェ"
        elif vowel == _UI and consonant == "":
            syllable = "ウィ"
        out.append(syllable + _FINALS.get(final, ""))
    return katakana_key("".join(out))
