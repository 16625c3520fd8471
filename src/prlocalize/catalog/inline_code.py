"""prlocalize.catalog.inline_code
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Inline code in a catalog message (``<code>``, ``<kbd>``, ``<samp>``, ``<var>``): a command,
an endpoint, a setting or a function's name, written as a program reads it. It is no
prose of any language, and a translation keeps it character for character: a value
changed inside it (``enabled = false`` as ``enabled = true``) is a different command.
"""

from __future__ import annotations

import html
from collections import Counter

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["code_spans", "code_texts", "identifiers", "translated_code"]

# an inline code element holding text only (one with an element inside is left alone)
_CODE = lazy_compile(r"<(code|kbd|samp|var)>([^<]*)</\1>")
# code a plain-text release writes without markup: a function called with its brackets
# ('sorae_rt.compile()', 'client.connect()') or a name joined by underscores
# ('max_batch_size'), which no word of prose is, in ASCII (a particle may follow:
# 'max_batch_sizeを') (not a file's or an address's part:
# 'report_2026.pdf', 'ops_team@example.com')
_IDENTIFIER = lazy_compile(
    r"(?<![A-Za-z0-9_.@/#-])(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\(\)"
    r"|[A-Za-z][A-Za-z0-9_]*_[A-Za-z0-9_]*[A-Za-z0-9])(?![A-Za-z0-9_(@/-]|\.[A-Za-z0-9])"
)
# a letter of the scripts a Japanese or Korean translation writes its own words in
_CJK_LETTER = lazy_compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def code_spans(fragment: str) -> list[tuple[int, int]]:
    """Spans of the text inside the inline code elements of ``fragment``."""
    if "<" not in fragment:
        return []
    return [m.span(2) for m in _CODE.finditer(fragment)]


def code_texts(fragment: str) -> Counter[tuple[str, str]]:
    """The inline code elements of ``fragment`` as (tag, text), the text unescaped."""
    if "<" not in fragment:
        return Counter()
    return Counter((m[1], html.unescape(m[2]).strip()) for m in _CODE.finditer(fragment))


def translated_code(text: str) -> bool:
    """Whether a code element's ``text`` is written in Japanese or Korean letters: a menu
    label or a button's caption translated, as the translation should."""
    return _CJK_LETTER.search(text) is not None


def identifiers(text: str) -> Counter[tuple[str, str]]:
    """The code of ``text`` written without markup, as ("identifier", name): functions
    with their brackets and names joined by underscores, outside any markup."""
    if "()" not in text and "_" not in text:
        return Counter()
    return Counter(("identifier", m[0]) for m in _IDENTIFIER.finditer(_CODE.sub(" ", text)))
