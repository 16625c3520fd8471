"""prlocalize.catalog.latin_names

A name a Japanese or Korean source writes in Latin letters ('名称：Veridane Therapeutics,
Inc.', '「Aurora Studio」'), misspelt by a translation into a language written in Latin
letters, which keeps it as it is: 'Veridane Therapeutic, Inc.', 'Aurora Stuido'. A
translation into Japanese or Korean that changes such a name is PR408's (source script
left); the glossary's own terms are PR401's and PR403's; this reads the names no glossary
lists.

A name is a run of two capitalised words or more; a word of it that the translation
lacks, where the translation holds a capitalised word one edit from it (two from a word of
nine letters or more; a transposition is one edit), with the same first letter and found
nowhere in the source, is misspelt. A word that only gains or loses a plural 's' is
misspelt only in a company's name (a run that ends in its legal form, 'Inc.', 'Ltd.'):
English may put a product name in the plural ('two Aurora Speakers').
"""

from __future__ import annotations

from dataclasses import dataclass

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["LatinNameSlip", "latin_names_misspelt"]

# a run of capitalised words (an initial, a word in capitals, '&' or 'of' between them)
_RUN = lazy_compile(
    r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9'’.\-]*(?:,?\s(?:&\s|of\s|and\s|the\s)?[A-Z][A-Za-z0-9'’.\-]*)+"
)
_WORD = lazy_compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")
_LEGAL_FORM = lazy_compile(
    r"(?:,?\s)(?:Inc|Ltd|Co|Corp|Corporation|LLC|PLC|GmbH|AG|SA|Limited|Company)\.?$"
)
_POSSESSIVE = lazy_compile(r"['’]s$")
_TARGET_LANGS = frozenset(("en", "fr", "de", "es", "it", "pt", "nl", "id", "vi"))
_SHORTEST = 5  # shorter words are too close to other words to tell a slip


@dataclass(frozen=True, slots=True)
class LatinNameSlip:
    """A word of a Latin-letter name of the source, as the translation misspells it."""

    name: str  # the source's whole name
    word: str
    written: str


def latin_names_misspelt(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[LatinNameSlip]:
    """The words of the source's Latin-letter names the translation misspells."""
    if source_lang not in ("ja", "ko") or target_lang not in _TARGET_LANGS:
        return []
    if source.isascii() or not any("A" <= c <= "Z" for c in source):
        return []
    names = [m[0].rstrip(".,") for m in _RUN.finditer(source)]
    if not names:
        return []
    from rapidfuzz.distance import OSA

    source_words = {w.casefold() for w in _WORD.findall(source)}
    # (a name keeps its capital; 'Halvorsen’s' is the name, possessive)
    target_words = {
        _POSSESSIVE.sub("", w)
        for w in _WORD.findall(target)
        if len(w) >= _SHORTEST - 1 and w[0].isupper()
    }
    target_folded = {w.casefold() for w in target_words}
    out: list[LatinNameSlip] = []
    for name in names:
        company = _LEGAL_FORM.search(name) is not None
        for word in _WORD.findall(name):
            folded = word.casefold()
            if len(word) < _SHORTEST or folded in target_folded:
                continue
            reach = 2 if len(word) >= 9 else 1
            for written in sorted(target_words):
                other = written.casefold()
                if other in source_words or other[0] != folded[0]:
                    continue
                if OSA.distance(folded, other, score_cutoff=reach) > reach:
                    continue
                if not company and _plural_of(folded, other):
                    continue
                out.append(LatinNameSlip(name, word, written))
                break
    return out


def _plural_of(one: str, other: str) -> bool:
    """Whether one word is the other with a plural ending ('speaker', 'speakers')."""
    short, long = sorted((one, other), key=len)
    return long in (short + "s", short + "es") or (
        short.endswith("y") and long == short[:-1] + "ies"
    )
