"""prlocalize.render.spacing
~~~~~~~~~~~~~~~~~~~~~~~~~~

How two sentences of a published page are joined: by the target language's rules,
not by whatever the source had between them. Japanese and Chinese run sentences
on without a space (「…存在し、双方が…」, even when the source broke the line
there); Korean, like English, puts a space between them, even when the source
(a Japanese release) had none.

>>> join("ja", "提携しました。", "\\n", left_translated=True)
''
>>> join("ko", "체결했다.", "", left_translated=True)
' '
"""

from __future__ import annotations

import unicodedata

__all__ = ["NO_SPACE_LANGUAGES", "ends_wide", "join", "joins_without_space"]

NO_SPACE_LANGUAGES = frozenset({"ja", "zh", "yue"})


def joins_without_space(locale: str) -> bool:
    return locale.replace("-", "_").split("_")[0].lower() in NO_SPACE_LANGUAGES


def ends_wide(text: str) -> bool:
    """Whether ``text`` ends with a full-width character (kana, kanji, 。, ）, ！ …)."""
    return bool(text) and unicodedata.east_asian_width(text[-1]) in {"W", "F"}


def join(locale: str, left: str, gap: str, *, left_translated: bool) -> str:
    """What goes between a sentence ``left`` and the next one on a ``locale`` page;
    ``gap`` is what stood between them in the source."""
    blank = not gap or gap.isspace()
    if blank and left_translated and joins_without_space(locale) and ends_wide(left):
        return ""
    return " " if blank else gap
