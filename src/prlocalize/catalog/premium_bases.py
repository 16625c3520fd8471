"""prlocalize.catalog.premium_bases
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a tender offer's or an allotment's premium (or discount) is measured over: the
closing price of a day ('終値2,000円に対して42.5%', '직전 거래일 종가 대비', 'over the
closing price') or an average over a period ('過去1カ月間の終値単純平均値に対して51.3%',
'1개월 거래량 가중평균주가 대비', 'over the one-month volume-weighted average price'). A
notice gives one premium per base, and a translation that keeps every figure but puts a
premium on the other base ('42.5%' over the average, '51.3%' over the close) misstates
the offer; figures.py sees the same figures.

Each percentage of a sentence that speaks of a premium or a discount is given the base
said beside it: after it in English ('42.5% over the closing price'), before it in
Japanese and Korean ('終値に対して42.5%'), else on its other side. A base said with both
words ('simple average closing price', '終値単純平均値') is an average; one whose words
stand apart (a list of bases said 'respectively') is not read. Only a percentage given
a base on both sides is judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_GATE = lazy_compile(
    r"premium|discount|プレミアム|ディスカウント|프리미엄|할증|할인", re.IGNORECASE
)
_PERCENT = lazy_compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s?(?:%|％|percent\b|퍼센트)")
_CLOSE = lazy_compile(
    r"\bclosing(?: share| stock)? prices?\b|\b(?:previous|prior|last|day's|day’s) close\b|"
    r"終値|종가",
    re.IGNORECASE,
)
_AVERAGE = lazy_compile(r"\baverage\b|\bVWAP\b|\bvolume[- ]weighted\b|平均|평균", re.IGNORECASE)
# how close a closing price and an average stand to be one base ('average closing price',
# '終値単純平均値', '종가 평균')
_ONE_BASE = 6


@dataclass(frozen=True, slots=True)
class BaseChange:
    """A premium measured over another base in the translation."""

    percent: str  # the percentage, as the source writes it
    source: str  # the base the source gives it
    target: str  # ... and the one the translation gives it


def premium_base_changes(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> list[BaseChange]:
    """Percentages of a premium the translation measures over another base than the
    source does (the closing price for an average, or the other way round)."""
    if silent(memo, "premium_bases.premium_base_changes"):
        return []
    if _GATE.search(source) is None:
        keep_silent(memo, "premium_bases.premium_base_changes")
        return []
    if _GATE.search(target) is None:
        return []
    mine = _bases(source, source_lang)
    if not mine:
        keep_silent(memo, "premium_bases.premium_base_changes")
        return []
    theirs = _bases(target, target_lang)
    for value, (kind, said, written) in mine.items():
        other = theirs.get(value)
        if other is not None and other[0] != kind:
            return [BaseChange(written, said, other[1])]
    return []


def _bases(text: str, lang: str) -> dict[Decimal, tuple[str, str, str]]:
    """Each percentage ``text`` gives a base, with the base's kind, its words and the
    percentage as written."""
    figures = list(_PERCENT.finditer(text))
    out: dict[Decimal, tuple[str, str, str]] = {}
    for i, figure in enumerate(figures):
        before = text[figures[i - 1].end() if i else 0 : figure.start()]
        after = text[figure.end() : figures[i + 1].start() if i + 1 < len(figures) else len(text)]
        sides = (before, after) if lang in ("ja", "ko") else (after, before)
        for side in sides:
            base = _base(side)
            if base is not None:
                break
        if base is None or base[0] == "":
            continue
        try:
            value = Decimal(figure[1])
        except InvalidOperation:  # pragma: no cover - the pattern reads digits only
            continue
        if value in out and out[value][0] != base[0]:
            out[value] = ("", "", "")  # the same figure on two bases: not read
        else:
            out.setdefault(value, (base[0], base[1], figure[0]))
    return {value: base for value, base in out.items() if base[0]}


def _base(text: str) -> tuple[str, str] | None:
    """The base ``text`` says, as (kind, words): ('', '') where it says two apart, None
    where it says none."""
    closes, averages = list(_CLOSE.finditer(text)), list(_AVERAGE.finditer(text))
    if not closes and not averages:
        return None
    if not averages:
        return "close", closes[0][0]
    if not closes:
        return "average", averages[0][0]
    together = all(
        any(
            abs(close.start() - average.end()) <= _ONE_BASE
            or abs(average.start() - close.end()) <= _ONE_BASE
            for average in averages
        )
        for close in closes
    )
    if together:
        first = min(closes[0].start(), averages[0].start())
        last = max(closes[-1].end(), averages[-1].end())
        return "average", text[first:last]
    return "", ""
