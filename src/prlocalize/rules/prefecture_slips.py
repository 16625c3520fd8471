"""prlocalize.rules.prefecture_slips
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Japanese prefecture's name with one kanji slipped (for PR102): '栃本県' for '栃木県',
'崎玉県' for '埼玉県', '茨木県' for '茨城県' (茨木 is a city in Osaka), '大坂府' for
'大阪府', as an input method or a hurried hand writes them. Japan's prefectures are a
closed list of 47 (ISO 3166-2:JP), so a word before 県 or 府 that is none of them and is
one kanji off exactly one of them is that prefecture misspelt, glossary or not.

The word must stand alone (no kanji runs into it: '一都三県', '台湾新竹県' are other
words) and be as long as the prefecture's name. A word one kanji off two prefectures
('栃本県': 栃木 or 熊本) is the one the release writes right elsewhere or the glossary
names, where that is one of them; else which was meant cannot be told and it is left
alone ('石山県': 石川 or 岡山).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip

# the prefectures whose name ends in 県 or 府 (東京都 and 北海道 are words of their own)
PREFECTURES = [
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
]
_NAMES = frozenset(PREFECTURES)
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\u3005"
# two or three kanji and 県 or 府, with no kanji before them
_WORD = lazy_compile(f"(?<![{_KANJI}])([{_KANJI}]{{2,3}}[県府])")
GATE = lazy_compile("[県府]")


def prefecture_slips(text: str, named: str | Callable[[], str] = "") -> Iterator[Slip]:
    """The prefectures of ``text`` written with one kanji slipped; ``named`` is what else
    the release and the glossary write (or what makes it, asked only for a word near two
    prefectures), which tells two near prefectures apart."""
    for match in _WORD.finditer(text):
        word = match[1]
        if word in _NAMES:
            continue
        near = [name for name in PREFECTURES if _one_kanji_off(word, name)]
        if len(near) > 1:
            named = named() if callable(named) else named
            near = [name for name in near if name in named]
        if len(near) == 1:
            yield Slip(match.start(1), match.end(1), word, (near[0],))


def _one_kanji_off(word: str, name: str) -> bool:
    if len(word) != len(name) or word[-1] != name[-1]:
        return False
    return sum(a != b for a, b in zip(word, name, strict=True)) == 1
