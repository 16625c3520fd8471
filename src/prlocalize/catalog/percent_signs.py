"""A percentage the translation writes as a bare number ('8～12%' as '8～12を'): the
figure is kept, so no figure check sees it, but a royalty of 12 or a fall of 9.4 says
nothing a reader can use.

A value the source also writes without a percent sign (another figure: '12주', '12
weeks') is not judged, nor one the translation gives with a percent or points anywhere,
nor one it sets before another unit or counter ('12人', '12 weeks'), a ratio's mark
('50:50', '50対50') or a word that is not a particle or a connective: only a number that
runs straight into a particle, a connective or punctuation has lost its sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from prlocalize.catalog.figures import normal_text
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

# a percent sign or word, or a unit of percentage points, right after a number (or after
# the bracket that marks it negative, as accounts write it: '(7.9)%')
_PERCENT_AFTER = lazy_compile(
    r"[)）]?\s?(?:%|percent(?![A-Za-z])|per\scent|pct\b|パーセント|퍼센트|프로(?![가-힣])"
    r"|percentage[\s-]points?|points?(?![A-Za-z])|pts?(?![A-Za-z])|pp(?![A-Za-z])"
    r"|bps?(?![A-Za-z])|basis\spoints?|ポイント|포인트|割)"
)
_NUMBER = lazy_compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
# what follows a number that has lost its sign: a particle, a connective, punctuation or
# the end (Japanese and Korean particles, English prepositions and conjunctions)
_BARE_AFTER = lazy_compile(
    r"\s?(?:$|[,.;:!?)）」』、。，．\]]|(?:を|が|は|の|に|と|で|も|へ|や|より|から|まで|増|減|上昇|低下|下落)"
    r"|(?:증가|감소|상승|하락|늘|줄|up\b|down\b)"
    r"|(?:이다|입니다|이며|였다|를|을|이|가|의|에|로|는|은|와|과|만|도)(?![가-힣])"
    r"|(?:of|to|and|in|on|for|from|at|or|by|than|over|while|with|after|before|as|since"
    r"|compared|versus|vs|year[\s-]on[\s-]year)(?![A-Za-z]))"
)
# a ratio's mark, a range's or a fraction's after the number: it shares its sign with the
# figure after it ('8～12%': the second bound is judged)
_JOINED = lazy_compile(r"\s?[:/対대～~\-–]")
_GATE = lazy_compile(r"[%％]|percent|per cent|パーセント|퍼센트|프로", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DroppedPercent:
    """A percentage of the source written as a bare number in the translation."""

    source: str  # the figure with its sign, as the source writes it
    target: str  # the bare number, as the translation writes it


def percents_dropped(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[DroppedPercent]:
    """The source's percentages that ``target`` writes only as bare numbers."""
    if silent(memo, "percent_signs.percents_dropped"):
        return []
    if _GATE.search(source) is None:
        keep_silent(memo, "percent_signs.percents_dropped")
        return []
    with_sign, without = _read(normal_text(source))
    candidates = {value: written for value, written in with_sign.items() if value not in without}
    if not candidates:
        keep_silent(memo, "percent_signs.percents_dropped")
        return []
    plain = normal_text(target)
    found: dict[Decimal, str] = {}
    kept: set[Decimal] = set()
    for match in _NUMBER.finditer(plain):
        value = _value(match[0])
        if value not in candidates or value in kept:
            continue
        end = match.end()
        if (
            _PERCENT_AFTER.match(plain, end) is not None
            or _JOINED.match(plain, end) is not None
            or _BARE_AFTER.match(plain, end) is None
        ):
            kept.add(value)  # kept with its sign, shared with another figure, or a count
            found.pop(value, None)
            continue
        found.setdefault(value, match[0])
    return [DroppedPercent(candidates[value], written) for value, written in found.items()]


def _read(text: str) -> tuple[dict[Decimal, str], set[Decimal]]:
    """(values written with a percent sign or points → as written, values written
    without one)."""
    with_sign: dict[Decimal, str] = {}
    without: set[Decimal] = set()
    for match in _NUMBER.finditer(text):
        value = _value(match[0])
        if value is None:
            continue
        sign = _PERCENT_AFTER.match(text, match.end())
        if sign is not None:
            with_sign.setdefault(value, match[0] + sign[0])
        else:
            without.add(value)
    return with_sign, without


def _value(written: str) -> Decimal | None:
    try:
        return Decimal(written.replace(",", ""))
    except InvalidOperation:
        return None
