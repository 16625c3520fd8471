"""prlocalize.glossary.readings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Names across scripts, by reading: Japanese through fugashi with unidic-lite (token
readings) and cutlet (romaji), Korean through korean-romanizer (Revised
Romanization), English as written; then one folding (:func:`name_key`) under which
"Ōno", "Oono" and "Ohno", or "Youngju" and "Yeongju", compare equal. The analysers
are loaded on first use; without them (a bare install) readings are simply absent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_KATAKANA = re.compile(r"^[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]+$")


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    romaji: str  # lower case
    start: int
    end: int
    name: str  # "family", "given", "person" (a foreign name), "place" or ""


@lru_cache(maxsize=1)
def _cutlet() -> Any:  # cutlet.Cutlet | None (cutlet ships no types)
    try:
        import cutlet  # fugashi + unidic-lite underneath
    except ImportError:  # a bare install: no readings
        return None
    return cutlet.Cutlet()


def available() -> bool:
    return _cutlet() is not None and _romanizer() is not None


def japanese_tokens(text: str) -> list[Token]:
    """The words of a Japanese text with their romaji and what kind of name they are."""
    katsu = _cutlet()
    if katsu is None:
        return []
    tokens: list[Token] = []
    pos = 0
    for word in katsu.tagger(text):
        surface = word.surface
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        feature = word.feature
        kind = ""
        if feature.pos2 == "固有名詞":
            if feature.pos3 == "人名":
                kind = {"姓": "family", "名": "given"}.get(feature.pos4, "person")
            elif feature.pos3 == "地名":
                kind = "place"
        elif _KATAKANA.match(surface) and surface != "・":
            kind = "person" if feature.pos1 == "名詞" else ""
        try:
            romaji = katsu.romaji_word(word)
        except Exception:  # cutlet has no mapping for some symbols
            romaji = ""
        tokens.append(Token(surface, romaji.lower(), start, pos, kind))
    return tokens


def japanese_romaji(text: str) -> str:
    """``text`` (a word of kana) in romaji, lower case; '' without the readers."""
    katsu = _cutlet()
    if katsu is None:
        return ""
    try:
        return str(katsu.romaji(text)).lower().replace(" ", "")
    except Exception:  # cutlet has no mapping for some symbols
        return ""


@lru_cache(maxsize=1)
def _romanizer() -> Any:  # type[Romanizer] | None (korean-romanizer ships no types)
    try:
        from korean_romanizer.romanizer import Romanizer
    except ImportError:
        return None
    return Romanizer


@lru_cache(maxsize=65536)
def korean_romaji(hangul: str) -> str:
    """Revised Romanization of a Hangul word ("" without korean-romanizer)."""
    romanizer = _romanizer()
    if romanizer is None:
        return ""
    return str(romanizer(hangul).romanize()).lower()


# Korean family names whose usual English spelling Revised Romanization does not give
KOREAN_FAMILY = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
    "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh",
    "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song",
    "류": "ryu", "유": "yoo", "홍": "hong", "전": "jeon", "고": "ko", "문": "moon",
    "손": "son", "양": "yang", "배": "bae", "백": "baek", "허": "heo", "남": "nam",
    "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "주": "joo",
    "우": "woo", "구": "koo", "민": "min", "진": "jin", "지": "ji", "엄": "eom",
    "채": "chae", "원": "won", "천": "cheon", "방": "bang", "공": "kong", "현": "hyun",
    "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
    "소": "so", "석": "seok", "선": "sun", "설": "seol", "마": "ma", "길": "gil",
    "연": "yeon", "위": "wi", "표": "pyo", "명": "myung", "기": "ki", "반": "ban",
    "왕": "wang", "금": "keum", "옥": "ok", "육": "yook", "인": "in", "맹": "maeng",
    "제": "je", "모": "mo", "탁": "tak", "국": "kook", "은": "eun", "편": "pyun",
    "용": "yong", "예": "ye", "경": "kyung", "봉": "bong", "태": "tae", "형": "hyung",
    "라": "ra", "나": "na", "심": "shim", "음": "eum",
    "남궁": "namgung", "황보": "hwangbo", "제갈": "jegal", "선우": "sunwoo",
    "독고": "dokgo", "사공": "sagong", "서문": "seomun",
}  # fmt: skip


def korean_name_parts(name: str) -> tuple[str, str] | None:
    """(family, given) of a Hangul personal name of 2 to 4 syllables, or None."""
    if not 2 <= len(name) <= 4 or not all("\uac00" <= c <= "\ud7a3" for c in name):
        return None
    if len(name) >= 3 and name[:2] in KOREAN_FAMILY:
        return name[:2], name[2:]
    if name[0] in KOREAN_FAMILY and len(name) <= 3:
        return name[0], name[1:]
    return None


def name_key(text: str, *, voiced: bool = False) -> str:
    """Fold a romanised or English name so that spelling conventions compare equal.

    Hepburn variants (ō, ou, oo, oh → o; uu → u), Korean conventions (Revised
    Romanization against McCune–Reischauer and personal spellings: eo/ou/oo, k/g,
    p/b, t/d, ch/j, sh/s, r/l) and katakana renderings (l → r, v → b, th → s).
    ``voiced`` keeps the voiced consonants apart from the voiceless (g/k, z/s, d/t,
    b/p, j/ch), as Japanese does: 'Daiki' is not 'たいき'.
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if "a" <= c <= "z")
    for old, new in _VOICED_FOLDS if voiced else _FOLDS:
        text = old.sub(new, text)
    return text


_FOLDS = [
    (re.compile(p), r)
    for p, r in (
        (r"th", "s"),
        (r"ph", "f"),
        (r"sh", "s"),
        (r"tch", "ch"),
        (r"ch", "j"),
        (r"ts", "s"),
        (r"wh", "w"),
        (r"ck", "k"),
        (r"c(?=[eiy])", "s"),
        (r"qu", "k"),
        (r"q", "k"),
        (r"z", "s"),
        (r"x", "ks"),
        (r"c", "k"),
        (r"v", "b"),
        (r"l", "r"),
        (r"yeo", "yo"),
        (r"eo", "o"),
        (r"eu", "u"),
        (r"ou", "o"),
        (r"oo", "u"),
        (r"ee", "i"),
        (r"(?<=[aeiou])h(?![aeiouy])", ""),
        (r"k", "g"),
        (r"p", "b"),
        (r"t", "d"),
        (r"([a-z])\1+", r"\1"),
    )
]


# the folds that join a voiced consonant with its voiceless one, left out for Japanese
_VOICING = frozenset({"ch", "z", "k", "p", "t"})
_VOICED_FOLDS = [(old, new) for old, new in _FOLDS if old.pattern not in _VOICING]

_LONG_VOWELS = [(re.compile(p), r) for p, r in (("ou", "o"), ("oo", "o"), ("uu", "u"))]


def japanese_key(romaji: str, *, voiced: bool = False) -> str:
    """:func:`name_key` of cutlet's romaji, whose long vowels names drop (Oono → Ono)."""
    text = romaji.casefold()
    for old, new in _LONG_VOWELS:
        text = old.sub(new, text)
    return name_key(text, voiced=voiced)


def skeleton(key: str) -> str:
    """Consonants of a folded name (its first letter kept): katakana adds vowels
    ("sumisu" for "Smith"), so foreign names compare on these."""
    return key[:1] + re.sub(r"[aeiouy]", "", key[1:])
