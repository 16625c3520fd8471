"""prlocalize.catalog.vehicle_sides
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The side of a vehicle a recall names its part by: left or right ('左前輪', '좌측', 'left
front'), front or rear ('後部トランク', '후방 카메라', 'rear-view'), the driver's or the
front passenger's ('運転席側', '조수석', 'driver-side'), upper or lower ('ロワーアーム',
'어퍼', 'lower control arm'). A translation that names the other side ('右前輪' for 'left
front', '전방 카메라' for 'rear-view camera') sends owners and dealers to another part,
and every figure and name around it matches.

Each axis is read apart: the source must name one side of it and the translation the
other only. A text that names both ('左右', 'front and rear') or neither says nothing.
The words are read only where they name a side of a part: not 'left' the verb, '左記', a
seat ('좌석'), 'in front of', 'lower prices'.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

_PART_EN = (
    r"hand|side|front|rear|head|tail|turn|door|mirror|wheel|tire|tyre|seat|airbag|air\sbag|"
    r"curtain|knee|lower|upper|control|axle|hinge|brake|pillar|belt|fender|bumper|"
    r"window|caliper|strut|shock|drive|half|quarter"
)
_SIDE_WORDS_EN = (
    r"control|arm|ball|mount|hinge|link|rail|anchor|bracket|hose|cover|radiator|grille|"
    r"pillar|tether|strut|bearing|joint|seal|trim|panel|portion|section|part|half"
)
_LEFT = {
    "en": lazy_compile(rf"\bleft(?=[- ](?:{_PART_EN}))|\bLH\b|\b(?:on|to)\sthe\sleft\b"),
    "ja": lazy_compile("(?<![座])左(?![記右])"),
    "ko": lazy_compile(r"좌측|왼쪽|왼편|(?<![가-힣])좌(?=\s?[앞뒤전후](?:바퀴|륜|방|측|면|문))"),
}
_RIGHT = {
    "en": lazy_compile(rf"\bright(?=[- ](?:{_PART_EN}))|\bRH\b|\b(?:on|to)\sthe\sright\b"),
    "ja": lazy_compile("(?<![座左])右(?![記肩])"),
    "ko": lazy_compile(
        r"우측|오른쪽|오른편|(?<![가-힣])우(?=\s?[앞뒤전후](?:바퀴|륜|방|측|면|문))"
    ),
}
_FRONT = {
    "en": lazy_compile(r"\bfront\b(?![- ]line|[- ]runner|[- ]page|\sdesk|\sof\b)", re.I),
    # (not 前面, 전면: also to the fore, full-scale)
    "ja": lazy_compile("フロント|前輪|前部|前席|前方|前側|前照灯"),
    "ko": lazy_compile(r"전방|앞바퀴|앞좌석|앞쪽|전륜|프런트|프론트|앞문|앞\s?범퍼"),
}
_REAR = {
    "en": lazy_compile(r"\brear\b|\bback[- ](?:seat|door|window|camera)s?\b", re.I),
    # (a word of its own: not エリア, キャリア, リアル, イタリア)
    "ja": lazy_compile("(?<![ァ-ヺー])リ[アヤ](?![ルリク])|後輪|後部|後席|後方|後側|後面|尾灯"),
    "ko": lazy_compile(r"후방|뒷바퀴|뒷좌석|뒤쪽|후륜|(?<![가-힣])리어|뒷문|후면|뒷\s?범퍼"),
}
_DRIVER = {
    "en": lazy_compile(
        r"\bdriver(?:'s|’s)?[- ](?:side|seat|airbag|air\sbag|door|knee|frontal)", re.I
    ),
    "ja": lazy_compile("運転席"),
    "ko": lazy_compile("운전석"),
}
_PASSENGER = {
    "en": lazy_compile(
        r"\bpassenger(?:'s|’s)?[- ](?:side|seat|airbag|air\sbag|door|knee|frontal)", re.I
    ),
    "ja": lazy_compile("助手席"),
    "ko": lazy_compile("조수석|동승석"),
}
_UPPER = {
    "en": lazy_compile(rf"\bupper[- ](?:{_SIDE_WORDS_EN})", re.I),
    "ja": lazy_compile("アッパー|上部|上側"),
    "ko": lazy_compile("(?<![가-힣])어퍼|상부|위쪽"),
}
_LOWER = {
    "en": lazy_compile(rf"\blower[- ](?:{_SIDE_WORDS_EN})", re.I),
    # (not フロア, a floor; 플로어)
    "ja": lazy_compile("ロワー|(?<![ァ-ヺー])ロア|下部|下側"),
    "ko": lazy_compile("(?<![가-힣])로[어워]|하부|아래쪽"),
}
_AXES = ((_LEFT, _RIGHT), (_FRONT, _REAR), (_DRIVER, _PASSENGER), (_UPPER, _LOWER))
# substrings every word of an axis holds, by language (a cheap test before the patterns)
_GATES = (
    {"en": ("left", "right", "LH", "RH"), "ja": ("左", "右"), "ko": ("좌", "우", "왼", "오른")},
    {
        "en": ("front", "rear", "Front", "Rear", "back", "FRONT", "REAR"),
        "ja": ("前", "後", "フロント", "リア", "リヤ", "灯"),
        "ko": ("전", "앞", "후", "뒤", "뒷", "프런트", "프론트", "리어"),
    },
    {"en": ("river", "assenger"), "ja": ("席",), "ko": ("석",)},
    {
        "en": ("pper", "ower", "PPER", "OWER"),
        "ja": ("アッパー", "上", "ロワー", "ロア", "下"),
        "ko": ("어퍼", "상부", "위쪽", "로어", "로워", "하부", "아래쪽"),
    },
)


# both sides in one word ('左右のヘッドランプ', '좌우 헤드램프', 'left and right'; not
# '左右する', '좌우하다', to sway)
_BOTH_SIDES = {
    "en": lazy_compile(r"\b(?:left\sand\sright|right\sand\sleft|both\ssides)\b", re.I),
    "ja": lazy_compile("左右(?!さ|し|す|され)"),
    "ko": lazy_compile(r"좌우(?![하되된돼])|양쪽|양측"),
}


def one_side_dropped(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """(the source's word for both sides, the translation's one side) where the source
    names the part on both sides ('左右のヘッドランプ') and the translation on one only
    ('the right headlamp'): half the recalled parts go unnamed."""
    both = _BOTH_SIDES.get(source_lang)
    if both is None or target_lang not in _BOTH_SIDES:
        return None
    found = both.search(source)
    if found is None or _BOTH_SIDES[target_lang].search(target) is not None:
        return None
    sides = [m for side in (_LEFT, _RIGHT) if (m := side[target_lang].search(target))]
    return (found[0], sides[0][0]) if len(sides) == 1 else None


def sides_turned(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[tuple[str, str]]:
    """(the source's side, the translation's) of each axis the translation turns: the
    source names one side only, the translation the other only."""
    out: list[tuple[str, str]] = []
    for (one, other), gate in zip(_AXES, _GATES, strict=True):
        words = gate.get(source_lang), gate.get(target_lang)
        if words[0] is None or words[1] is None:
            continue
        if not any(w in source for w in words[0]) or not any(w in target for w in words[1]):
            continue
        if one is _LEFT and _BOTH_SIDES[source_lang].search(source) is not None:
            continue  # ('left and right headlamps': one_side_dropped's to read)
        for said, opposite in ((one, other), (other, one)):
            found = said[source_lang].search(source)
            if found is None or opposite[source_lang].search(source) is not None:
                continue
            turned = opposite[target_lang].search(target)
            if turned is not None and said[target_lang].search(target) is None:
                out.append((found[0], turned[0]))
            break
    return out
