"""prlocalize.render.escaping
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The one place that turns text into HTML source: escaped text and attribute values,
percent-encoded link paths, ``lang`` values, and the characters HTML cannot carry.
Every page builder above it writes through these helpers (or through lxml, which
escapes for itself); this module imports nothing of the renderer, so imports in
``render/`` only point down to it.

>>> attribute("a\\"b<c")
'"a&quot;b&lt;c"'
>>> url_path("news#1.html")
'news%231.html'
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from urllib.parse import quote

__all__ = [
    "CONTROL",
    "attribute",
    "bcp47",
    "control_character",
    "direction",
    "escape_attr",
    "escape_text",
    "url_path",
]

# What lxml refuses in a text node and HTML in a document: the C0 controls but tab,
# LF and CR (\v and \f included: "whitespace" to Python, not to XML).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def escape_text(text: str) -> str:
    """``text`` safe as element content."""
    return escape(text, quote=False)


def escape_attr(text: str) -> str:
    """``text`` safe inside a double- or single-quoted attribute value."""
    return escape(text, quote=True)


def attribute(value: str) -> str:
    """A whole attribute value, always double-quoted and escaped (an apostrophe, which
    cannot end a double-quoted value, is left as it is: 'Hoshizora's', not '&#x27;')."""
    return '"' + escape(value, quote=False).replace('"', "&quot;") + '"'


def url_path(segment: str) -> str:
    """A file or folder name as one path segment of a relative URL: ``#``, ``?``, ``%``,
    spaces and non-ASCII are percent-encoded (UTF-8), ``/`` too."""
    return quote(segment, safe="")


def bcp47(locale: str) -> str:
    """``zh_Hant`` → ``zh-Hant``: the form ``lang`` and ``hreflang`` want."""
    return locale.replace("_", "-")


@lru_cache(maxsize=64)
def direction(locale: str) -> str:
    """The direction ``locale``'s script is written in, as ``dir`` wants it: ``rtl`` for
    Arabic, Hebrew, Persian, Urdu… (CLDR's character order), else ``ltr``."""
    from babel import Locale, UnknownLocaleError

    try:
        order = Locale.parse(locale.replace("-", "_")).character_order
    except (ValueError, UnknownLocaleError):
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


def control_character(text: str) -> tuple[int, str] | None:
    """The offset and the character of the first control character in ``text``."""
    found = CONTROL.search(text)
    return (found.start(), found.group()) if found else None
