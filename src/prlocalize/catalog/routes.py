"""prlocalize.catalog.routes
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A route's ends given the other way round (for PR410): 'from Busan to Tokyo' as '東京から
釜山まで', '釜山発東京向け' as 'Tokyo to Busan', '부산에서 도쿄까지' as 'from Tokyo to Busan'.
Both places are in the translation, so the name checks see nothing, and every figure (the
transit days, the sailings a week) stays: the service, the transit time or the surcharge
now runs the other way.

A route is two glossary places with a word that says which way between them: 'from A to
B', 'A to B', 'to B from A', 'A → B'; 'AからB', 'A発B', 'A→B'; 'A에서 B', 'A발 B', 'A→B'.
Places named with no direction ('between A and B', 'A～B間', 'A~B') are no route, and a
text that gives a route both ways ('from Busan to Tokyo and back from Tokyo to Busan') is
not judged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from prlocalize.catalog.party_values import Mention
from prlocalize.lazy_patterns import lazy_compile

_ARROW = r"\s?(?:→|⇒|⇨|->|=>|＞)\s?"
# what stands between a route's first place and its second, per language: ``True`` when
# the first place is the origin
_BETWEEN: dict[str, tuple[tuple[re.Pattern[str], bool], ...]] = {
    "en": (
        (lazy_compile(rf"(?:\s(?:to|for)\s|-to-|{_ARROW})"), True),
        (lazy_compile(r"\s(?:from)\s"), False),  # 'to Tokyo from Busan'
    ),
    "ja": ((lazy_compile(rf"(?:から|発の?|を出港し?て?、?|{_ARROW})"), True),),
    "ko": ((lazy_compile(rf"(?:\s?에서\s|발\s?|{_ARROW})"), True),),
}
# a timetable's leg, its departure time between its two airports: 'Narita 9:30 a.m. →
# Busan 12:05 p.m.', '成田 09:30発 → 釜山 12:05着', '나리타 09:30 출발 → 부산 12:05 도착'
_LEG_TIME = r"\d{1,2}(?:[:：]\d{2}|時(?:\d{1,2}分)?|시(?:\s?\d{1,2}분)?)"
_BETWEEN["en"] += (
    (lazy_compile(rf"\s(?:dep\.?\s)?\d{{1,2}}:\d{{2}}(?:\s?[ap]\.?m\.?)?{_ARROW}", re.I), True),
)
_BETWEEN["ja"] += ((re.compile(rf"\s?{_LEG_TIME}\s?発{_ARROW}"), True),)
_BETWEEN["ko"] += ((re.compile(rf"\s?(?:오전\s|오후\s)?{_LEG_TIME}\s?(?:출발|발){_ARROW}"), True),)
# a cheap test that a text may say a route at all
_HINTS = {"en": (" to ", " for ", "→", "->", "⇒", "depart", "arriv", "leav", "land"),
          "ja": ("から", "発", "→", "->", "⇒", "出港", "到着"),
          "ko": ("에서", "발", "→", "->", "⇒", "출발", "도착")}  # fmt: skip
# aviation: a flight's ends named by its verbs, with its times between ('김포에서 오전 8시
# 10분 출발해 하네다에 오전 10시 20분 도착한다', '羽田を8時10分に出発し、金浦に10時20分に到着',
# 'departs Gimpo at 8:10 a.m. and arrives at Haneda at 10:20 a.m.'): the place the
# departure's word follows (in English, precedes) is the origin, the arrival's the
# destination
_DEPARTS_AFTER = {
    "ja": lazy_compile(r"(?:を|から)[^。、,.]{0,16}?(?:出発|離陸|発)"),
    "ko": lazy_compile(r"에서[^.,]{0,16}?(?:출발|이륙)"),
}
_ARRIVES_AFTER = {
    "ja": lazy_compile(r"(?:に|へ)[^。、,.]{0,16}?(?:到着|着陸|着)"),
    "ko": lazy_compile(r"(?:에|으로|로)[^.,]{0,16}?(?:도착|착륙)"),
}
_DEPARTS_BEFORE = lazy_compile(
    r"\b(?:depart(?:s|ed|ing)?(?:\sfrom)?|leav(?:es|ing)|left|takes?\soff\sfrom)\s$", re.I
)
_ARRIVES_BEFORE = lazy_compile(
    r"\b(?:arriv(?:es|ed|ing)\s(?:at|in)|lands?\s(?:at|in)|landing\s(?:at|in)|reach(?:es|ing)?)\s$",
    re.I,
)
# 'to B from A' needs the 'to' before its first place; 'from A to B' may say 'from'
_TO_BEFORE = lazy_compile(r"\bto\s$")


def may_say_a_route(text: str, lang: str) -> bool:
    """Whether ``text`` has a word a route is said with (before its places are read)."""
    return any(hint in text for hint in _HINTS.get(lang, ()))


def routes_reversed(
    source: str,
    target: str,
    mine: Sequence[Mention],
    theirs: Sequence[Mention],
    source_lang: str,
    target_lang: str,
) -> list[tuple[str, str]]:
    """The source's routes (as the source writes them) that the target gives only the
    other way round (as the target writes it)."""
    ours = _routes(source, mine, source_lang)
    if not ours:
        return []
    other = _routes(target, theirs, target_lang)
    return [
        (written, other[(end, start)])
        for (start, end), written in ours.items()
        if (end, start) in other and (start, end) not in other and (end, start) not in ours
    ]


def _routes(text: str, places: Sequence[Mention], lang: str) -> dict[tuple[str, str], str]:
    """(origin, destination) → the route as written, for each route ``text`` says."""
    patterns = _BETWEEN.get(lang)
    if patterns is None or not may_say_a_route(text, lang):
        return {}
    ordered = _outermost(places)
    found: dict[tuple[str, str], str] = {}
    for first, second in itertools.pairwise(ordered):
        if first.key == second.key:
            continue
        between = text[first.end : second.start]
        for pattern, forward in patterns:
            if pattern.fullmatch(between) is None:
                continue
            if not forward and _TO_BEFORE.search(text, 0, first.start) is None:
                continue
            key = (first.key, second.key) if forward else (second.key, first.key)
            found.setdefault(key, text[first.start : second.end])
            break
    by_verbs = _route_by_verbs(text, ordered, lang)
    if by_verbs is not None:
        found.setdefault(*by_verbs)
    return found


def _route_by_verbs(
    text: str, places: Sequence[Mention], lang: str
) -> tuple[tuple[str, str], str] | None:
    """The one origin and the one destination a text names by a flight's verbs, and the
    text between them as written; None unless it names exactly one of each."""
    origins: list[Mention] = []
    destinations: list[Mention] = []
    for place in places:
        if lang == "en":
            before = text[max(0, place.start - 20) : place.start]
            if _DEPARTS_BEFORE.search(before):
                origins.append(place)
            elif _ARRIVES_BEFORE.search(before):
                destinations.append(place)
        elif lang in _DEPARTS_AFTER:
            if _DEPARTS_AFTER[lang].match(text, place.end):
                origins.append(place)
            elif _ARRIVES_AFTER[lang].match(text, place.end):
                destinations.append(place)
    if len(origins) != 1 or len(destinations) != 1 or origins[0].key == destinations[0].key:
        return None
    first, last = sorted((origins[0], destinations[0]), key=lambda m: m.start)
    return (origins[0].key, destinations[0].key), text[first.start : last.end]


def _outermost(places: Sequence[Mention]) -> list[Mention]:
    """The places not inside a longer one ('Busan' of 'Busan New Port'), in order."""
    out: list[Mention] = []
    for place in sorted(places, key=lambda m: (m.start, -m.end)):
        if out and place.start < out[-1].end:
            continue
        out.append(place)
    return out


# A port rotation: three or more places in a list, in a text that says it is a sequence
# of calls ('The rotation is A, B, C and D', '寄港地はA、B、Cの順', 'A, B, C 순으로 기항').
# The translation naming the same places in another order sends a ship (and a shipper's
# cargo) to them in another order: every name is there, so the name checks see nothing.
_SEQUENCE_WORDS = {
    "en": lazy_compile(r"\b(?:rotations?|calls?|calling|via|then|in that order|sequence)\b", re.I),
    "ja": lazy_compile("寄港|経由|の順|順に|順番|ローテーション"),
    "ko": lazy_compile(r"기항|경유|순으로|순서|순이다|순이며|순입니다|로테이션"),
}
# what joins two places of a list: a comma, a dot, an arrow or a dash, 'and', 'then'
_LIST_JOIN = lazy_compile(r"\s?(?:[,、，・·/→⇒～〜~–—-]|->)?\s?(?:(?:and|then)\s)?")
_MIN_ROTATION = 3


def may_list_a_rotation(text: str, lang: str) -> bool:
    """Whether ``text`` says its places are a sequence of calls (before they are read)."""
    said = _SEQUENCE_WORDS.get(lang)
    return said is not None and said.search(text) is not None


def rotation_reordered(
    source: str,
    target: str,
    mine: Sequence[Mention],
    theirs: Sequence[Mention],
    source_lang: str,
    target_lang: str,
) -> tuple[str, str] | None:
    """A list of three or more places the source gives as a sequence of calls that the
    target lists in another order (each as written); a list the target gives with other
    places (one left out is the name checks') is not judged."""
    if target_lang not in _SEQUENCE_WORDS or not may_list_a_rotation(source, source_lang):
        return None
    ours = _lists(source, mine)
    if not ours:
        return None
    other = _lists(target, theirs)
    for keys, written in ours:
        same = [(k, w) for k, w in other if sorted(k) == sorted(keys)]
        if same and all(k != keys for k, _ in same):
            return written, same[0][1]
    return None


def _lists(text: str, places: Sequence[Mention]) -> list[tuple[list[str], str]]:
    """Each run of three or more places joined as a list: their keys, and the run as
    written."""
    runs: list[list[Mention]] = []
    for place in _outermost(places):
        last = runs[-1][-1] if runs else None
        # (a place run into the one before it, '東京横浜', is no list)
        if (
            last is not None
            and last.end < place.start
            and _LIST_JOIN.fullmatch(text, last.end, place.start) is not None
        ):
            runs[-1].append(place)
            continue
        runs.append([place])
    return [
        ([p.key for p in run], text[run[0].start : run[-1].end])
        for run in runs
        if len(run) >= _MIN_ROTATION
    ]
