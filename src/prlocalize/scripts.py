"""prlocalize.scripts
~~~~~~~~~~~~~~~~~~

Unicode script classification for the languages prlocalize cares about most.
Script-level facts are enough to tell a Korean fragment inside an English
sentence or a Latin-script sentence left in a Japanese release.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum
from functools import lru_cache

from prlocalize.document import Span


class Script(StrEnum):
    LATIN = "Latin"
    HIRAGANA = "Hiragana"
    KATAKANA = "Katakana"
    HAN = "Han"
    HANGUL = "Hangul"
    CYRILLIC = "Cyrillic"
    GREEK = "Greek"
    OTHER = "Other"  # letters of any other script
    COMMON = "Common"  # digits, punctuation, spaces, symbols


# katakana ァ..ヶ are hiragana ぁ..ゖ moved up by 0x60, letter for letter: a table for
# str.translate that writes a word's katakana as hiragana ('ミナト' → 'みなと')
KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}

# (first, last, script) for the ranges that matter; anything else alphabetic is OTHER
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0041, 0x005A, Script.LATIN),
    (0x0061, 0x007A, Script.LATIN),
    (0x00C0, 0x024F, Script.LATIN),
    (0x1E00, 0x1EFF, Script.LATIN),
    (0xFF21, 0xFF3A, Script.LATIN),  # full-width A-Z
    (0xFF41, 0xFF5A, Script.LATIN),  # full-width a-z
    (0x0370, 0x03FF, Script.GREEK),
    (0x0400, 0x04FF, Script.CYRILLIC),
    (0x3041, 0x309F, Script.HIRAGANA),
    (0x30A0, 0x30FF, Script.KATAKANA),
    (0x31F0, 0x31FF, Script.KATAKANA),
    (0xFF66, 0xFF9F, Script.KATAKANA),  # half-width katakana
    (0x3400, 0x4DBF, Script.HAN),
    (0x4E00, 0x9FFF, Script.HAN),
    (0xF900, 0xFAFF, Script.HAN),
    (0x20000, 0x2FA1F, Script.HAN),
    (0x3005, 0x3007, Script.HAN),  # 々 〆 〇
    (0x1100, 0x11FF, Script.HANGUL),
    (0x3130, 0x318F, Script.HANGUL),
    (0xA960, 0xA97F, Script.HANGUL),
    (0xAC00, 0xD7AF, Script.HANGUL),
    (0xD7B0, 0xD7FF, Script.HANGUL),
    (0xFFA0, 0xFFDC, Script.HANGUL),
)

# ー (prolonged sound mark) belongs with kana; treat it as Katakana
_SPECIAL = {"ー": Script.KATAKANA, "ｰ": Script.KATAKANA, "・": Script.COMMON}

_EXPECTED: dict[str, frozenset[Script]] = {
    "en": frozenset({Script.LATIN}),
    "ja": frozenset({Script.HIRAGANA, Script.KATAKANA, Script.HAN}),
    "ko": frozenset({Script.HANGUL, Script.HAN}),
    "zh": frozenset({Script.HAN}),
}


@lru_cache(maxsize=8192)
def script_of(char: str) -> Script:
    if char in _SPECIAL:
        return _SPECIAL[char]
    cp = ord(char)
    if cp < 0x80:
        return Script.LATIN if char.isalpha() else Script.COMMON
    for first, last, script in _RANGES:
        if first <= cp <= last:
            return script
    return Script.OTHER if char.isalpha() else Script.COMMON


def script_runs(text: str) -> Iterator[tuple[Script, Span]]:
    """Maximal runs of one script; COMMON characters join the run they sit in.

    Leading or trailing COMMON characters between two different scripts are left
    out of both runs, so a run starts and ends on a letter of its script.
    """
    current: Script | None = None
    start = last_letter = 0
    for i, char in enumerate(text):
        script = script_of(char)
        if script is Script.COMMON:
            continue
        if script is not current:
            if current is not None:
                yield current, Span(start, last_letter + 1)
            current, start = script, i
        last_letter = i
    if current is not None:
        yield current, Span(start, last_letter + 1)


def expected_scripts(lang: str) -> frozenset[Script]:
    """Scripts a release in ``lang`` is written in (Latin for unknown Latin-script languages)."""
    return _EXPECTED.get(lang.split("_")[0].split("-")[0].lower(), frozenset({Script.LATIN}))


def is_cjk(script: Script) -> bool:
    return script in {Script.HAN, Script.HIRAGANA, Script.KATAKANA, Script.HANGUL}


# Han text without kana may be Japanese or Chinese. Some letters say which: the
# iteration marks and the shinjitai forms that only Japanese writes (営 where China
# writes 营 and Taiwan 營), and the simplified and traditional forms and the words
# that Japanese does not write (们, 這, 您). Every other Han letter says nothing.
_JAPANESE_HAN = re.compile(
    "[々〆営発円関県働込図売読様変価総続済権実収単戦帰駅広労専検験険拠転歳気]"
)
_CHINESE_HAN = re.compile(
    "[们这说个时过还进现经关东门问间发么对为从产业务设责项该总长员术营图价样变续实单战归广劳专"
    "检验险据转岁气卖读县們這說對發經關會與實產總價營圖樣變續單戰歸廣勞專檢驗險據轉歲氣賣讀縣"
    "吗嗎呢您她]"
)


# letters Simplified and Traditional Chinese write differently, each Simplified one before
# its Traditional one (none that the other also writes for another word, as 后 or 台)
_SIMPLIFIED_TRADITIONAL = (
    "国國会會学學发發这這们們说說个個时時过過还還进進现現经經关關东東门門问問间間对對为為"
    "从從产產业業务務设設总總长長员員术術营營图圖价價样樣变變实實单單归歸广廣专專检檢验驗"
    "转轉电電与與开開将將场場报報资資计計协協议議韩韓区區传傳华華体體结結预預来來动動机機"
    "处處应應双雙统統网網显顯认認达達联聯级級记記导導车車办辦项項该該质質销銷额額优優"
)
_SIMPLIFIED = re.compile("[" + _SIMPLIFIED_TRADITIONAL[0::2] + "]")
_TRADITIONAL = re.compile("[" + _SIMPLIFIED_TRADITIONAL[1::2] + "]")


def chinese_script(text: str) -> str | None:
    """'Hans' or 'Hant': the script Chinese ``text`` is written in, told by the letters
    the two write differently (more of one than of the other); None when they do not
    tell ('2026年12月3日', '朴智媛')."""
    simplified = len(_SIMPLIFIED.findall(text))
    traditional = len(_TRADITIONAL.findall(text))
    if simplified == traditional:
        return None
    return "Hans" if simplified > traditional else "Hant"


def han_language(text: str) -> str | None:
    """The language ("ja" or "zh") when ``text`` holds a Han letter only that language
    writes (Japanese first: a Japanese line that quotes a Chinese name stays Japanese),
    else None."""
    if _JAPANESE_HAN.search(text) is not None:
        return "ja"
    if _CHINESE_HAN.search(text) is not None:
        return "zh"
    return None


def japanese_han(text: str, kana: int) -> bool:
    """Whether the Han letters of ``text`` (which holds ``kana`` kana letters) are
    Japanese: kana or a letter only Japanese writes make them so, unless letters only
    Chinese writes outnumber both (a Chinese release that quotes one Japanese sentence,
    or a Japanese name in its own forms, '広瀬', is still Chinese)."""
    chinese = len(_CHINESE_HAN.findall(text)) if _CHINESE_HAN.search(text) else 0
    if not chinese:
        return bool(kana) or _JAPANESE_HAN.search(text) is not None
    return kana + len(_JAPANESE_HAN.findall(text)) > chinese


def detect_language(text: str) -> str:
    """Guess en, ja, ko or zh from the letters of ``text``.

    A CJK character carries about as much as a Latin word, so CJK letters weigh
    three times a Latin letter; kana makes Han text Japanese, and so does a letter
    only Japanese writes, unless more letters only Chinese writes say it is Chinese
    (:func:`japanese_han`).
    """
    counts: dict[Script, int] = {}
    for char in text:
        script = script_of(char)
        if script is not Script.COMMON:
            counts[script] = counts.get(script, 0) + 1
    kana = counts.get(Script.HIRAGANA, 0) + counts.get(Script.KATAKANA, 0)
    han = counts.get(Script.HAN, 0)
    japanese = japanese_han(text, kana) if han else bool(kana)
    scores = {
        "en": counts.get(Script.LATIN, 0),
        "ko": counts.get(Script.HANGUL, 0) * 3,
        "ja": (kana + han) * 3 if japanese else 0,
        "zh": han * 3 if not japanese else 0,
    }
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else "en"
