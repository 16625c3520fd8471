"""prlocalize.catalog.directions
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Which way a change goes, as a release says it beside a percentage: '3.2%減', '3.2%の
増加', '3.2% 감소', '3.2%p 상승', 'rose 3.2%', 'an increase of 3.2%', 'a 3.2% decline'.
A translation that keeps the figure but turns the change around ('前年同期比3.2%減' as
'rose 3.2%') misstates the result as surely as a changed figure; figures.py compares the
figure only.

A percentage whose change is said on neither side, or in two ways on one side (the same
figure rising in one clause and falling in another), is not judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from prlocalize.catalog.figures import normal_text

_PERCENT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?"
    r"(?:%\s?(?:포인트|ポイント)|%p|%|％|percent(?:age points?)?|per cent|"
    r"パーセント(?:ポイント)?|ポイント|퍼센트(?:포인트)?|포인트)"
)
_UP_EN = (
    r"ros[e]|risen|rises?|rising|up|increased?|increases|increasing|grew|grown|grows?|growth|"
    r"gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|higher|surged?|surges|soared?|advanced?|"
    r"raised?|raises|lift(?:ed|s)?|boost(?:ed|s)?|extend(?:ed|s)?"
)
_DOWN_EN = (
    r"fell|falls?|fallen|falling|down|decreased?|decreases|decreasing|declined?|declines|"
    r"declining|drop(?:ped|s)?|lower|shrank|shrunk|shrinks?|slipped|slid|plunged?|contracted|"
    r"reduced|reduction|dipped|lowered|cut|cuts|shortened|trimmed|slashed"
)
# the word that says the change, at most three words before the figure ('rose 3.2%',
# 'an increase of 3.2%', 'declined by 3.2%') or right after it ('a 3.2% increase')
_EN_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_UP_EN})|(?P<down>{_DOWN_EN}))\b(?:\s{{1,3}}(?:by|of|some|about|around|"
    r"nearly|almost|approximately|roughly|more than|over|a|an|the|just|only)){0,3}\s{0,3}$",
    re.IGNORECASE,
)
# ('a 12% increase', '12% longer', '50% less energy')
_EN_AFTER = re.compile(
    r"\s{0,3}(?:(?P<up>increase|rise|gain|growth|higher|jump|improvement|longer|larger|bigger|"
    r"more|greater|faster|wider|heavier)|"
    r"(?P<down>decrease|decline|drop|fall|lower|reduction|contraction|shorter|smaller|less|"
    r"fewer|slower|narrower|lighter|cheaper))\b",
    re.IGNORECASE,
)
# Japanese and Korean say it after the figure ('3.2%減', '3.2%の増加', '3.2%に上昇',
# '3.2% 증가한', '3.2% 늘어난', '3.2%p 하락')
# ('3.2%減', '3.2%の増加', '3.2%に上昇', '1.5ポイント引き上げ', '3.2% 증가한', '3.2% 늘어난',
# '3.2%p 하락', '1.5%포인트 높여', '0.5%포인트 인하')
_CJK_AFTER = re.compile(
    r"\s?(?:の|に|と)?\s?(?:(?P<up>増|上昇|伸び|アップ|拡大|引き上げ|引上げ|증가|상승|늘|확대|성장|"
    r"높|인상|올라|올랐|올린|올려|↑)|"
    r"(?P<down>減|低下|下落|ダウン|縮小|引き下げ|引下げ|削減|低減|감소|하락|줄|축소|낮|인하|"
    r"내려|내린|내렸|떨어|↓))"
)


@dataclass(frozen=True, slots=True)
class Flip:
    """A percentage whose change goes one way in the source and the other in the target."""

    source: str  # the figure and its direction word as the source writes them
    target: str
    source_up: bool


def directions(text: str) -> dict[Decimal, tuple[bool, str]]:
    """Each percentage of ``text`` whose change is said once: value → (up, as written)."""
    if not any(c in text for c in "%％パポ퍼포pP"):
        return {}
    plain = normal_text(text)
    found: dict[Decimal, tuple[bool, str]] = {}
    doubtful: set[Decimal] = set()
    for match in _PERCENT.finditer(plain):
        try:
            value = Decimal(match[1].replace(",", ""))
        except InvalidOperation:
            continue
        said = _said(plain, match.start(), match.end())
        if said is None:
            continue
        up, start, end = said
        if value in found and found[value][0] != up:
            doubtful.add(value)
        found[value] = (up, text[start:end])
    for value in doubtful:
        del found[value]
    return found


def _said(text: str, start: int, end: int) -> tuple[bool, int, int] | None:
    """(up, start, end of what says it) for the figure at [start, end), or None."""
    after = _CJK_AFTER.match(text, end) or _EN_AFTER.match(text, end)
    if after is not None:
        return after["up"] is not None, start, after.end()
    before = _EN_BEFORE.search(text[max(0, start - 60) : start])
    if before is not None:
        offset = max(0, start - 60)
        return before["up"] is not None, offset + before.start(), end
    return None


def flips(source: str, target: str) -> list[Flip]:
    """The percentages both texts give whose change goes the other way in ``target``."""
    mine = directions(source)
    if not mine:
        return []
    theirs = directions(target)
    return [
        Flip(written, theirs[value][1], up)
        for value, (up, written) in mine.items()
        if value in theirs and theirs[value][0] != up
    ]


# A figure in percentage points ('1.5 percentage points', '1.5ポイント', '1.5%ポイント',
# '0.6%p', '0.6%포인트') or in percent; the units with a '%' in them come first
_UNIT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?:(?P<points>"
    r"percentage[\s-]points?|points?(?![A-Za-z])|pts?(?![A-Za-z])|pp(?![A-Za-z])|"
    r"%\s?(?:p(?![A-Za-z])|포인트|ポイント)|パーセントポイント|퍼센트\s?포인트|ポイント|포인트)"
    r"|(?P<percent>%|percent(?![A-Za-z])|per\scent|パーセント|퍼센트))"
)


@dataclass(frozen=True, slots=True)
class PointsAsPercent:
    """A change in percentage points that the translation gives as a change in percent."""

    source: str  # the figure and its unit as the source writes them
    target: str


def points_as_percent(source: str, target: str) -> list[PointsAsPercent]:
    """The source's figures in points ('rose 0.6 percentage points', '0.6%p 하락') that the
    target gives in percent alone ('rose 0.6%'): a share up from 17.2% to 17.8% has not
    risen 0.6%. A value the target also gives in points is not judged."""
    mine = _units(source, "points")
    if not mine:
        return []
    points, percents = _units(target, "points"), _units(target, "percent")
    return [
        PointsAsPercent(written, percents[value])
        for value, written in mine.items()
        if value in percents and value not in points
    ]


def _units(text: str, unit: str) -> dict[Decimal, str]:
    """Each value of ``text`` said in ``unit`` ('points' or 'percent'), as written."""
    if not any(c in text for c in "%％パポ퍼포pP"):
        return {}
    plain = normal_text(text)
    found: dict[Decimal, str] = {}
    for match in _UNIT.finditer(plain):
        if match[unit] is None:
            continue
        try:
            value = Decimal(match[1].replace(",", ""))
        except InvalidOperation:
            continue
        found.setdefault(value, text[match.start() : match.end()])
    return found


# A forecast revised up or down, said without a figure beside it ('revised upward its
# full-year forecast', '通期業績予想を上方修正', '연간 실적 전망을 상향 조정', 'raised its
# guidance'): a results notice's headline news
_REVISED = (
    r"revis(?:ed|es|e|ing)\s(?:[\w-]+\s){{0,5}}?{way}wards?\b|{way}ward(?:ly)?\s(?:revision|"
    r"revised)|revised\s{way}\b"
)
_FORECAST = r"(?:its|the|our)\s(?:[\w-]+\s){0,3}?(?:forecasts?|guidance|outlook|projections?)\b"
_REVISION_UP = re.compile(
    rf"上方修正|上方に修正|상향\s?(?:조정|수정)|{_REVISED.format(way='up')}|"
    rf"(?:rais|lift)(?:ed|es|e|ing|s)?\s{_FORECAST}",
    re.IGNORECASE,
)
_REVISION_DOWN = re.compile(
    rf"下方修正|下方に修正|하향\s?(?:조정|수정)|{_REVISED.format(way='down')}|"
    rf"(?:lower(?:ed|s|ing)?|cut(?:s|ting)?|reduc(?:ed|es|e|ing))\s{_FORECAST}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RevisionFlip:
    """A forecast revised one way in the source and the other way in the target."""

    source: str
    target: str


def revision_flip(source: str, target: str) -> RevisionFlip | None:
    """The revision the target turns around, where each side revises one way only."""
    mine = _revision(source)
    if mine is None:
        return None
    theirs = _revision(target)
    if theirs is None or theirs[0] == mine[0]:
        return None
    return RevisionFlip(mine[1], theirs[1])


def _revision(text: str) -> tuple[bool, str] | None:
    """(up, as written) of the one way ``text`` revises a forecast, else None."""
    up, down = _REVISION_UP.search(text), _REVISION_DOWN.search(text)
    if (up is None) == (down is None):
        return None  # neither, or both ('sales revised up, profit down'): not judged
    found = up or down
    assert found is not None
    return up is not None, found[0]
