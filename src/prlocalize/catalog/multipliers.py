"""prlocalize.catalog.multipliers
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A multiplier on one side given as a percentage on the other that it is not: '1.5倍' as
'1.5%', '3배' as 'rose 3%', '30% longer' as '30 times longer', '2倍' as '200% higher'.
A multiplier's digits are also its figure, so '1.5배' found its '1.5' in '1.5%' and the
figure check passed, and a multiplier said another way is left to the translator ('100%増'
for 'doubled', '50% higher' for '1.5倍' are the same growth), so nothing saw these.

Only the two confusions a translation makes are read: the multiplier's own number as a
percentage (N times as N%), and N times as an increase of N × 100% (which is N + 1 times).
A percentage the other side says too, a multiplier the other side says too, and the
consistent conversions ('1.5倍' as '50% higher' or '150% of') stay silent.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from prlocalize.catalog.figures import items, normal_text
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["multiplier_as_percent"]

# what a multiplier needs in its text (its word, in any case), and a percentage
_TIMES_MARKS = ("倍", "배", "times", "fold", "wice", "oubl", "ripl")
_PERCENT_MARKS = ("%", "％", "ercent", "per cent", "パーセント", "퍼센트")
# an English multiplier figures.py leaves as a number, since 'three times' may count
# ('three times a year'): digits with a decimal ('improved 1.5 times'), or before a
# comparative ('30 times longer', '5 times as many')
_EN_TIMES = lazy_compile(r"(?<![\d.,])(\d+(\.\d+)?)\s?-?(?:times|fold)\b")
_COMPARATIVE = lazy_compile(r"\s(?:as|more|less|higher|lower|[a-z]+er)\b")
# a percentage (not in points: '%p', 'ポイント', 'percentage points' are no percent)
_PERCENT = lazy_compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:%|％|percent\b|per\scent\b|パーセント|퍼센트)"
    r"(?!\s?(?:p\b|p(?=[^a-z])|ポイント|포인트|points?\b))"
)
# a percentage said as an increase: N × 100% more is N + 1 times
_INCREASE_AFTER = lazy_compile(
    r"\s?(?:higher|more|greater|larger|bigger|faster|longer|stronger|better|increase|"
    r"rise|gain|jump|improvement|up\b|増|の増加|上昇|向上|アップ|高|多|長|速|大き|"
    r"증가|늘|높|향상|상승|더|많|빠르|길|커|확대|개선)",
    re.IGNORECASE,
)
_INCREASE_BEFORE = lazy_compile(
    r"(?:\bby|\bup|rose|increased|grew|climbed|jumped|improved|raised|boosted|extended)"
    r"\s(?:by\s)?(?:about\s|some\s|nearly\s|around\s|roughly\s)?$",
    re.IGNORECASE,
)


def _multipliers(text: str) -> dict[Decimal, str]:
    """Each multiplier of ``text`` by its value, as written."""
    found: dict[Decimal, str] = {}
    for item in items(text):
        if item.kind == "times":
            for key in item.keys:
                if isinstance(key, tuple) and key[0] == "times":
                    found.setdefault(key[1], item.text)
    if "times" in text or "fold" in text:
        for match in _EN_TIMES.finditer(text):
            if match[2] or _COMPARATIVE.match(text, match.end()):
                found.setdefault(Decimal(match[1]), match[0])
    return found


def _percents(text: str) -> dict[Decimal, tuple[str, bool]]:
    """Each percentage of ``text`` by its value: as written, and whether it is said as an
    increase ('50% higher', 'rose by 50%', '50%増', '50% 증가')."""
    found: dict[Decimal, tuple[str, bool]] = {}
    plain = normal_text(text)
    for match in _PERCENT.finditer(plain):
        try:
            value = Decimal(match[1])
        except InvalidOperation:
            continue
        increase = (
            _INCREASE_AFTER.match(plain, match.end()) is not None
            or _INCREASE_BEFORE.search(plain, max(0, match.start() - 30), match.start()) is not None
        )
        written, was = found.get(value, ("", False))
        found[value] = (written or match[0], was or increase)
    return found


def _confused(
    times: dict[Decimal, str],
    other_times: dict[Decimal, str],
    percents: dict[Decimal, tuple[str, bool]],
    other_percents: dict[Decimal, tuple[str, bool]],
) -> list[tuple[str, str]]:
    """(multiplier, percentage) of each multiplier of one side that the other side gives
    as a percentage it is not: its own number, or its number × 100 said as an increase."""
    out: list[tuple[str, str]] = []
    for value, written in times.items():
        if value in other_times:
            continue
        for said, (percent, increase) in other_percents.items():
            if said in percents:
                continue  # a percentage the multiplier's side says too
            if said == value or (increase and said == value * 100):
                out.append((written, percent))
                break
    return out


def _has(text: str, marks: tuple[str, ...]) -> bool:
    return any(mark in text for mark in marks)


def multiplier_as_percent(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[tuple[str, str, bool]]:
    """(source's figure, translation's figure, whether the source's is the multiplier) of
    each multiplier one side gives as a percentage it is not on the other."""
    if silent(memo, "multipliers.multiplier_as_percent"):
        return []
    source_times, source_percent = _has(source, _TIMES_MARKS), _has(source, _PERCENT_MARKS)
    if not source_times and not source_percent:
        keep_silent(memo, "multipliers.multiplier_as_percent")
        return []
    forward = source_times and _has(target, _PERCENT_MARKS)
    backward = source_percent and _has(target, _TIMES_MARKS)
    if not forward and not backward:
        return []
    times, other_times = _multipliers(source), _multipliers(target)
    percents, other_percents = _percents(source), _percents(target)
    out = [(a, b, True) for a, b in _confused(times, other_times, percents, other_percents)]
    if backward:
        out += [(b, a, False) for a, b in _confused(other_times, times, other_percents, percents)]
    return out
