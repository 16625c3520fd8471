"""prlocalize.catalog.intensities
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A seismic intensity on the Japan Meteorological Agency's scale with its step, as a
disaster release gives it: '震度5強', '진도 6약', 'upper 5', '6 Lower', '5+ (upper 5)'.
Steps 5 and 6 are each two steps of the scale, so '5強' is not '5弱' and not a bare '5';
read as numbers, '5強' was only its 5, '5+ (upper 5)' two 5s, and an intensity changed
to the other step, or to none, passed while a correct translation was reported.

Each intensity with a step becomes one figure whose key holds its number and step
(upper or lower); one restated in brackets right after it ('5+ (upper 5)') is the same
figure. An intensity without a step is left to the numbers, as it was. Only a text that
speaks of an intensity or a quake is read (a cheap substring pre-test: '震度', '진도',
'intensity', 'shindo', 'seismic', 'quake', 'shaking', 'tremor'), where '5強', '5강' and
'upper 5' can mean nothing else; '5-' before 'to 7' is a range's start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlocalize.catalog.screens import Screened
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["intensities", "may_speak_of_intensity"]

_CJK_GATES = ("震度", "진도")
# (screened: build's gate reads every msgid and msgstr with a digit through here)
_EN_GATE = Screened(re.compile("ntensit|shindo|seismic|quake|shak|tremor", re.IGNORECASE))

_UPPER = frozenset({"強", "강", "upper", "strong", "plus", "+", "＋"})
_EN_STEP = r"upper|lower"
# the number and its step, in any of the ways English writes it: 'upper 5', '5 upper',
# '5-upper', '6-strong', '5-plus', '5+', '5-' (not a range '5-6' or '2- to 3-day', a
# code '5-A', nor '5+ years': the sign stands before a space, a bracket, a stop or the end)
# ... and not a count of things beside 'upper' or 'lower' ('the lower 5 floors', '5 upper
# rooms'): an intensity's words are followed by a stop or a word of a clause's grammar
_NO_NOUN = (
    r"(?!\s(?!(?:in|on|at|or|and|nor|so|was|were|is|are|be|been|will|would|could|may|might"
    r"|can|to|of|for|from|across|near|around|with|by|over|during|within|after|before|into"
    r"|under|since|until|throughout|along|per|if|when|where|the|a|an|as|but|while|which"
    r"|that|had|has|have|than|also|then|there|recorded|observed|registered|measured"
    r"|occurred|struck|hit|shaking|quakes?|earthquakes?|tremors?)\b)[a-z])"
)
_EN = lazy_compile(
    rf"(?<![\w.])(?:(?P<w1>{_EN_STEP})[ -](?P<n1>[0-7])(?!\w|[.,]\d){_NO_NOUN}"
    rf"|(?P<n2>[0-7])[ -](?P<w2>{_EN_STEP}|strong|weak|plus|minus)(?![\w]){_NO_NOUN}"
    r"|(?P<n3>[0-7])(?P<w3>[+\-−＋－])(?=[\s,;.)）]|$)"
    r"(?!\s?(?:years?|days?|hours?)\b|\s(?:to|or|and)\s\d))",
    re.IGNORECASE,
)
# '5強', '６弱', '5 강' is not read (a count beside '강'); '5강' and '5약' are
_CJK = lazy_compile(r"(?<![\d.,])(?P<n>[0-7])(?:\s?(?P<ja>[強弱])|(?P<ko>[강약]))")
_RESTATED_OPEN = lazy_compile(r"\s?[(（]\s?")
_RESTATED_CLOSE = lazy_compile(r"\s?[)）]")


def may_speak_of_intensity(work: str) -> bool:
    """Whether ``work`` may hold an intensity with its step (the pre-test)."""
    return any(word in work for word in _CJK_GATES) or _EN_GATE.search(work) is not None


def intensities(work: str) -> Iterator[tuple[int, int, tuple[str, int, str]]]:
    """Each intensity with its step in ``work``: its start, its end and its key
    (``("intensity", 5, "upper")``), one restated in brackets after it taken with it."""
    found = sorted(_readings(work))
    index = 0
    while index < len(found):
        start, end, key = found[index]
        index += 1
        if index < len(found):
            opened = _RESTATED_OPEN.match(work, end)
            after = found[index]
            if opened is not None and opened.end() == after[0] and after[2] == key:
                closed = _RESTATED_CLOSE.match(work, after[1])
                if closed is not None:
                    end = closed.end()
                    index += 1
        yield start, end, key


def _readings(work: str) -> Iterator[tuple[int, int, tuple[str, int, str]]]:
    if any(word in work for word in _CJK_GATES):
        for match in _CJK.finditer(work):
            step = match["ja"] or match["ko"]
            yield match.start(), match.end(), _key(match["n"], step)
    if _EN_GATE.search(work) is not None:
        for match in _EN.finditer(work):
            number = match["n1"] or match["n2"] or match["n3"]
            step = match["w1"] or match["w2"] or match["w3"]
            yield match.start(), match.end(), _key(number, step.lower())


def _key(number: str, step: str) -> tuple[str, int, str]:
    return ("intensity", int(number), "upper" if step in _UPPER else "lower")
