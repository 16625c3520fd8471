"""prlocalize.catalog.apparel
~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a fashion release's product list says beside its figures: whom a garment is for
('メンズ', 'ウィメンズ', '남성', "women's") and its colours ('チャコール、アイボリー',
'차콜, 아이보리', 'Charcoal, Ivory'). A translation that gives a women's skirt as men's
or an ivory coat as navy keeps every price and size, so the figures match; only these
words tell.

Each side is read for the lines and colours it names, each as one key whatever the
language ('ネイビー', '네이비', '남색' and 'navy' are one). A change is reported where the
source names a key the translation lacks and the translation one the source lacks (a
colour dropped or added alone is an edit, not judged). Colours are read only as
fashion writes them: katakana and Hangul loanwords, Korean '-색' words and English
words, never single kanji ('青山', '赤字', '黒字', '白書' hold one). Lines are read as
a brand's list writes them ('メンズ', 'レディース', "men's", '남성용'): Japanese '男性' and
'女性' of a survey or a workforce are not read, and unisex counts as men's and women's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, remembered, silent
from prlocalize.lazy_patterns import lazy_compile

# fashion: whom a garment is for, as each language's product list writes it
_LINES: dict[str, tuple[str, ...]] = {
    "men": ("メンズ", "紳士", "男性用", "맨즈", "남성용", "남성", "men's", "mens", "menswear",
            "for men"),
    "women": ("ウィメンズ", "レディース", "レディス", "婦人", "女性用", "우먼즈", "여성용", "여성",
              "레이디스", "women's", "womens", "womenswear", "ladies'", "ladies", "for women"),
    "unisex": ("ユニセックス", "男女兼用", "유니섹스", "남녀공용", "남녀 공용", "unisex"),
    "kids": ("キッズ", "子供服", "子ども服", "키즈", "아동용", "아동복", "kids'", "kids",
             "children's"),
}  # fmt: skip
# fashion: colours as product lists name them (no single kanji: see the module's doc)
_COLOURS: dict[str, tuple[str, ...]] = {
    "black": ("ブラック", "블랙", "검은색", "검정색", "black"),
    "white": ("ホワイト", "화이트", "흰색", "white"),
    "ivory": ("アイボリー", "オフホワイト", "エクリュ", "クリーム", "아이보리", "오프화이트",
              "에크루", "크림", "ivory", "off-white", "off white", "ecru", "cream"),
    "navy": ("ネイビー", "네이비", "남색", "navy"),
    "blue": ("ブルー", "블루", "파란색", "하늘색", "blue"),
    "charcoal": ("チャコール", "차콜", "charcoal"),
    "grey": ("グレー", "グレイ", "그레이", "회색", "grey", "gray"),
    "beige": ("ベージュ", "베이지", "beige"),
    "brown": ("ブラウン", "브라운", "갈색", "brown"),
    "red": ("レッド", "레드", "빨간색", "red"),
    "green": ("グリーン", "그린", "녹색", "초록색", "green"),
    "khaki": ("カーキ", "카키", "khaki"),
    "olive": ("オリーブ", "올리브", "olive"),
    "pink": ("ピンク", "핑크", "분홍색", "pink"),
    "yellow": ("イエロー", "옐로", "옐로우", "노란색", "yellow"),
    "purple": ("パープル", "퍼플", "보라색", "purple"),
    "orange": ("オレンジ", "오렌지", "orange"),
    "camel": ("キャメル", "카멜", "camel"),
    "silver": ("シルバー", "실버", "silver"),
    "gold": ("ゴールド", "골드", "gold"),
}  # fmt: skip


_KEYS = {word.lower(): key for table in (_LINES, _COLOURS) for key, words in table.items()
         for word in words}  # fmt: skip
_LINE_KEYS = frozenset(_LINES)
# a text is read in its words: English ones whole, katakana and Hangul runs as made of
# table words only ('チャコールグレー', '네이비와'; not 'アイスクリーム', '그린다',
# 'グリーンボンド'), and a few kanji words as written (an alternation of every word tried
# at every character cost 200 µs a sentence)
_EN_WORD = lazy_compile(r"[a-z]+(?:['’]s|s['’]|-[a-z]+)?")
_EN_PAIRS = ("for men", "for women")
_LATIN = lazy_compile("[A-Za-z]")
_KATAKANA_RUN = lazy_compile("[ァ-ヺー]+")
_HANGUL_RUN = lazy_compile("[가-힣]+")
_KANJI_WORDS = tuple(w for t in (_LINES, _COLOURS) for ws in t.values() for w in ws
                     if not w.isascii() and not _KATAKANA_RUN.fullmatch(w)
                     and not _HANGUL_RUN.search(w))  # fmt: skip


def _by_first_character(script: re.Pattern[str]) -> dict[str, list[str]]:
    """The table's words of one script by their first character, longest first (a run
    whose first character heads none, nearly every run, is passed over at once)."""
    words = [w for t in (_LINES, _COLOURS) for ws in t.values() for w in ws if script.fullmatch(w)]
    heads: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        heads.setdefault(word[0], []).append(word)
    return heads


_KATAKANA_WORDS = _by_first_character(_KATAKANA_RUN)
_HANGUL_WORDS = _by_first_character(_HANGUL_RUN)
# what may follow a Hangul word in its run: a particle or copula, '색' (colour), '용'/'복'
_HANGUL_TAILS = ("으로", "계열", "은", "는", "이", "가", "을", "를", "의", "와", "과", "로", "도",
                 "만", "색", "용", "복", "들", "다", "이다", "입니다", "까지", "에서",
                 "에")  # fmt: skip
# a colour's two words written apart ('オフ・ホワイト', '오프 화이트'): one colour
_JOINED = (("オフ・ホワイト", "オフホワイト"), ("오프 화이트", "오프화이트"))
# what may stand before a colour in its run ('ライトグレー', 'ダークネイビー')
_SHADES = ("ライト", "ダーク", "ディープ", "ペール", "スモーキー", "ミディアム", "ヘザー", "라이트",
           "다크", "딥")  # fmt: skip
# what may follow a katakana line word in its run ('メンズコート')
_LINE_HEADS = ("メンズ", "ウィメンズ", "レディース", "レディス", "ユニセックス", "キッズ")


@dataclass(frozen=True, slots=True)
class ApparelChange:
    """A garment's line or colour the source names and the translation gives otherwise."""

    what: str  # 'line' or 'colour'
    source: str
    target: str


