"""prlocalize.rules.korean_katakana
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Korean person the glossary writes in kanji in Japanese ('金大賢', beside the Korean
'김대현'), written in katakana elsewhere in the same Japanese release ('キム・デヒョン'),
for PR105: one person written two ways. Japanese media write a Korean name either way,
and a release should keep to one; the sheet's is kept.

The katakana is read from the glossary's Hangul, syllable by syllable, as Japanese
transcribes Korean (김 キム, 대 デ, 현 ヒョン), and compared with what Japanese writes
with the differences a transcription makes folded away: voiced or not (デ, テ; ジ, チ),
the middle dot, the long-vowel mark and the small ッ. Korean writes a Korean name as
one word ('김대현') and a Japanese one in two ('다카다 게이코'), whose Hangul is itself
a transcription: only the first are read. Only where the release also writes the
approved form (alone, katakana may be the house style, and the sheet can list it as a
variant), and not a reading in brackets right after the name ('金大賢（キム・デヒョン）').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from prlocalize.document import Segment
from prlocalize.glossary.matcher import FormKind
from prlocalize.glossary.model import Entry, Kind
from prlocalize.hangul import jamo
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.support import prose_segments, term_matches

_KOREAN_NAME = re.compile("[\uac00-\ud7a3]{2,4}")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc・･＝]+")

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


@dataclass(frozen=True)
class KatakanaReading:
    segment: Segment
    start: int
    end: int
    written: str  # 'キム・デヒョン'
    approved: str  # '金大賢'


def _korean_in_kanji(entry: Entry) -> tuple[str, str, str] | None:
    """(approved Japanese form, katakana key, key with finals carried over) of a Korean
    person the glossary writes in kanji, read from the Korean form of one word ('김대현')."""
    if entry.kind is not Kind.PERSON:
        return None
    ja, ko = entry.term("ja"), entry.term("ko")
    if ja is None or ko is None or not ja.text or not _HAN.search(ja.text):
        return None
    if _KOREAN_NAME.fullmatch(ko.text) is None:
        return None
    return ja.text, katakana_of_korean(ko.text), katakana_of_korean(ko.text, linked=True)


def katakana_readings(ctx: CheckContext) -> Iterator[KatakanaReading]:
    """The Korean persons of the glossary written in katakana in a Japanese release that
    also writes them in the glossary's kanji."""
    if ctx.matcher is None or language(ctx.document.lang) != "ja":
        return
    segments = prose_segments(ctx)
    wanted: dict[str, str] = {}  # key → approved form
    known: set[str] = set()  # katakana the glossary lists for the person: its own forms
    for _block, segment in segments:
        for m in term_matches(ctx, segment):
            if m.kind is not FormKind.APPROVED or m.approved is None:
                continue
            read = _korean_in_kanji(m.entry)
            if read is not None:
                wanted[read[1]] = wanted[read[2]] = read[0]
                term = m.entry.term("ja")
                known.update(term.accepted if term is not None else ())
    if not wanted:
        return
    for _block, segment in segments:
        text = segment.plain
        for run in _KATAKANA_RUN.finditer(text):
            written = run.group().strip("・･＝")
            start = run.start() + run.group().index(written) if written else run.start()
            approved = wanted.get(katakana_key(written)) if len(written) >= 2 else None
            if approved is None or written in known:
                continue
            if _reading_of(text, start, approved):
                continue  # '金大賢（キム・デヒョン）': the name's reading
            yield KatakanaReading(segment, start, start + len(written), written, approved)


def _reading_of(text: str, start: int, approved: str) -> bool:
    """Whether the katakana at ``start`` opens a bracket right after ``approved``."""
    before = text[:start].rstrip(" \u3000")
    if not before or before[-1] not in "（(":
        return False
    return before[:-1].rstrip(" \u3000").replace(" ", "").endswith(approved.replace(" ", ""))
