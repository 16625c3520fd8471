"""prlocalize.render.linebreak
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Phrase-aware line breaking for short CJK lines (headlines, table cells). Japanese and
Chinese have no spaces, so a browser breaks a headline between any two characters,
splitting words on a phone (``バイオベン／チャー``). BudouX (Google's small phrase
segmenter, the one Chrome's ``word-break: auto-phrase`` uses) finds the phrase
boundaries; a ``<wbr>`` is put at each, and the stylesheet sets ``word-break: keep-all``
on those elements, so lines end only there. Korean separates words with spaces:
``keep-all`` alone is right for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from lxml import etree

PHRASE_ELEMENTS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "th", "td"})
_MODELS = {"ja": "japanese", "zh-hans": "simplified_chinese", "zh-hant": "traditional_chinese"}


def _model_key(locale: str) -> str | None:
    parts = locale.replace("_", "-").lower().split("-")
    if parts[0] == "ja":
        return "ja"
    if parts[0] == "zh":
        traditional = any(p in {"hant", "tw", "hk", "mo"} for p in parts[1:])
        return "zh-hant" if traditional else "zh-hans"
    return None


def has_phrase_model(locale: str) -> bool:
    return _model_key(locale) is not None


@cache
def _parser(key: str) -> Any:
    import budoux  # imported on first use: only CJK pages need it

    return getattr(budoux, f"load_default_{_MODELS[key]}_parser")()


def phrases(text: str, locale: str) -> list[str]:
    """``text`` cut into phrases (one piece when the locale has no phrase model)."""
    key = _model_key(locale)
    if key is None or not text.strip():
        return [text]
    return list(_parser(key).parse(text)) or [text]


def add_phrase_breaks(root: etree._Element, locale: str) -> None:
    """Put a ``<wbr>`` at every phrase boundary of the headings and table cells below
    ``root`` written in ``locale`` (a source-language stand-in, marked with its own
    ``lang``, is left as it is)."""
    if not has_phrase_model(locale):
        return
    for element in root.iter(*PHRASE_ELEMENTS):
        _break_text(element, locale)


def _break_text(element: etree._Element, locale: str) -> None:
    if element.get("lang") not in (None, "") and _model_key(element.get("lang", "")) is None:
        return  # another language, kept as the source wrote it
    if element.text:
        pieces = phrases(element.text, locale)
        element.text = pieces[0]
        for at, piece in enumerate(pieces[1:]):
            wbr = etree.Element("wbr")
            wbr.tail = piece
            element.insert(at, wbr)
    for child in list(element):
        if not isinstance(child.tag, str) or child.tag == "wbr":
            continue
        _break_text(child, locale)
        if child.tail:
            pieces = phrases(child.tail, locale)
            child.tail = pieces[0]
            anchor = child
            for piece in pieces[1:]:
                wbr = etree.Element("wbr")
                wbr.tail = piece
                anchor.addnext(wbr)
                anchor = wbr


def serialized(html: bytes) -> bytes:
    """``html`` from libxml2's serializer with ``<wbr>`` written as the void element it is:
    libxml2's element table predates it and writes ``<wbr></wbr>``, whose end tag an
    HTML5 parser reports as stray. (Text never holds a raw ``<``: lxml escaped it.)"""
    return html.replace(b"<wbr></wbr>", b"<wbr>")
