"""Negative figures of results tables and summaries, and their signs in a translation.

Japanese results (決算短信) and Korean financial statements mark a negative figure with a
triangle before it: '△1,234' (a loss of 1,234), '前年同期比△3.4%' (down 3.4%). English
gives it with a minus, in accounting brackets ('(1,234)') or in words ('a loss of',
'down'). A translation that copies the digits and drops the mark turns a loss into a
profit and a fall into a rise: the commonest slip in translated results tables.

A Korean market report's '▲' is a rise (its '▼' a fall), and a list in either language may
open each item with a triangle ('▲반도체 ▲자동차'): '▲' is a minus only in a text without
Hangul, and a mark the text also sets before words, twice or more, is a bullet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from prlocalize.catalog.figures import normal_text
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_MARKS_GATE = lazy_compile(r"[△▲▼▽−-]\s?\d")
_HANGUL = lazy_compile("[\uac00-\ud7a3]")
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURE_AT = lazy_compile(rf"\s?({_FIGURE})")
# a minus sign is glued to its figure, with nothing that runs into either ('−3.4%',
# '(-412)'; not '5-10', 'COVID-19', '2026-12-31', '03-5555-0142')
_MINUS_BEFORE_OK = frozenset(" \t\n(（:：〜～~、,;；")
# ... (a range's second bound is negative too: '95% CI −0.97〜−0.71', '−1.5~−0.9')
_MINUS_AFTER_BAD = lazy_compile(r"[\d\-/]|[.,]\d")
_NUMBER = lazy_compile(rf"(?<![\d.,])(?:{_FIGURE})(?![\d]|[.,]\d)")
# what may stand between a translation's minus and its figure: a currency
_MINUS_BEFORE = lazy_compile(
    r"(?:[△▲▼▽−\-–—]|マイナス|마이너스|minus|negative|영하|氷点下|零下)\s?(?:[¥￥$₩€£]|US\$|(?:JPY|KRW|USD|EUR)\s?)?\s?$",
    re.IGNORECASE,
)
_BRACKETED_BEFORE = lazy_compile(r"[(（]\s?(?:[¥￥$₩€£]|US\$|(?:JPY|KRW|USD|EUR)\s?)?$")
_BRACKETED_AFTER = lazy_compile(r"\s?(?:%|％)?\s?[)）]")
# a word of a fall, a loss or a shortfall in any of the three languages: the translation
# says the sign in words ('operating profit fell 3.4%', '1,234百万円の赤字', '적자')
_DOWN_WORDS = lazy_compile(
    r"\b(?:down|decreas\w*|declin\w*|fall\w*|fell|drop\w*|lower\w*|loss\w*|negative|minus|"
    r"deficit\w*|shr[iu]nk\w*|contract\w*|reduc\w*|cut|deteriorat\w*|worse\w*|below|"
    r"slid\w*|slump\w*|plung\w*|dip\w*|shortfall|red)\b"
    r"|(?<!増)減|損(?!益)|赤字|マイナス|低下|下落|悪化|縮小|下回|落ち"
    r"|감소|감액|감익|손실|적자|하락|마이너스|줄|축소|악화|하회|역성장|떨어",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SignDropped:
    """A negative figure of the source the translation gives with no sign."""

    source: str  # the figure with its mark, as the source writes it
    target: str  # the same figure in the translation
    bound: bool = False  # a range's bound whose other bound keeps its minus


def negatives_dropped(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[SignDropped]:
    """The source's figures marked negative ('△1,234', '▲2.5%', '−3.4%') that the
    translation gives with the same digits and no minus, no accounting brackets and no
    word of a fall or a loss anywhere."""
    if silent(memo, "signs.negatives_dropped"):
        return []
    if _MARKS_GATE.search(source) is None:
        keep_silent(memo, "signs.negatives_dropped")
        return []
    plain = normal_text(source)
    negatives = _negatives(plain)
    if not negatives:
        keep_silent(memo, "signs.negatives_dropped")
        return []
    theirs = normal_text(target)
    # a word of a fall says the sign of a change ('fell 0.84%'), not of a range's bound
    # ('95% CI −0.97 to 0.71': its other bound keeps its minus)
    down = _DOWN_WORDS.search(theirs) is not None
    plain_values = _unsigned_values(plain)
    negative_values = {value for value, _ in negatives}
    out = []
    for value, written in negatives:
        if value in plain_values:
            continue  # the source gives it unsigned too: which one the translation has is unsaid
        same = [m for m in _NUMBER.finditer(theirs) if _decimal(m[0]) == value]
        if not same or any(_signed(theirs, m.start(), m.end()) for m in same):
            continue
        if down and not any(_bound_beside_signed(theirs, m, negative_values) for m in same):
            continue
        out.append(SignDropped(written, target[same[0].start() : same[0].end()], bound=down))
    return out


# a range's mark between two figures ('〜', '~', '–', 'to', 'から', '에서')
_RANGE_BEFORE = lazy_compile(rf"[−\-]\s?({_FIGURE})\s?(?:[〜～~–—\-]|to|から|에서)\s?$")
_RANGE_AFTER = lazy_compile(rf"\s?(?:[〜～~–—\-]|to|まで|から)\s?[−\-]\s?({_FIGURE})")


def _bound_beside_signed(text: str, match: re.Match[str], negatives: set[Decimal]) -> bool:
    """Whether the figure ``match`` is a range's bound whose other bound, a negative
    figure of the source, the translation writes with its minus."""
    before = _RANGE_BEFORE.search(text[max(0, match.start() - 24) : match.start()])
    if before is not None and _decimal(before[1]) in negatives:
        return True
    after = _RANGE_AFTER.match(text, match.end())
    return after is not None and _decimal(after[1]) in negatives


def _negatives(text: str) -> list[tuple[Decimal, str]]:
    found: list[tuple[Decimal, str]] = []
    bullets: set[str] | None = None  # read once a triangle is found
    # (each mark found by the gate, then read there: one pattern over the whole text
    # with a look-behind at every character cost some 30 µs a sentence)
    for mark in _MARKS_GATE.finditer(text):
        sign, at = mark[0][0], mark.start()
        figure = _FIGURE_AT.match(text, at + 1)
        if figure is None:
            continue
        if sign in "−-":
            if figure[0][0].isspace() or (at and text[at - 1] not in _MINUS_BEFORE_OK):
                continue
            if _MINUS_AFTER_BAD.match(text, figure.end()):
                continue
            if text[:at].rstrip()[-1:].isdigit():
                continue  # 'fiscal 2025 -2026', 'April 1 -30': a range written loosely
        else:
            if bullets is None:
                bullets = _bullets(text)
            if sign in bullets:
                continue
        value = _decimal(figure[1])
        if value:
            found.append((value, text[at : figure.end()]))
    return found


def _bullets(text: str) -> set[str]:
    """The triangles ``text`` opens list items with (each before a word twice or more),
    and '▲' in Korean, a rise in market reports."""
    bullets = {mark for mark in "△▲▼▽" if len(re.findall(f"{mark}(?=[^\\d\\s.,])", text)) > 1}
    if _HANGUL.search(text) is not None:
        bullets.add("▲")
    return bullets


def _unsigned_values(text: str) -> set[Decimal]:
    values = set()
    for match in _NUMBER.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()].rstrip()
        if not before.endswith(("△", "▲", "▼", "▽", "−", "-")):
            values.add(_decimal(match[0]))
    return values


def _signed(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if _MINUS_BEFORE.search(before) is not None:
        return True
    return (
        _BRACKETED_BEFORE.search(before) is not None
        and _BRACKETED_AFTER.match(text, end) is not None
    )


def _decimal(written: str) -> Decimal:
    try:
        return Decimal(written.replace(",", ""))
    except InvalidOperation:
        return Decimal(0)
