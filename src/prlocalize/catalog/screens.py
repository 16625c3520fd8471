"""Keyword screens in front of case-insensitive patterns of the translation checks.

A pattern compiled with ``re.IGNORECASE`` whose alternatives open with different letters
is tried at every character of a text (5-35 µs a sentence for the gates of the PR404
readers, which build's gate runs on every message pair). The same words looked for in the
lower-cased text cost about 1 µs. A :class:`Screened` pattern runs that search first and
the pattern itself only where it passes, so its answers are the pattern's own. The words
are looked for with one Aho-Corasick automaton (one pass in C, whatever their number): an
alternation of literals in ``re`` skips only the characters that open none of them, and a
list of a hundred words opens with most letters (spec_labels' gate: 27 µs a sentence as
an alternation, 3 µs as an automaton).

The screen must let through every text the pattern matches: every match of the pattern
holds one of the screen's words, compared case-insensitively as ``re`` compares them.
``fold`` gives each character that ``re.IGNORECASE`` takes for an ASCII letter as that
letter (``str.lower`` leaves "ı" and "ſ" as they are and writes "İ" as "i" and a combining
dot); tests/catalog/test_screens.py checks this over every code point.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import ahocorasick

from prlocalize.lazy_patterns import lazy_compile

# what str.lower() leaves that re.IGNORECASE equates with an ASCII letter, and the
# combining dot str.lower() writes after the "i" of "İ"
_ODD_TABLE = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def fold(text: str) -> str:
    """``text`` lower-cased, each character ``re.IGNORECASE`` equates with an ASCII letter
    written as that letter."""
    lowered = text.lower()
    if lowered.isascii() or not ("ı" in lowered or "ſ" in lowered or "\u0307" in lowered):
        return lowered
    return lowered.translate(_ODD_TABLE)


class Screened:
    """``pattern`` searched only in texts that hold one of ``words`` (case-insensitively);
    ``words`` defaults to the alternatives of a pattern that is a plain alternation of
    literal words."""

    __slots__ = ("_screen", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str] | None = None) -> None:
        if words is None:
            words = pattern.pattern.split("|")
            if any(re.escape(word) != word for word in words):
                raise ValueError(f"not an alternation of literal words: {pattern.pattern!r}")
        self.pattern = pattern
        self.words = tuple(dict.fromkeys(fold(word) for word in words))  # folded
        if not self.words or not all(self.words):
            raise ValueError(f"a screen needs words, none of them empty: {pattern.pattern!r}")
        self._screen = _automaton(self.words)

    def passes(self, text: str) -> bool:
        """Whether ``text`` holds one of the words (a pattern's match may be in it)."""
        return next(self._screen.iter(fold(text)), None) is not None

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, where the screen lets ``text`` through."""
        if next(self._screen.iter(fold(text)), None) is None:
            return None
        return self.pattern.search(text)


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_DIGIT = lazy_compile(r"\d")


# Most PR404 readers look for figures: each skips a text without a digit (as ``\d`` reads
# one, full-width digits included, which are all normal_text turns into ASCII digits).
# Some ten of them ask it of the same msgid and msgstr in a row: it is read once.
@functools.lru_cache(maxsize=64)
def first_digit(text: str) -> int:
    """Where the first digit of ``text`` is, -1 where it has none."""
    found = _DIGIT.search(text)
    return found.start() if found is not None else -1