def apparel_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[ApparelChange]:
    """The line ('メンズ' as "women's") or colour ('アイボリー' as 'Navy') the source names
    and the translation replaces with one the source does not name."""
    if silent(memo, "apparel.apparel_changes"):
        return []
    mine = remembered(memo, "apparel.labels", _labels, source)
    if not mine[0] and not mine[1]:
        keep_silent(memo, "apparel.apparel_changes")
        return []
    theirs = _labels(target)
    changes: list[ApparelChange] = []
    for what, said, given in (("line", mine[0], theirs[0]), ("colour", mine[1], theirs[1])):
        lost = [key for key in said if key not in given]
        added = [key for key in given if key not in said]
        if lost and added:
            changes.append(ApparelChange(what, said[lost[0]], given[added[0]]))
    return changes


def _labels(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The lines and the colours ``text`` names, each key with its first word."""
    found: dict[str, str] = {}
    if _LATIN.search(text) is not None:
        lowered = text.lower().replace("off white", "off-white")
        same = len(lowered) == len(text)  # (so the words are quoted as written)
        for match in _EN_WORD.finditer(lowered):
            key = _KEYS.get(match.group().replace("’", "'"))
            if key is not None:
                found.setdefault(key, text[match.start() : match.end()] if same else match[0])
        for pair in _EN_PAIRS:
            if pair in lowered:
                found.setdefault(_KEYS[pair], pair)
    if not text.isascii():
        for spaced, joined in _JOINED:
            if spaced in text:
                text = text.replace(spaced, joined)
        for word in _KANJI_WORDS:
            if word in text:
                found.setdefault(_KEYS[word], word)
        for run in _KATAKANA_RUN.findall(text):
            if run[0] in _KATAKANA_WORDS or run.startswith(_SHADES):
                _read_run(run, _KATAKANA_WORDS, (), found)
        for run in _HANGUL_RUN.findall(text):
            if run[0] in _HANGUL_WORDS or run.startswith(_SHADES):
                _read_run(run, _HANGUL_WORDS, _HANGUL_TAILS, found)
    lines = {key: word for key, word in found.items() if key in _LINE_KEYS}
    colours = {key: word for key, word in found.items() if key not in _LINE_KEYS}
    # unisex is for both; both are unisex
    if "unisex" in lines:
        lines.setdefault("men", lines["unisex"])
        lines.setdefault("women", lines["unisex"])
    elif "men" in lines and "women" in lines:
        lines["unisex"] = lines["men"]
    return lines, colours


def _read_run(
    run: str, words: dict[str, list[str]], tails: tuple[str, ...], found: dict[str, str]
) -> None:
    """The table words a katakana or Hangul run is made of, into ``found``; none where
    anything else is in it (a line word may head a longer run: 'メンズコート', '남성복')."""
    at = next((len(shade) for shade in _SHADES if run.startswith(shade)), 0)
    keys: list[tuple[str, str]] = []
    while at < len(run):
        word = next((w for w in words.get(run[at], ()) if run.startswith(w, at)), None)
        if word is None:
            if keys and run[at] == "다" and keys[-1][1] == "그린":
                return  # '그린다': drew, a verb
            if keys and (run[at:] in tails or (not tails and keys[-1][1] in _LINE_HEADS)):
                break
            if keys and keys[0][0] in _LINE_KEYS and tails and at == len(keys[0][1]):
                break  # '남성복', '여성들': the line word heads a Korean noun
            return
        keys.append((_KEYS[word], word))
        at += len(word)
    for key, word in keys:
        found.setdefault(key, word)


def colours_named(text: str) -> int:
    """How many colours ``text`` names (a shade of one, 'ライトグレー', is one)."""
    return len(_labels(text)[1])
