"""prlocalize.catalog.places_excepted

A country the source leaves out of a territory, said included by the translation, or the
other way round: a licence's 'worldwide rights excluding Japan' ('日本を除く全世界',
'일본을 제외한 전 세계') said as 'including Japan' ('일본을 포함한', '日本を含む'). The
countries and every other word are still there, so no other check sees the territory turned.

A country is read by its names in each language (see :mod:`prlocalize.catalog.country_counts`);
its marker is the word that leaves it out or takes it in, right before it in English
('excluding', 'except', 'outside', 'other than', 'ex-'; 'including', 'plus') and right after
it in Japanese and Korean ('を除く', '以外', '国外'; 'を含む'; '을 제외한', '외'; '을 포함한').
Only a country marked on both sides, one way in the source and the other in the
translation, is reported.
"""

from __future__ import annotations

import re

from prlocalize.catalog.country_counts import country_mentions
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["exception_reversed"]

_OUT, _IN = "out", "in"
# the words that leave a country out or take it in, as the name's neighbours
_EN_BEFORE = lazy_compile(
    r"(?:(?P<out>\b(?:excluding|except(?:\s(?:for|in))?|outside(?:\sof)?|other\sthan"
    r"|apart\sfrom|but\snot(?:\sin)?)|(?<![A-Za-z])ex-)|(?P<in>\b(?:including|includes?|plus)))"
    r"(?:\s(?:the\s)?)?$",
    re.IGNORECASE,
)
_JA_AFTER = lazy_compile(
    r"(?P<out>を?除[くきい]|を除外|以外|国外|を?外し)|(?P<in>を?含[むめん]|も含)"
)
_KO_AFTER = lazy_compile(r"[을를]?\s?(?:(?P<out>제외|빼고|뺀|외(?=\s|의)|이외|밖)|(?P<in>포함))")
# an exact pre-test: a text with none of these words marks no country
_MARKS = (
    "xclud", "xcept", "utside", "other than", "ex-", "part from", "but not", "nclud", "plus",
    "Plus", "除", "以外", "国外", "外し", "含", "제외", "빼", "뺀", "외", "밖", "포함",
)  # fmt: skip
_LANGS = frozenset(("en", "ja", "ko"))


def exception_reversed(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """A country the source leaves out and the translation takes in (or the reverse),
    as (the source's words, the translation's words); None otherwise."""
    if source_lang not in _LANGS or target_lang not in _LANGS:
        return None
    if not any(mark in source for mark in _MARKS) or not any(m in target for m in _MARKS):
        return None
    ours = _marked(source, source_lang)
    if not ours:
        return None
    theirs = _marked(target, target_lang)
    for code, (way, said) in ours.items():
        other = theirs.get(code)
        if other is not None and other[0] != way:
            return said, other[1]
    return None


def _marked(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Each country ``text`` marks one way only, with the words that mark it."""
    out: dict[str, tuple[str, str]] = {}
    clashes: set[str] = set()
    for match, code in country_mentions(text, lang):
        if lang == "en":
            mark = _EN_BEFORE.search(text, max(0, match.start() - 16), match.start())
            span = (mark.start(), match.end()) if mark else (0, 0)
        else:
            mark = (_JA_AFTER if lang == "ja" else _KO_AFTER).match(text, match.end())
            span = (match.start(), mark.end()) if mark else (0, 0)
        if mark is None:
            continue
        way = _IN if mark["in"] else _OUT
        if code in out and out[code][0] != way:
            clashes.add(code)  # (a text that takes a country in and leaves it out)
        out.setdefault(code, (way, text[span[0] : span[1]]))
    return {code: said for code, said in out.items() if code not in clashes}
