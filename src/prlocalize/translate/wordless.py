"""prlocalize.translate.wordless
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A segment with no word in it: a results table's cells ("35.1", "12,040", "+8.8%",
"2024", "—"). It reads the same in every locale but for how numbers are written, so
CAT tools fill it themselves (Trados' number-only segments, memoQ's non-translatables)
rather than leave a translator dozens of cells to copy, or publish them marked as
source-language text.

The number separators are the target locale's (Babel's locale data: "12,040.5" in
English is "12.040,5" in German), full-width figures become ASCII ones for a locale
that does not write them (Japanese and Chinese do), and whatever else the cell holds
(signs, %, dashes, brackets) is kept. A cell this cannot write with certainty (a slash
date in locales that order day and month differently, a figure whose separators are
ambiguous) gets no answer: the translator or the next backend decides.
"""

from __future__ import annotations

import re

from babel import UnknownLocaleError

from prlocalize.number_style import number_style

# a letter of any script (str.isalpha), or a numeric character that is no decimal digit
# ('½', '²', '①': kept out, they may read differently)
_WORD = re.compile(r"[^\W\d_]")
# a date written in figures alone ('3/4', '2025.3.31', '25. 11. 3.'): its order is the
# locale's
_DATE_LIKE = re.compile(r"\d\s*/\s*\d|\d+\.\s?\d+\.\s?\d+")
# marks East Asian tables write and English ones do not: '▲1,234' is a minus, '※1' a note
_EAST_ASIAN_MARKS = re.compile("[▲△▼▽※〃]")
_EAST_ASIAN = frozenset({"ja", "ko", "zh"})
# the full-width forms of ASCII and the ideographic space, for locales that write ASCII
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULL_WIDTH = frozenset({"ja", "zh"})
# a separator between digits that no figure accounts for: '1.2.3', '1,5'
_LEFT_SEPARATOR = re.compile(r"\d[.,\u00a0\u202f\u2009 ]\d")


def is_wordless(text: str) -> bool:
    """Whether ``text`` holds something other than space and no word: only figures,
    signs and punctuation."""
    return bool(text.strip()) and _WORD.search(text) is None


def localise_wordless(text: str, source: str, target: str) -> str | None:
    """``text`` as the ``target`` locale writes it, when it holds no word (see the
    module); None when it holds a word, or a figure that cannot be written with
    certainty, or a locale is unknown."""
    if not is_wordless(text):
        return None
    try:
        theirs, ours = number_style(source), number_style(target)
    except (UnknownLocaleError, ValueError):
        return None
    if ours.language not in _FULL_WIDTH:
        text = text.translate(_HALF_WIDTH)
    if _DATE_LIKE.search(text) and theirs.date_order != ours.date_order:
        return None  # '3/4': the 4th of March in one, the 3rd of April in the other
    if ours.language not in _EAST_ASIAN and _EAST_ASIAN_MARKS.search(text):
        return None
    if theirs.symbols != ours.symbols and _LEFT_SEPARATOR.search(theirs.figure.sub("0", text)):
        return None  # a figure whose separators say nothing certain
    if "%" in text and theirs.percent != ours.percent:
        space = ours.percent
        if theirs.percent is None or space is None:
            return None  # the sign before the number in one of them: not for a pattern
        text = _PERCENT.sub(lambda m: f"{m[1]}{space}%", text)
    return theirs.figures_as(text, ours)


_PERCENT = re.compile(r"(\d)[\u00a0\u202f ]?%")
