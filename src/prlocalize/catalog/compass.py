"""prlocalize.catalog.compass
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A point of the compass turned round in a translation: 'South Gyeongsang Province' as
'慶尚北道', 'western Japan' as '東日本', 'the north exit' as '남쪽 출구', '北米' as 'South
America'. Every figure and name around it matches, so nothing else sees a store, a plant
or a meeting point moved to the other side of a country or a station.

Each side is read for the points it names, north–south and east–west apart: the source
must name one point of an axis and the translation only the other one of it. A side
naming both (a route 'from north to south', '南北') or neither ('South Korea' as '한국')
says nothing. Japanese and Korean are read only in the words where a compass character
is a direction ('北部', '南口', '慶尚南道', '東日本', 'の西', '남부', '서쪽', '경상남도',
'동유럽'), never in names that hold one ('東京', '北海道', '東芝', '서울', '남동생'), and
a time zone ('Eastern Time', '東部時間') is left to the zone check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_NORTH, _SOUTH, _EAST, _WEST = "N", "S", "E", "W"
_OPPOSITE = {_NORTH: _SOUTH, _SOUTH: _NORTH, _EAST: _WEST, _WEST: _EAST}
_AXES = ((_NORTH, _SOUTH), (_EAST, _WEST))
_POINTS = {
    "north": _NORTH, "south": _SOUTH, "east": _EAST, "west": _WEST,
    "北": _NORTH, "南": _SOUTH, "東": _EAST, "西": _WEST,
    "북": _NORTH, "남": _SOUTH, "동": _EAST, "서": _WEST,
}  # fmt: skip

_ZONE_AFTER = r"(?!\s*(?:Standard\s|Daylight\s)?Time\b|(?:標準|夏)?時間|(?:표준)?시(?:간)?\b)"
# each pattern is tried only where a compass word or character starts (_hits), and what
# must stand before it is asked in _points: patterns that open with a lookbehind or an
# alternation are tried at every character (some 50 µs a sentence)
_EN = lazy_compile(
    r"(?P<a>north|south)(?:[- ]?(?P<b>east|west))?(?:ern|ward|wards)?\b" + _ZONE_AFTER
    + r"|(?P<c>east|west)(?:ern|ward|wards)?\b" + _ZONE_AFTER,
    re.IGNORECASE,
)  # fmt: skip
# the Japanese words in which a compass character gives a direction
_JA = lazy_compile(
    r"(?P<a>[東西南北])(?=部(?!時間|標準)|側|口|方面|端|岸|海岸|日本|アジア|アフリカ|アメリカ|ヨーロッパ|"
    r"[米欧](?![国州])|へ)"
    r"|(?P<d>[南北])(?P<e>[東西])(?=部|側|方|端|向き)"  # '南東部', '北西側'
    r"|(?P<f>[東西])(?P<g>[南北])(?=部|側|方|端|アジア)"  # '東南アジア', '西北部'
)
_JA_PROVINCE = lazy_compile("[南北](?=道)")  # after 尚, 羅, 清: 慶尚南道, 全羅北道, 忠清南道
_JA_AFTER_NO = lazy_compile(
    r"[東西南北](?=[にへでのはを、。]|約|\d|$)"
)  # '駅の北に', '市の東約5km'
# the Korean words, after no other Hangul syllable (Hangul holds 동/서/남/북 in countless
# other words: '에서부터', '남동생', '서울')
_KO = lazy_compile(
    r"(?P<a>[동서남북])(?=부(?:[^가-힣]|$|[에의는은를을로와과도]|지역|지방|권)|쪽|측|해안|일본|"
    r"아시아|아프리카|유럽|미(?=[에의는와과로를을은도]|[^가-힣]|$))"
    r"|(?P<d>[남북])(?P<e>[동서])(?=부|쪽|측)"  # '남동부', '북서쪽'
    r"|(?P<f>[동서])(?P<g>[남북])(?=부|쪽|측|아)"  # '동남아', '서북부'
)
_KO_PROVINCE = lazy_compile("[남북](?=도)")  # after 상, 라, 청: 경상남도, 전라북도, 충청남도
_CJK_POINTS = "東西南北동서남북"
_CJK_HITS = lazy_compile(f"[{_CJK_POINTS}]")
_EN_WORDS = ("north", "south", "east", "west")
_HANGUL = lazy_compile("[가-힣]")


@dataclass(frozen=True, slots=True)
class CompassChange:
    """A point of the compass the source names and the translation gives the other way."""

    source: str
    target: str


def compass_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[CompassChange]:
    """Each axis on which the source names one point and the translation only its opposite."""
    if silent(memo, "compass.compass_changes"):
        return []
    mine = _points(source)
    if not mine:
        keep_silent(memo, "compass.compass_changes")
        return []
    theirs = _points(target)
    changes: list[CompassChange] = []
    for axis in _AXES:
        said = {point for point in axis if point in mine}
        given = {point for point in axis if point in theirs}
        if len(said) != 1 or len(given) != 1 or said == given:
            continue
        (point,) = said
        changes.append(CompassChange(mine[point], theirs[_OPPOSITE[point]]))
    return changes


def _points(text: str) -> dict[str, str]:
    """The points of the compass ``text`` names, each with the first word naming it."""
    found: dict[str, str] = {}
    skip_to = 0
    for at in _hits(text):
        if at < skip_to:
            continue
        before = text[at - 1] if at else ""
        char = text[at]
        if char.isascii():
            if before.isalnum():
                continue  # 'least', 'Midwest'
            match = _EN.match(text, at)
        elif _HANGUL.match(char):
            if before and _HANGUL.match(before):
                match = _KO_PROVINCE.match(text, at) if before in "상라청" else None
            else:
                match = _KO.match(text, at)
        elif before and before in "尚羅清":
            match = _JA_PROVINCE.match(text, at)
        elif before == "の":
            match = _JA.match(text, at) or _JA_AFTER_NO.match(text, at)
        else:
            match = _JA.match(text, at)
        if match is None:
            continue
        skip_to = match.end()
        groups = match.groupdict().values() if match.re.groupindex else (match.group(),)
        for point in groups:
            if point:
                found.setdefault(_POINTS[point.lower()], _word(text, *match.span()))
    return found


def _hits(text: str) -> list[int]:
    """Where a compass character or English compass word starts in ``text`` (a plain
    character class and ``str.find``: C speed, where an alternation of both is tried at
    every character)."""
    at = (
        [hit.start() for hit in _CJK_HITS.finditer(text)]
        if any(char in text for char in _CJK_POINTS)  # (a class scan is slow; most lack one)
        else []
    )
    lowered = text.lower()
    if len(lowered) == len(text):  # ('İ' lowers to two characters: offsets would move)
        for word in _EN_WORDS:
            found = lowered.find(word)
            while found != -1:
                at.append(found)
                found = lowered.find(word, found + 1)
    else:
        at += [m.start() for m in _EN_ANY_CASE.finditer(text)]
    return sorted(at)


_EN_ANY_CASE = lazy_compile("|".join(_EN_WORDS), re.IGNORECASE)


def _word(text: str, start: int, end: int) -> str:
    """The word around ``text[start:end]`` ('慶尚北道', '남쪽으로', 'Southern'): letters,
    kanji and katakana a few characters each way (Japanese writes no spaces; its particles
    are hiragana)."""
    low, high = start, end
    while low > max(0, start - _REACH) and _in_word(text[low - 1]):
        low -= 1
    while high < min(len(text), end + _REACH) and _in_word(text[high]):
        high += 1
    return text[low:high]


def _in_word(char: str) -> bool:
    return char.isalnum() and not "\u3040" <= char <= "\u309f"


_REACH = 3
