"""prlocalize.catalog.dividends
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Which dividend a release speaks of: interim ('中間配当', '중간 배당'), year-end
('期末配当', '기말 배당', 'final dividend'), quarterly, special, commemorative or annual.
A translation that keeps the amount but names another dividend ('a year-end dividend of
¥48' as '中間配当48円') announces a payment on another date; figures.py sees the same
figures.

A cash dividend is named the same way ('분기 현금배당', '期末現金配当', 'quarterly cash
dividend'). Only a dividend named on both sides is judged, and only where the translation names one
the source does not and leaves out one it names.
"""

from __future__ import annotations

import re
from typing import Any

from prlocalize.catalog.comparisons import BasisChange, one_said_for_another
from prlocalize.catalog.screens import Screened
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_DIVIDENDS: dict[str, re.Pattern[str]] = {
    "interim": lazy_compile(
        r"\b(?:interim|half[- ]year|first[- ]half) (?:cash )?dividends?\b|中間(?:現金)?配当|"
        r"(?:중간|반기)\s?(?:현금\s?)?배당",
        re.IGNORECASE,
    ),
    # (not the quarter-end dividend of '第2四半期末配当', which is an interim one)
    "year-end": lazy_compile(
        r"\b(?:year[- ]end|final|term[- ]end) (?:cash )?dividends?\b|(?<!四半)期末(?:現金)?配当|"
        r"(?:기말|결산)\s?(?:현금\s?)?배당",
        re.IGNORECASE,
    ),
    "quarterly": lazy_compile(
        r"\bquarterly (?:cash )?dividends?\b|四半期(?:現金)?配当|분기\s?(?:현금\s?)?배당",
        re.IGNORECASE,
    ),
    "special": lazy_compile(
        r"\bspecial (?:cash )?dividends?\b|特別(?:現金)?配当|특별\s?(?:현금\s?)?배당", re.IGNORECASE
    ),
    "commemorative": lazy_compile(
        r"\b(?:commemorative|anniversary) dividends?\b|記念配当|기념\s?배당", re.IGNORECASE
    ),
}
_GATE = Screened(re.compile(r"dividend|配当|배당", re.IGNORECASE))


def dividend_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[BasisChange]:
    """Dividends both texts name where the translation names one the source does not and
    leaves out one it names ('year-end dividend' as '中間配当')."""
    if silent(memo, "dividends.dividend_changes"):
        return []
    if _GATE.search(source) is None:
        keep_silent(memo, "dividends.dividend_changes")
        return []
    if _GATE.search(target) is None:
        return []
    return one_said_for_another(_named(source), _named(target))


def _named(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for kind, pattern in _DIVIDENDS.items():
        match = pattern.search(text)
        if match is not None:
            found[kind] = match[0]
    return found
