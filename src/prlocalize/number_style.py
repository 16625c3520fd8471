"""prlocalize.number_style
~~~~~~~~~~~~~~~~~~~~~~~~

How a locale writes a figure's separators and a short date's order, from Babel's
locale data (Latin digits): "12,040.5" in English, Japanese and Korean, "12.040,5" in
German, "12 040,5" in French. Translating a figure into another locale rewrites its
separators (:mod:`prlocalize.translate.wordless`); comparing the figures of a
translation with the source's reads the translation's as its locale writes them
(:func:`english_separators`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format
from babel.numbers import get_decimal_symbol, get_group_symbol

# the spaces a locale may group digits with ('12 040', '12\u202f040')
_SPACES = "\u00a0\u202f\u2009 "


class NumberStyle:
    """How one locale writes figures and short dates."""

    def __init__(self, tag: str) -> None:
        locale = Locale.parse(tag.replace("-", "_"))
        self.language: str = locale.language
        self.group: str = get_group_symbol(locale)
        self.decimal: str = get_decimal_symbol(locale)
        self.symbols = (self.group, self.decimal)
        # what stands between a number and its per cent sign ('' in English, a no-break
        # space in German); None where the sign comes first ('%35' in Turkish)
        percent = locale.percent_formats[None].pattern
        self.percent: str | None = (
            percent[percent.rindex("0") + 1 : -1] if percent.endswith("%") else None
        )
        pattern = get_date_format("short", locale).pattern
        self.date_order = "".join(dict.fromkeys(re.findall(r"[yMd]", pattern)))
        group = f"[{_SPACES}]" if self.group in _SPACES else re.escape(self.group)
        decimal = re.escape(self.decimal)
        # a figure with its separators, glued to no other digit, nor to a separator and a
        # digit ('1.2.3', '31.03.2025': no figure of a locale)
        self.figure = re.compile(
            rf"(?<![\d.,])(?:\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d+)?|\d+{decimal}\d+)"
            r"(?!\d|[.,]\d)"
        )
        # its separators to English's, one character for one
        groups = _SPACES if self.group in _SPACES else self.group
        self.to_english = {ord(self.decimal): ".", **{ord(c): "," for c in groups}}

    def rewrite(self, figure: str, target: NumberStyle) -> str:
        """``figure`` (one match of :attr:`figure`) with ``target``'s separators."""
        whole, decimal, fraction = figure, "", ""
        if self.decimal in figure:
            whole, _, fraction = figure.rpartition(self.decimal)
            decimal = target.decimal
        return target.group.join(re.split(r"\D", whole)) + decimal + fraction

    def figures_as(self, text: str, target: NumberStyle) -> str:
        """``text`` with each of its figures written with ``target``'s separators."""
        if self.symbols == target.symbols:
            return text
        return self.figure.sub(lambda m: self.rewrite(m.group(), target), text)


@lru_cache(maxsize=64)
def number_style(tag: str) -> NumberStyle:
    """The style of the locale ``tag`` ('de', 'pt-BR'); raises Babel's
    ``UnknownLocaleError`` or ``ValueError`` for a tag it does not know."""
    return NumberStyle(tag)


ENGLISH_SYMBOLS = (",", ".")


@lru_cache(maxsize=64)
def _plain_style(tag: str) -> NumberStyle | None:
    """The style of ``tag`` when its separators are not English's (None when they are,
    or the locale is unknown: its figures are read as English ones)."""
    try:
        style = number_style(tag)
    except (UnknownLocaleError, ValueError):
        return None
    if style.symbols == ENGLISH_SYMBOLS or len(style.group) != 1 or len(style.decimal) != 1:
        return None
    return style


def english_separators(text: str, tag: str) -> str:
    """``text`` (written in the locale ``tag``) with its figures' separators as English
    writes them, one character for one, so that an offset in the result is one in
    ``text``: '35,1 %' in German reads '35.1 %', '12 040' in French '12,040'."""
    style = _plain_style(tag)
    if style is None or _DIGIT.search(text) is None:
        return text
    return style.figure.sub(lambda m: m.group().translate(style.to_english), text)


_DIGIT = re.compile(r"\d")


def joined_groups(text: str) -> str:
    """``text`` with digits grouped in threes by spaces read as one figure, one character
    for one: '1 200 tonnes' (SI style; a thin or no-break space, or a plain one where
    a release was pasted) reads '1,200 tonnes'. A telephone number's groups ('+82 51
    555 0100') are left alone. Only a reading to try: '3 200-seat aircraft' is three
    aircraft."""
    if " " not in text and text.isascii():
        return text
    return _SPACE_GROUPED.sub(lambda m: m.group().translate(_GROUP_SPACES), text)


# a group of one to three digits, then groups of three, each after one space of these;
# not a group of a longer run, and no figure run on after it
_SPACE_GROUPED = re.compile(
    r"(?<![\d.,])(?<!\d[\u00a0\u202f\u2009 ])\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+"
    r"(?![\d.,]\d|\d|[\u00a0\u202f\u2009 ]\d)"
)
_GROUP_SPACES = str.maketrans("\u00a0\u202f\u2009 ", ",,,,")
