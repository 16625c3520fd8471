"""prlocalize.catalog.quake_scales
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

An earthquake's two measures, which every language names apart: its magnitude, the
energy it released ('マグニチュード6.2', 'M6.2', '규모 6.2', 'magnitude 6.2'), and its
seismic intensity, the shaking at a place ('震度5強', '진도 5강', 'intensity 5'). A
translation that gives the magnitude's figure as an intensity ('규모 6.2' as 'seismic
intensity 6.2', 'magnitude 6.2' as '진도 6.2', the Korean word for the other measure),
or an intensity's as a magnitude ('震度5' as 'a magnitude 5 quake'), keeps the figure,
so the figure checks pass.

Each measure is read with its figure right after its word (a cheap substring pre-test
first: a text naming neither measure is not read). A figure the source gives one
measure and the translation gives the other one only is reported.
"""

from __future__ import annotations

from decimal import Decimal

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["scale_confused"]

# the pre-test: a measure's word as a substring, or a capital 'M' before a figure
_WORDS = ("マグニチュード", "震度", "규모", "진도", "agnitude", "ntensit", "hindo")
_M_FIGURE = lazy_compile(r"M\s?\d")  # (a literal first: re skips to each 'M')
# a measure's figure right after its word ('規模' is also a size: '규모 5억 원' is no
# magnitude, so a figure before a scale word, a unit or a counter is none)
_FIGURE = (
    r"\s?(?:of\s|was\s|is\s|at\s)?(?:about\s|around\s|約\s?|약\s?)?"
    r"(\d(?:\.\d)?)(?!\d|[.,]\d|\s?[억만조천백%원명개건배万億円人件倍])"
)
_MEASURES = {
    "magnitude": lazy_compile(rf"(?:マグニチュード|(?<![A-Za-z])M|규모|\b[Mm]agnitude){_FIGURE}"),
    "intensity": lazy_compile(
        rf"(?:震度|진도|\b(?:[Ss]eismic\s)?[Ii]ntensity|\b[Ss]hindo){_FIGURE}"
    ),
}


def scale_confused(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """The first of the source's measures whose figure the translation gives as the
    other measure only, as (the source's words, the translation's), else None."""
    del source_lang, target_lang  # (each measure's words are told apart by script)
    if not _may_name_a_measure(source) or not _may_name_a_measure(target):
        return None
    ours, theirs = _measures(source), _measures(target)
    for (kind, value), said in ours.items():
        other = "intensity" if kind == "magnitude" else "magnitude"
        if (kind, value) not in theirs and (other, value) in theirs:
            return said, theirs[(other, value)]
    return None


def _may_name_a_measure(text: str) -> bool:
    if any(word in text for word in _WORDS):
        return True
    # ('M6.2', not the 'M' ending a word: 'ROOM 3', 'HBM 4')
    return "M" in text and any(
        not text[m.start() - 1 : m.start()].isalpha() for m in _M_FIGURE.finditer(text)
    )


def _measures(text: str) -> dict[tuple[str, Decimal], str]:
    found: dict[tuple[str, Decimal], str] = {}
    for kind, pattern in _MEASURES.items():
        for match in pattern.finditer(text):
            found.setdefault((kind, Decimal(match[1])), match[0].strip())
    return found
